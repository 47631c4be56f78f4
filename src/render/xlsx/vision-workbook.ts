import type { Model } from '../../model/index.js';
import type { OutputDocument, Renderer, Words } from '../types.js';
import { markError, WORKBOOK_FONT } from './cells.js';
import { chartSheet } from './chart-sheet.js';
import { historySheet } from './history-sheet.js';
import { municipalitiesSheet } from './municipalities-sheet.js';
import { participantsText, projectsSheet } from './projects-sheet.js';
import type { WorkbookSpec } from './spec.js';

export const VISION_WORKBOOK_PATH = 'xlsx/vision.xlsx';

const TEMPLATE_KEYS = [
  'title', 'subject', 'sheetChart', 'sheetProjects', 'sheetMunicipalities', 'chartTitle', 'projectsTitle', 'municipalitiesTitle',
  'columnPillar', 'columnSection', 'columnField', 'columnProject', 'columnPage', 'columnNo', 'columnCommon', 'columnParticipants',
  'columnTotal', 'columnConfirmed', 'pillarCell', 'sectionCell', 'fieldCell', 'allParticipants', 'unconfirmed', 'totalRow',
  'footerBefore', 'footerAfter', 'sheetHistory', 'historyTitle', 'historyAdoption', 'columnHistoryDate', 'columnHistoryKind',
  'columnHistorySummary', 'markErrorTitle', 'markError',
] as const;

/**
 * The workbook staff attach to council papers: the chart, the project list, participation by
 * member and, once the plan has been revised, its 改定履歴.
 */
export const visionWorkbook: Renderer = {
  name: 'council workbook',
  per: 'plan',
  templates: { file: 'vision-workbook', keys: TEMPLATE_KEYS },
  render(model, words): OutputDocument[] {
    return [{ path: VISION_WORKBOOK_PATH, kind: 'xlsx', workbook: visionWorkbookSpec(model, words) }];
  },
};

export function visionWorkbookSpec(model: Model, words: Words): WorkbookSpec {
  const history = historySheet(model, words);
  return {
    properties: { title: words('title'), subject: words('subject'), creator: model.vision.issuer, date: model.vision.asOf },
    font: WORKBOOK_FONT,
    sheets: [
      chartSheet(model, words),
      projectsSheet(model, words, {
        name: words('sheetProjects'),
        title: words('projectsTitle'),
        projects: model.projects,
        extra: { title: words('columnParticipants'), value: (project) => participantsText(project, words) },
        markError: markError(words),
      }),
      municipalitiesSheet(model, words),
      ...(history ? [history] : []),
    ],
  };
}
