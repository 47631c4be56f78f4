import { createHash } from 'node:crypto';
import type { CalendarDate } from '../calendar-date.js';

export const MANIFEST_NAME = 'manifest.json';

export interface ManifestEntry {
  /** Relative to the output folder, with forward slashes. */
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
  /** The input hash this output was built from (differs from the manifest's after a partial build of stale data). */
  readonly inputSha256: string;
}

/** What a build wrote and from what: enough to tell whether an output matches its data. */
export interface Manifest {
  readonly vision: { readonly title: string; readonly date: string };
  /** sha256 over every input file (relative path and bytes), in path order. */
  readonly inputSha256: string;
  readonly outputs: readonly ManifestEntry[];
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** One hash for a set of files, independent of where the folder sits or the order they were read. */
export function hashInputs(files: readonly { readonly path: string; readonly text: string }[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(file.path).update('\0').update(file.text).update('\0');
  }
  return hash.digest('hex');
}

/** The manifest for `outputs` just written, plus `kept` entries of outputs this build did not write. */
export function createManifest(vision: { title: string; asOf: CalendarDate }, inputSha256: string, outputs: readonly { path: string; bytes: Uint8Array }[], kept: readonly ManifestEntry[] = []): Manifest {
  const written = outputs.map((o) => ({ path: o.path, bytes: o.bytes.byteLength, sha256: sha256(o.bytes), inputSha256 }));
  const paths = new Set(written.map((o) => o.path));
  return {
    vision: { title: vision.title, date: vision.asOf.iso },
    inputSha256,
    outputs: [...kept.filter((o) => !paths.has(o.path)), ...written].sort((a, b) => (a.path < b.path ? -1 : 1)),
  };
}
