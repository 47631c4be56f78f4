import type { OutputDocument, Renderer, Words } from '../types.js';
import { handoutDefinition, type HandoutChanges } from './handout-pdf.js';
import { handoutWorkbookSpec } from './handout-workbook.js';
import { memberChanges } from './member-changes.js';
import { handoutBaseName, summarise } from './summary.js';

const TEMPLATE_KEYS = [
  'title', 'subject', 'documentTitle', 'documentSubtitle', 'labelCode', 'labelKind', 'labelRole', 'labelBureau',
  'labelAgreement', 'labelPeriod', 'labelDataDate', 'agreementDate', 'periodText', 'dataDate', 'unconfirmedNote',
  'noProjects', 'summaryHeading', 'summaryTotal', 'columnPillarSummary', 'columnPolicySummary', 'columnParticipating',
  'columnAll', 'policyLabel', 'projectsHeading', 'columnNo', 'columnPillar', 'columnSection', 'columnField',
  'columnProject', 'columnCommon', 'columnPage', 'columnRole', 'pillarHeading', 'sectionHeading', 'fieldHeading',
  'pillarCell', 'sectionCell', 'fieldCell', 'roleUnconfirmed', 'sheetSummary', 'sheetProjects', 'footerTitle',
  'pageNumber', 'footerBefore', 'footerAfter', 'changesHeading', 'changesNone', 'columnChange', 'changeAdded',
  'changeRemoved', 'changeRenamed', 'changeRenumbered', 'changeField', 'changeMarks', 'changePage', 'changeJoined',
  'changeLeft', 'changeParticipants', 'changeRole', 'changeRoleAdded', 'changeRoleRemoved', 'changeRenumbering',
  'changeRange', 'sheetChanges', 'markErrorTitle', 'markError',
] as const;

/** One handout per member in the scope, as a PDF and as a workbook; built with a base, each says what changed for its member. */
export const municipalityHandouts: Renderer = {
  name: 'municipality handouts',
  per: 'municipality',
  templates: { file: 'municipality-handout', keys: TEMPLATE_KEYS },
  render(model, words, scope): OutputDocument[] {
    return scope.municipalities.flatMap((municipality): OutputDocument[] => {
      const local: Words = (key, names = {}) => words(key, { municipality, ...names });
      const summary = summarise(model, municipality);
      const name = handoutBaseName(municipality);
      const since: HandoutChanges | undefined = scope.comparison && { base: scope.comparison.base.asOf, changes: memberChanges(scope.comparison, municipality, model.projects) };
      return [
        { path: `pdf/annex/${name}.pdf`, kind: 'pdf', definition: handoutDefinition(model, local, summary, since) },
        { path: `xlsx/annex/${name}.xlsx`, kind: 'xlsx', workbook: handoutWorkbookSpec(model, local, summary, since) },
      ];
    });
  },
};
