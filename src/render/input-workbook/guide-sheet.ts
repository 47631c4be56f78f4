import type { CellKind, Column, InputSheets, TableKey } from '../../input-workbook/index.js';
import type { Words } from '../types.js';
import { cell, FILLS, header, text } from '../xlsx/cells.js';
import { columnCells, fitWidth, pageLayout, type CellSpec, type SheetSpec } from '../xlsx/spec.js';
import { columnKind } from './cells.js';
import { listErrorKey } from './lists.js';

/** What a cell of a kind takes, by template key; a ● or choice cell says it as its list's error message does. */
const KIND_GUIDES: Readonly<Record<Exclude<CellKind, 'mark' | 'choice'>, string>> = {
  id: 'guideId',
  derived: 'guideDerived',
  reference: 'guideReference',
  text: 'guideText',
  lines: 'guideLines',
  integer: 'guideInteger',
  code: 'guideCode',
  date: 'guideDate',
};

/** The sheets of one table each, in the workbook's order, with the line that says what a row is. */
const TABLE_SHEETS = [
  { key: 'projects', sheet: 'sheetProjects', line: 'guideProjects' },
  { key: 'participants', sheet: 'sheetParticipants', line: 'guideParticipants' },
  { key: 'roles', sheet: 'sheetRoles', line: 'guideRoles' },
  { key: 'members', sheet: 'sheetMembers', line: 'guideMembers' },
] as const satisfies readonly { key: TableKey; sheet: string; line: string }[];

export interface GuideSheet {
  readonly sheet: SheetSpec;
  /** The cells that list the 政策分野 choices, for the 政策分野 column's validation to refer to. */
  readonly fieldCells: string;
}

/** A row of the table of what each column takes: the column (or columns) and what it takes. */
interface Entry {
  readonly label: string;
  readonly accepts: string;
}

/**
 * 記入方法: how the workbook is filled in (a line of the intro a row), then, sheet by sheet, what
 * each column (and each item of 計画) takes, then the 政策分野 a project's field is chosen from,
 * which that column's validation refers to: a list of 23 fields is too long to write into the
 * validation itself. Nothing on it is edited, so it is locked throughout.
 */
export function guideSheet(words: Words, input: InputSheets): GuideSheet {
  const { tables } = input;
  const name = words('sheetGuide');
  const rows: (CellSpec | null)[][] = [];
  const merges: string[] = [];
  const spanning = (content: CellSpec) => {
    rows.push([content, null, null]);
    merges.push(`A${rows.length}:C${rows.length}`);
  };
  // One sheet's part: its name down the first column beside a line, then its entries.
  const part = (label: string, line: string, entries: readonly Entry[]) => {
    const top = rows.length + 1;
    rows.push([cell(label, { bold: true, vertical: 'top', wrap: true, fill: FILLS.section }), cell(line, { vertical: 'middle', wrap: true, fill: FILLS.section }), null]);
    merges.push(`B${top}:C${top}`);
    for (const entry of entries) rows.push([null, text(entry.label), text(entry.accepts)]);
    if (entries.length > 0) merges.push(`A${top}:A${rows.length}`);
  };
  spanning(cell(words('guideTitle'), { bold: true, fontSize: 12 }));
  for (const line of words('guideIntro').split('\n')) spanning(text(line));
  rows.push([null, null, null]);
  rows.push([header(words('guideColumnSheet')), header(words('guideColumnColumn')), header(words('guideColumnAccepts'))]);
  const parts = TABLE_SHEETS.map(({ key, sheet, line }) => ({ label: words(sheet), line: words(line), entries: columnEntries(words, key, tables[key].columns) }));
  for (const p of parts) part(p.label, p.line, p.entries);
  // 計画: its items, then the 改定履歴 below them and its columns.
  const vision = [
    ...tables.vision.rows.map((row): Entry => ({ label: String(row.values[0]), accepts: accepts(words, row.kind ?? 'text', 'vision', row.key) })),
    { label: words('revisionsHeading'), accepts: words('guideRevisions') },
    ...columnEntries(words, 'revisions', tables.revisions.columns),
  ];
  part(words('sheetVision'), words('guideVision'), vision);
  rows.push([null, null, null]);
  // The 政策分野, one a row under their heading, each as the 連携事業 sheet's list offers it (data has at least one).
  const fields = [...input.fieldIds.keys()];
  const first = rows.length + 1;
  fields.forEach((field, i) => {
    rows.push([i === 0 ? cell(words('guideFields'), { bold: true, vertical: 'top', wrap: true, fill: FILLS.section }) : null, text(field), null]);
    merges.push(`B${rows.length}:C${rows.length}`);
  });
  if (fields.length > 1) merges.push(`A${first}:A${rows.length}`);
  const entries = [...parts.flatMap((p) => p.entries), ...vision];
  const layout = pageLayout(
    [
      fitWidth([...parts.map((p) => p.label), words('sheetVision'), words('guideFields')], 8, 14),
      { texts: [words('guideColumnColumn'), ...entries.map((e) => e.label)], min: 10, max: 24 },
      { texts: [words('guideColumnAccepts'), ...entries.map((e) => e.accepts)], min: 30, max: 60 },
    ],
    'portrait',
    ['A4'],
  );
  return {
    sheet: {
      name,
      columns: layout.columns,
      protect: true,
      rows,
      merges,
      listValidations: [],
      print: { paper: layout.paper, orientation: 'portrait', titleRows: '1:1', header: words('pageHeader', { sheet: name }), footer: { before: words('footerBefore'), after: words('footerAfter') } },
    },
    fieldCells: columnCells(name, 2, first, rows.length),
  };
}

/** A table's columns as entries; a run of ● columns (①–⑥, the members) is one entry naming its first and last. */
function columnEntries(words: Words, table: TableKey, columns: readonly Column[]): Entry[] {
  const entries: Entry[] = [];
  for (let i = 0; i < columns.length; i++) {
    const kind = columnKind(columns[i]!);
    let last = i;
    while (kind === 'mark' && columns[last + 1] !== undefined && columnKind(columns[last + 1]!) === 'mark') last++;
    const label = last === i ? columns[i]!.heading : words('guideColumnRange', { first: columns[i]!.heading, last: columns[last]!.heading });
    entries.push({ label, accepts: accepts(words, kind, table, columns[i]!.key) });
    i = last;
  }
  return entries;
}

function accepts(words: Words, kind: CellKind, table: TableKey, key: string): string {
  return words(kind === 'mark' || kind === 'choice' ? listErrorKey(kind, table, key) : KIND_GUIDES[kind]);
}
