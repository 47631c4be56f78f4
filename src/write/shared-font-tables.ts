import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface FontTables {
  readonly stream: { readonly buffer: object };
  readonly _tables: Record<string, unknown>;
}

type GetTable = (this: FontTables, table: { readonly tag: string }) => unknown;

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
  const prototype = Object.getPrototypeOf(fontkit.create(sample)) as { _getTable: GetTable };
  const own = prototype._getTable;
  const byFile = new WeakMap<object, Map<string, unknown>>();
  prototype._getTable = function (table) {
    let tables = byFile.get(this.stream.buffer);
    if (!tables) byFile.set(this.stream.buffer, (tables = new Map()));
    if (!tables.has(table.tag)) tables.set(table.tag, own.call(this, table));
    return (this._tables[table.tag] = tables.get(table.tag));
  };
  shared = true;
}
