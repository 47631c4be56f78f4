import { createHash } from 'node:crypto';

/** A data file as the loader read it: its path in the data folder and its text. */
export interface DataText {
  readonly path: string;
  readonly text: string;
}

/** Excel keeps at most 32,767 characters in a cell; a file's text is cut into pieces below that. */
const PIECE = 30_000;
const SEAL = 'sha256';

/**
 * The data a workbook was exported from, as rows of a hidden sheet: a note, the seal (a hash
 * of everything below, so an edited or damaged copy is noticed), then one row per file, its
 * path and its text in pieces.
 */
export function baseRows(note: string, files: readonly DataText[]): string[][] {
  const rows = files.map((f) => [f.path, ...pieces(f.text)]);
  return [[note], [SEAL, seal(files)], ...rows];
}

/** The files back from the hidden sheet's rows (from row 2); undefined when the seal does not match. */
export function readBaseRows(rows: readonly (readonly string[])[]): DataText[] | undefined {
  const [sealRow, ...fileRows] = rows;
  if (sealRow?.[0] !== SEAL) return undefined;
  const files = fileRows.filter((r) => r.length > 0).map(([path = '', ...parts]) => ({ path, text: parts.join('') }));
  return seal(files) === sealRow[1] ? files : undefined;
}

function pieces(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += PIECE) out.push(text.slice(i, i + PIECE));
  return out.length > 0 ? out : [''];
}

function seal(files: readonly DataText[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${Buffer.byteLength(f.path)}:${f.path}${Buffer.byteLength(f.text)}:${f.text}`);
  return hash.digest('hex');
}
