import type { CalendarDate } from '../calendar-date.js';

/**
 * The input workbook's contract: which sheets it has, their columns and what each cell holds.
 * `export` writes it from the plan and `import` reads it back against the same description, so
 * the two can never disagree about a column.
 */

export const INPUT_WORKBOOK_PATH = 'xlsx/input.xlsx';
/** Its words (sheet names, headings, item labels, list error texts) live in templates/input-workbook.yaml. */
export const INPUT_TEMPLATE = 'input-workbook';

/** A cell's content as export writes it and import reads it back. */
export type InputValue = string | number | { readonly date: CalendarDate } | null;

/**
 * How a cell is written and read:
 * - `id`: the row's identity (a project's id, a member's slug); locked on the rows export writes,
 *   left blank on a row someone adds.
 * - `derived`: shown for orientation (NO, a project's name on another sheet, an item's label);
 *   locked and never read.
 * - `reference`: a project's name on a sheet other than 連携事業: locked on the rows export
 *   writes; on a row someone adds without an id, it names the project (a new one included).
 * - `text` one line, `lines` with line breaks allowed, `integer`, `code` (a 団体コード: six
 *   digits kept as text), `mark` (● or blank), `choice` (one of the column's choices), `date`
 *   (a date cell shown in 和暦).
 */
export type CellKind = 'id' | 'derived' | 'reference' | 'text' | 'lines' | 'integer' | 'code' | 'mark' | 'choice' | 'date';

export interface Column {
  /** Stable name of the column in code: `name`, `mark:3`, `member:sapporo`, `value`. */
  readonly key: string;
  /** The heading printed in the header row: import finds the column by it. */
  readonly heading: string;
  /** For the items table (計画), where each row says its own kind, `item`. */
  readonly kind: CellKind | 'item';
  /** For `choice`: what a cell may hold, as printed. */
  readonly choices?: readonly string[];
}

export interface Row {
  /** The row's identity: a project id, a member slug, an item's key, a revision's index. */
  readonly key: string;
  /** One per column. */
  readonly values: readonly InputValue[];
  /** The kind of this row's `item` cell (計画 only). */
  readonly kind?: CellKind;
  /** The choices of this row's `item` cell when it is a `choice`. */
  readonly choices?: readonly string[];
}

export interface Table {
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
}

/** Where each table sits: its sheet's template key and whether it follows another table on that sheet. */
export const TABLES = {
  projects: { sheet: 'sheetProjects' },
  participants: { sheet: 'sheetParticipants' },
  roles: { sheet: 'sheetRoles' },
  members: { sheet: 'sheetMembers' },
  vision: { sheet: 'sheetVision' },
  /** Below the items of 計画, after one blank row, under its own heading row. */
  revisions: { sheet: 'sheetVision', after: 'vision' },
} as const;

export type TableKey = keyof typeof TABLES;

/** Every table of the workbook, and what its choices stand for in the data. */
export interface InputSheets {
  readonly tables: { readonly [K in TableKey]: Table };
  /** A 政策分野 choice as printed → the field's id. */
  readonly fieldIds: ReadonlyMap<string, string>;
  /** A member's name → its slug (役割分担's 市町村 column). */
  readonly memberSlugs: ReadonlyMap<string, string>;
  /** The words of 参加's three choices. */
  readonly participation: { readonly all: string; readonly listed: string; readonly unconfirmed: string };
}

/**
 * On 計画, an item's 内容 (and the heading above it) is one cell merged across this many
 * columns, so a long lead wraps in a few lines across the width of the 改定履歴 below. Import
 * accepts exactly these merges; any other merge in a table is an error.
 */
export const ITEM_VALUE_COLUMNS = 2;

/** The items of 計画, in order: each one's key (the data path it edits, from the file's root) and its label's template key. */
export const VISION_ITEMS = [
  { key: 'vision.title', label: 'itemTitle', kind: 'text' },
  { key: 'vision.edition', label: 'itemEdition', kind: 'integer' },
  { key: 'vision.issuer', label: 'itemIssuer', kind: 'text' },
  { key: 'vision.documentLabel', label: 'itemDocumentLabel', kind: 'text' },
  { key: 'vision.chartTitle', label: 'itemChartTitle', kind: 'text' },
  { key: 'vision.heading', label: 'itemHeading', kind: 'text' },
  { key: 'vision.lead', label: 'itemLead', kind: 'lines' },
  { key: 'vision.period.start', label: 'itemPeriodStart', kind: 'date' },
  { key: 'vision.period.end', label: 'itemPeriodEnd', kind: 'date' },
  { key: 'vision.adopted', label: 'itemAdopted', kind: 'date' },
  { key: 'region.name', label: 'itemRegionName', kind: 'text' },
  { key: 'region.declared', label: 'itemDeclared', kind: 'date' },
  { key: 'region.agreementsSigned', label: 'itemAgreementsSigned', kind: 'date' },
] as const satisfies readonly { key: string; label: string; kind: CellKind }[];

/** Every key of templates/input-workbook.yaml the code uses (checked before anything is written or read). */
export const INPUT_TEMPLATE_KEYS = [
  'title', 'subject', 'sheetGuide', 'sheetProjects', 'sheetParticipants', 'sheetRoles', 'sheetMembers', 'sheetVision',
  'columnId', 'columnNo', 'columnField', 'columnProject', 'columnPage', 'columnParticipation', 'columnMark', 'fieldChoice',
  'participationAll', 'participationListed', 'participationUnconfirmed', 'columnMember', 'columnRole',
  'columnSlug', 'columnCode', 'columnName', 'columnKind', 'columnMemberRole', 'columnBureau', 'columnAgreement',
  'columnItem', 'columnValue', ...VISION_ITEMS.map((item) => item.label), 'revisionsHeading', 'columnRevisionDate',
  'columnRevisionLabel', 'columnRevisionSummary', 'listErrorTitle', 'markError', 'fieldError', 'participationError',
  'memberError', 'kindError', 'memberRoleError', 'choiceError', 'pageHeader', 'footerBefore', 'footerAfter',
  'guideTitle', 'guideIntro', 'guideColumnSheet', 'guideColumnColumn', 'guideColumnAccepts', 'guideProjects', 'guideParticipants',
  'guideRoles', 'guideMembers', 'guideVision', 'guideRevisions', 'guideId', 'guideDerived', 'guideReference', 'guideText',
  'guideLines', 'guideInteger', 'guideCode', 'guideDate', 'guideColumnRange', 'guideFields', 'sheetBase', 'baseNote',
] as const;
