import type { CellKind, TableKey } from '../../input-workbook/index.js';
import type { Words } from '../types.js';
import { MARK } from '../xlsx/cells.js';
import type { ListValidation } from '../xlsx/spec.js';

/** Rows below the rows written that a list column still checks: far more than a revision of the plan adds. */
export const ADDED_ROWS = 1000;

/** The template key of what a list column says of a wrong value, by table and column key; other choices use choiceError. */
const CHOICE_ERRORS: { readonly [K in TableKey]?: Readonly<Record<string, string>> } = {
  projects: { field: 'fieldError', participation: 'participationError' },
  roles: { member: 'memberError' },
  members: { kind: 'kindError', role: 'memberRoleError' },
};

/** What a ● or choice cell takes, as its error message says it (the 記入方法 sheet says it in the same words). */
export function listErrorKey(kind: CellKind, table: TableKey, column: string): string {
  return kind === 'mark' ? 'markError' : (CHOICE_ERRORS[table]?.[column] ?? 'choiceError');
}

/**
 * The validation of a ● or choice cell: ● alone, or the choices, written into the validation or,
 * for a list that is long (the 政策分野) or kept on another sheet (the members' names), the
 * reference of the cells that hold them. Undefined for any other kind.
 */
export function listValidation(words: Words, range: string, kind: CellKind, source: { readonly choices?: readonly string[] | undefined; readonly cells?: string | undefined }, errorKey: string): ListValidation | undefined {
  const list = allowed(kind, source);
  return list && { range, list, error: { title: words('listErrorTitle'), message: words(errorKey) } };
}

function allowed(kind: CellKind, source: { readonly choices?: readonly string[] | undefined; readonly cells?: string | undefined }): ListValidation['list'] | undefined {
  if (kind === 'mark') return [MARK];
  if (kind !== 'choice') return undefined;
  if (source.cells !== undefined) return { cells: source.cells };
  if (source.choices === undefined) throw new Error('a choice cell without choices');
  return source.choices;
}
