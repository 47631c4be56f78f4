import { isUnchanged } from '../../compare/index.js';
import type { OutputDocument, Renderer } from '../types.js';
import { ITEM_TEMPLATE_KEYS } from './items.js';
import { revisionPdfDefinition } from './pdf.js';
import { revisionTable } from './table.js';
import { revisionWorkbookSpec } from './workbook.js';

export const SHINKYU_PDF_PATH = 'pdf/revision/shinkyu-taishohyo.pdf';
export const SHINKYU_XLSX_PATH = 'xlsx/revision/shinkyu-taishohyo.xlsx';

const TEMPLATE_KEYS = [
  'title', 'subject', 'documentTitle', 'documentDates', 'footerTitle', 'pageNumber', 'footerBefore', 'footerAfter',
  'columnAfter', 'columnBefore', 'columnRemark', 'columnNo', 'columnField', 'columnProject', 'columnPage', 'columnParticipants',
  'fieldCell', 'allParticipants', 'unconfirmed', 'added', 'removed',
  'remarkNew', 'remarkAddition', 'remarkChanged', 'remarkRemoved', 'renumberOne', 'renumberRun', 'renumberedDown', 'renumberedUp',
  'sheetTable', 'sheetProjects', 'columnId', 'columnOldNo', 'columnNewNo', 'columnKinds', 'noRange',
  'aspectAdded', 'aspectRemoved', 'aspectRenamed', 'aspectField', 'aspectMarks', 'aspectPage', 'aspectParticipants',
  ...ITEM_TEMPLATE_KEYS,
];

/**
 * The 新旧対照表 (old/new comparison table) the council approves a revision from, as a PDF and
 * as a workbook. Only a build that compares with a base has something to show; with no
 * comparison, or one that found nothing, it makes no document rather than an empty table.
 */
export const shinkyuTaishohyo: Renderer = {
  name: '新旧対照表',
  per: 'plan',
  templates: { file: 'revision', keys: TEMPLATE_KEYS },
  render(model, words, scope): OutputDocument[] {
    const { comparison } = scope;
    if (!comparison || isUnchanged(comparison)) return [];
    const table = revisionTable(model, words, comparison);
    return [
      { path: SHINKYU_PDF_PATH, kind: 'pdf', definition: revisionPdfDefinition(model, words, comparison, table) },
      { path: SHINKYU_XLSX_PATH, kind: 'xlsx', workbook: revisionWorkbookSpec(model, words, comparison, table) },
    ];
  },
};
