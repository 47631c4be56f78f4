import type { Comparison } from '../../compare/index.js';
import type { Model } from '../../model/index.js';
import { circledNumber } from '../../model/notation.js';
import type { Words } from '../types.js';
import { itemRow, itemsInReadingOrder } from './items.js';
import type { MarkedText } from './marked-text.js';
import { withRenumberings } from './order.js';
import { markColumns, projectRow, renumberingRow } from './project-rows.js';

/**
 * The 新旧対照表 as data, before any layout: the PDF and the workbook print the same rows.
 * Template keys used: see project-rows.ts and items.ts.
 */
export interface RevisionTable {
  /** Priority numbers that get a ● column on each side: every one either side has. */
  readonly marks: readonly number[];
  readonly rows: readonly Row[];
}

export type Row =
  | { readonly kind: 'sides'; readonly after: Side; readonly before: Side; readonly remark: string }
  /** A run of projects renumbered by an insertion or removal: one sentence across both sides. */
  | { readonly kind: 'renumbering'; readonly text: string; readonly remark: string };

/** What one side of a row prints: a project's cells, a printed text under its label, or （新設）/（削る）. */
export type Side =
  | { readonly kind: 'project'; readonly cells: ProjectCells }
  | { readonly kind: 'text'; readonly label: string; readonly text: MarkedText }
  | { readonly kind: 'placeholder'; readonly text: string };

export interface ProjectCells {
  readonly no: MarkedText;
  readonly name: MarkedText;
  readonly field: MarkedText;
  /** One per mark column; `changed` underlines the ● or the empty cell. */
  readonly marks: readonly { readonly on: boolean; readonly changed: boolean }[];
  readonly page: MarkedText;
  readonly participants: MarkedText;
}

/**
 * Rows in the order a reader goes through the plan: the vision's texts, the policies, the
 * structure, the projects (each renumbered run right after the change that caused it), the
 * members, the roles.
 */
export function revisionTable(model: Model, words: Words, comparison: Comparison): RevisionTable {
  const marks = markColumns(model, comparison);
  const items = itemsInReadingOrder(comparison.items);
  const projects = withRenumberings(comparison.projects, comparison.renumberings).map((entry) =>
    'id' in entry ? projectRow(entry, marks, words) : renumberingRow(entry, words),
  );
  const row = (item: (typeof items.before)[number]) => itemRow(item, model, words);
  return { marks, rows: [...items.before.map(row), ...projects, ...items.after.map(row)] };
}

/** The column headings of one side, the same for both. */
export function sideHeadings(words: Words, marks: readonly number[]): string[] {
  return [words('columnNo'), words('columnField'), words('columnProject'), ...marks.map(circledNumber), words('columnPage'), words('columnParticipants')];
}
