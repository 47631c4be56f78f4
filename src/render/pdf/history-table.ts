import type { Content, TableCell } from 'pdfmake';
import type { Model } from '../../model/index.js';
import { revisionHistory } from '../history.js';
import type { Words } from '../types.js';
import { COLOURS, ruledTable } from './style.js';

/**
 * The 改定履歴 of an A4 first page: a heading and a small table, 年月日 | 区分 | 概要, one row
 * per line of the history, oldest first. Nothing for a plan never revised. Template keys used:
 * historyHeading, historyAdoption, historyDate, columnHistoryDate, columnHistoryKind,
 * columnHistorySummary.
 */
export const HISTORY_TABLE = {
  /** The longest date, 令和10年(2028年)12月28日, fits on one line at this width. */
  widths: { date: 118, kind: 90 },
  cellPadding: { x: 4, y: 2 },
  fontSize: { heading: 9, table: 8 },
} as const;

type Margin = [number, number, number, number];

export function historyTable(model: Model, words: Words): Content[] {
  const entries = revisionHistory(model.vision, words('historyAdoption'));
  if (entries.length === 0) return [];
  const head = (text: string): TableCell => ({ text, bold: true, alignment: 'center', fillColor: COLOURS.headerFill });
  const rows = entries.map((entry): TableCell[] => [{ text: words('historyDate', { entry }) }, { text: entry.label }, { text: entry.summary ?? '' }]);
  const w = HISTORY_TABLE.widths;
  return [
    { text: words('historyHeading'), bold: true, fontSize: HISTORY_TABLE.fontSize.heading, margin: [0, 4, 0, 3] as Margin },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [w.date, w.kind, '*'],
        body: [[head(words('columnHistoryDate')), head(words('columnHistoryKind')), head(words('columnHistorySummary'))], ...rows],
      },
      layout: ruledTable(HISTORY_TABLE.cellPadding),
      fontSize: HISTORY_TABLE.fontSize.table,
      margin: [0, 0, 0, 8] as Margin,
    },
  ];
}
