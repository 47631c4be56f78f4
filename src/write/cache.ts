import { sha256 } from './manifest.js';
import type { OutputDocument } from '../render/index.js';

/**
 * Bytes of documents made earlier in this process, by what they were made from. A document
 * whose description is unchanged is not made again: a long-running `--watch` remakes only what
 * an edit affects. Kept in memory only, so a change to the program itself can never be masked.
 */
export class DocumentCache {
  readonly #entries = new Map<string, { readonly fingerprint: string; readonly bytes: Uint8Array }>();

  /**
   * The bytes for a document: those made last time for its path if it is described exactly as
   * then, else `make`'s. The fingerprint is taken before making: pdfmake writes its layout
   * into the description it is given.
   */
  async bytes(document: OutputDocument, make: () => Promise<Uint8Array>): Promise<{ readonly bytes: Uint8Array; readonly reused: boolean }> {
    const print = fingerprint(document);
    const entry = this.#entries.get(document.path);
    if (entry?.fingerprint === print) return { bytes: entry.bytes, reused: true };
    const bytes = await make();
    this.#entries.set(document.path, { fingerprint: print, bytes });
    return { bytes, reused: false };
  }
}

/**
 * A hash of everything a document is made from. A PDF's description holds functions (the
 * footer of each page); their text for the first two pages of a two-page document stands for
 * them, so a change to the footer's words changes the fingerprint.
 */
function fingerprint(document: OutputDocument): string {
  return sha256(JSON.stringify(document, (_, value: unknown) => (typeof value === 'function' ? [(value as (...args: number[]) => unknown)(1, 2), (value as (...args: number[]) => unknown)(2, 2)] : value)));
}
