import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface FontTables {
  readonly stream: { readonly buffer: object };
  readonly _tables: Record<string, unknown>;
}

type GetTable = (this: FontTables, table: { readonly tag: string }) => unknown;

/** fontkit's GlyphRun, as far as it is copied here. */
interface GlyphRun {
  readonly glyphs: readonly unknown[];
  readonly positions: readonly object[];
}

type Layout = (this: FontTables, text: string, ...rest: unknown[]) => GlyphRun;

let shared = false;

/**
 * pdfkit parses the font anew for every document (fontkit.create on the same bytes), and
 * decoding a Japanese font's tables (character map, metrics, glyph offsets, layout features)
 * was most of the cost of a handout. fontkit keeps each decoded table per font object; this
 * keeps it per font file instead, so each table of each weight is decoded once per process,
 * by whichever document (or the validator, or the chart's measuring) asks first. Decoded
 * tables are read-only data and every read seeks first, so sharing them changes no byte: the
 * tests compare outputs made together in one process with outputs made alone.
 *
 * fontkit exports no font class and its `create` cannot be replaced, so the sharing goes on
 * the prototype of the fonts it makes, found from one made of `sample`.
 */
export function shareDecodedFontTables(sample: Uint8Array): void {
  if (shared) return;
  const fontkit = require('fontkit') as { create(bytes: Uint8Array): object };
  const prototype = Object.getPrototypeOf(fontkit.create(sample)) as { _getTable: GetTable; layout: Layout };
  const own = prototype._getTable;
  const byFile = new WeakMap<object, Map<string, unknown>>();
  prototype._getTable = function (table) {
    let tables = byFile.get(this.stream.buffer);
    if (!tables) byFile.set(this.stream.buffer, (tables = new Map()));
    if (!tables.has(table.tag)) tables.set(table.tag, own.call(this, table));
    return (this._tables[table.tag] = tables.get(table.tag));
  };
  shareLayouts(prototype);
  shared = true;
}

/**
 * Shaping a text (fontkit's layout) is the other cost every document paid again: each handout
 * lays out the same project names. A run is kept per font file and text, and each caller gets
 * its own copy of the positions, which pdfkit scales in place.
 */
const MAX_RUNS = 5_000;

function shareLayouts(prototype: { layout: Layout }): void {
  const own = prototype.layout;
  const byFile = new WeakMap<object, Map<string, GlyphRun>>();
  prototype.layout = function (text, ...rest) {
    if (typeof text !== 'string' || rest.some((r) => r !== undefined && typeof r !== 'object')) return own.call(this, text, ...rest);
    let runs = byFile.get(this.stream.buffer);
    if (!runs) byFile.set(this.stream.buffer, (runs = new Map()));
    const key = `${JSON.stringify(rest)}\0${text}`;
    let run = runs.get(key);
    if (!run) {
      // Bounded, so a long --watch or a huge plan cannot grow it without end (250x50: 342 -> 311 MiB peak at 5,000).
      if (runs.size >= MAX_RUNS) runs.clear();
      runs.set(key, (run = own.call(this, text, ...rest)));
    }
    return copied(run);
  };
}

/** A run like `run` whose positions are new objects: the glyphs are read-only and are shared. */
function copied(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run) as object) as GlyphRun, run);
  return Object.assign(copy, { glyphs: [...run.glyphs], positions: run.positions.map((p) => Object.assign(Object.create(Object.getPrototypeOf(p) as object) as object, p)) });
}
