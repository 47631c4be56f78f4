import type { Message } from './messages/index.js';

/** A thing wrong (or worth a look) in the input, positioned so an editor can jump to it; its words come from the catalogue at the edge. */
export interface Problem {
  readonly severity: 'error' | 'warning';
  /** Path as the user sees it, relative to the working directory. */
  readonly file: string;
  /** 1-based; absent when the problem is about a file or folder as a whole. */
  readonly line?: number;
  readonly column?: number;
  /** For a workbook: the sheet and cell (1-based), and the sheet's place in the workbook for ordering. */
  readonly cell?: { readonly sheet: string; readonly order: number; readonly row: number; readonly column: number };
  /** Data path inside the file, e.g. `projects[12].page`, or a workbook column's heading; empty for the whole file. */
  readonly path: string;
  /** What was found and what is expected. */
  readonly message: Message;
  /** Where it can be guessed, the value to write or the choices. */
  readonly hint?: Message;
}

export type DataPath = readonly (string | number)[];

export function formatDataPath(path: DataPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Orders problems by file, then position, so output is stable and reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  // Code-unit comparison, not localeCompare: the order must not depend on the machine's locale.
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...problems].sort(
    (a, b) => compare(a.file, b.file) || (a.cell?.order ?? -1) - (b.cell?.order ?? -1) || (a.cell?.row ?? 0) - (b.cell?.row ?? 0) || (a.cell?.column ?? 0) - (b.cell?.column ?? 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || compare(a.path, b.path),
  );
}
