import { formatJapaneseDate } from '../../format/japanese-date.js';
import type { Model } from '../../model/index.js';
import { revisionHistory } from '../history.js';
import type { Words } from '../types.js';
import { cell, header, JAPANESE_DATE_FORMAT, text } from './cells.js';
import { fitWidth, pageLayout, type SheetSpec } from './spec.js';

/**
 * 改定履歴: the adoption, then each revision, oldest first; 年月日 | 区分 | 概要 with the dates as
 * real date cells shown as the plan writes them. Undefined for a plan never revised: the
 * workbook then has no such sheet. Template keys used: sheetHistory, historyTitle,
 * historyAdoption, columnHistoryDate, columnHistoryKind, columnHistorySummary, footerBefore,
 * footerAfter.
 */
export function historySheet(model: Model, words: Words): SheetSpec | undefined {
  const entries = revisionHistory(model.vision, words('historyAdoption'));
  if (entries.length === 0) return undefined;
  const title = words('historyTitle');
  const rows = entries.map((entry) => [
    cell({ date: entry.date }, { horizontal: 'left', vertical: 'middle', numberFormat: JAPANESE_DATE_FORMAT }),
    text(entry.label),
    text(entry.summary ?? ''),
  ]);
  // The date column is as wide as the longest date written out, which is how the cell shows it,
  // with two units to spare: a date cannot wrap, and one too wide for its cell shows as ####.
  // 区分 and 概要 wrap to keep the page at A4 portrait.
  const layout = pageLayout(
    [
      fitWidth([words('columnHistoryDate'), ...entries.map((e) => formatJapaneseDate(e.date))], 12) + 2,
      { texts: [words('columnHistoryKind'), ...entries.map((e) => e.label)], min: 8, max: 30 },
      { texts: [words('columnHistorySummary'), ...entries.map((e) => e.summary ?? '')], min: 20, max: 60 },
    ],
    'portrait',
    ['A4'],
  );
  return {
    name: words('sheetHistory'),
    columns: layout.columns,
    rows: [
      [cell(title, { bold: true, fontSize: 12 }), null, null],
      [header(words('columnHistoryDate')), header(words('columnHistoryKind')), header(words('columnHistorySummary'))],
      ...rows,
    ],
    merges: ['A1:C1'],
    freeze: { rows: 2, columns: 0 },
    listValidations: [],
    print: { paper: 'A4', orientation: 'portrait', titleRows: '2:2', header: title, footer: { before: words('footerBefore'), after: words('footerAfter') } },
  };
}
