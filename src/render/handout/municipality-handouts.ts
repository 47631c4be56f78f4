import type { OutputDocument, Renderer, Words } from '../types.js';
import { handoutDefinition } from './handout-pdf.js';
import { handoutWorkbookSpec } from './handout-workbook.js';
import { handoutBaseName, summarise } from './summary.js';

const TEMPLATE_KEYS = [
  'title', 'subject', 'documentTitle', 'documentSubtitle', 'labelCode', 'labelKind', 'labelRole', 'labelBureau',
  'labelAgreement', 'labelPeriod', 'labelDataDate', 'agreementDate', 'periodText', 'dataDate', 'unconfirmedNote',
  'noProjects', 'summaryHeading', 'summaryTotal', 'columnPillarSummary', 'columnPolicySummary', 'columnParticipating',
  'columnAll', 'policyLabel', 'projectsHeading', 'columnNo', 'columnPillar', 'columnSection', 'columnField',
  'columnProject', 'columnCommon', 'columnPage', 'columnRole', 'pillarHeading', 'sectionHeading', 'fieldHeading',
  'pillarCell', 'sectionCell', 'fieldCell', 'roleUnconfirmed', 'sheetSummary', 'sheetProjects', 'footerTitle',
  'pageNumber', 'footerBefore', 'footerAfter',
] as const;

/** One handout per member in the scope, as a PDF and as a workbook. */
export const municipalityHandouts: Renderer = {
  name: 'municipality handouts',
  per: 'municipality',
  templates: { file: 'municipality-handout', keys: TEMPLATE_KEYS },
  render(model, words, scope): OutputDocument[] {
    return scope.municipalities.flatMap((municipality): OutputDocument[] => {
      const local: Words = (key, names = {}) => words(key, { municipality, ...names });
      const summary = summarise(model, municipality);
      const base = handoutBaseName(municipality);
      return [
        { path: `pdf/annex/${base}.pdf`, kind: 'pdf', definition: handoutDefinition(model, local, summary) },
        { path: `xlsx/annex/${base}.xlsx`, kind: 'xlsx', workbook: handoutWorkbookSpec(model, local, summary) },
      ];
    });
  },
};
