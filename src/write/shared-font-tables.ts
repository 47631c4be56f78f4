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
  const fontkit = require('fontkit') as { create(bytes: Uint8Array): { createSubset(): object } };
  const font = fontkit.create(sample);
  const prototype = Object.getPrototypeOf(font) as { _getTable: GetTable; layout: Layout };
  const own = prototype._getTable;
  const byFile = perFontFile<string, unknown>();
  prototype._getTable = function (table) {
    const tables = byFile(this);
    if (!tables.has(table.tag)) tables.set(table.tag, own.call(this, table));
    return (this._tables[table.tag] = tables.get(table.tag));
  };
  shareLayouts(prototype);
  shareSubsetGlyphs(Object.getPrototypeOf(font.createSubset()) as SubsetPrototype);
  shared = true;
}

/**
 * A map per font file, whichever font object (one per document) reads it: fontkit keeps what it
 * decodes per object, and the file's bytes are the same buffer for all (see fontBytes).
 */
function perFontFile<K, V>(): (font: FontTables) => Map<K, V> {
  const byFile = new WeakMap<object, Map<K, V>>();
  return (font) => {
    let map = byFile.get(font.stream.buffer);
    if (!map) byFile.set(font.stream.buffer, (map = new Map()));
    return map;
  };
}

/**
 * Shaping a text (fontkit's layout) is the other cost every document paid again: each handout
 * lays out the same project names. A run is kept per font file and text, and each caller gets
 * its own copy of the positions, which pdfkit scales in place.
 */
const MAX_RUNS = 5_000;

function shareLayouts(prototype: { layout: Layout }): void {
  const own = prototype.layout;
  const byFile = perFontFile<string, GlyphRun>();
  prototype.layout = function (text, ...rest) {
    if (typeof text !== 'string' || rest.some((r) => r !== undefined && typeof r !== 'object')) return own.call(this, text, ...rest);
    const runs = byFile(this);
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

/** fontkit's TrueType subset, as far as it is read and replaced here. */
interface Subset {
  readonly font: FontTables & {
    readonly _variationProcessor?: unknown;
    readonly loca: { readonly offsets: readonly number[] };
    getGlyph(id: number): { readonly advanceWidth: number; _decode(): { readonly numberOfContours: number } | null; _getMetrics(): { readonly leftBearing: number } };
    _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  };
  readonly glyf: Uint8Array[];
  readonly loca: { readonly offsets: number[] };
  readonly hmtx: { readonly metrics: { advance: number; bearing: number }[] };
  offset: number;
}
export type SubsetPrototype = { _addGlyph(this: Subset, id: number): number };

/** What subsetting needs of a simple glyph: its bytes and metrics. */
interface GlyphEntry {
  readonly bytes: Uint8Array;
  readonly advance: number;
  readonly bearing: number;
}

/**
 * Every PDF embeds a subset of the typeface, and fontkit decodes each glyph's whole outline
 * for it only to learn whether the glyph is a composite of others: every handout paid again for
 * the same few hundred glyphs. What a simple glyph contributes (its bytes, unchanged, and its
 * metrics) is kept per font file and glyph instead, and each subset appends it as fontkit's
 * _addGlyph does. Composite glyphs (the typeface has none) and variable fonts are left to
 * fontkit. The bytes are never changed in place, so sharing them changes no byte.
 */
export function shareSubsetGlyphs(prototype: SubsetPrototype): void {
  const own = prototype._addGlyph;
  const byFile = perFontFile<number, GlyphEntry | null>();
  prototype._addGlyph = function (id) {
    if (this.font._variationProcessor) return own.call(this, id);
    const glyphs = byFile(this.font);
    let entry = glyphs.get(id);
    if (entry === undefined) glyphs.set(id, (entry = simpleGlyph(this.font, id)));
    if (entry === null) return own.call(this, id);
    this.glyf.push(entry.bytes);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: entry.advance, bearing: entry.bearing });
    this.offset += entry.bytes.length;
    return this.glyf.length - 1;
  };
}

/** A glyph's bytes and metrics as fontkit's _addGlyph reads them; null for a composite glyph. */
function simpleGlyph(font: Subset['font'], id: number): GlyphEntry | null {
  const glyph = font.getGlyph(id);
  const decoded = glyph._decode();
  if (decoded && decoded.numberOfContours < 0) return null;
  const start = font.loca.offsets[id]!;
  const stream = font._getTableStream('glyf');
  stream.pos += start;
  return { bytes: stream.readBuffer(font.loca.offsets[id + 1]! - start), advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
}
