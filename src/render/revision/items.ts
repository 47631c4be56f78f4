import { calendarDate } from '../../calendar-date.js';
import type { ItemChange, MemberKey, Subject, VisionKey } from '../../compare/index.js';
import type { Model } from '../../model/index.js';
import { circledNumber, fullWidthNumber, parenthesizedNumber } from '../../model/notation.js';
import type { Words } from '../types.js';
import { compareTexts, whole } from './marked-text.js';
import type { Row } from './table.js';

/**
 * Rows for the printed things that are not project rows. Template keys used: the subject
 * labels (vision*, subjectPillar, subjectSection, subjectField, subjectGroup, subjectPriority,
 * subjectCommon, member*, subjectRole), periodValue, dateValue, added, removed, remarkNew,
 * remarkChanged, remarkRemoved.
 */

/** Where each kind of subject sits; projects come between the structure and the members. */
const RANK: Record<Subject['kind'], number> = { vision: 0, group: 1, priority: 1, common: 1, pillar: 2, section: 2, field: 2, member: 3, role: 4 };
const PROJECTS_RANK = 2.5;

/** The items split around the project rows, each part in reading order (the comparison's own order within a kind). */
export function itemsInReadingOrder(items: readonly ItemChange[]): { readonly before: readonly ItemChange[]; readonly after: readonly ItemChange[] } {
  const sorted = items.map((item, i) => ({ item, i })).sort((a, b) => RANK[a.item.subject.kind] - RANK[b.item.subject.kind] || a.i - b.i).map((x) => x.item);
  return { before: sorted.filter((x) => RANK[x.subject.kind] < PROJECTS_RANK), after: sorted.filter((x) => RANK[x.subject.kind] > PROJECTS_RANK) };
}

/**
 * A thing only the current side has is 新設 and one only the base has is 削除, whatever it is
 * (a field, a member, a role text): the old side then shows （新設） like a new project's row,
 * and one word per situation reads the same all through the table. 追加 is kept for a project
 * that exists on both sides and only gained marks or participants.
 */
export function itemRow(item: ItemChange, model: Model, words: Words): Row {
  const label = subjectLabel(item.subject, model, words);
  const before = item.before === undefined ? undefined : printed(item.subject, item.before, words);
  const after = item.after === undefined ? undefined : printed(item.subject, item.after, words);
  if (before === undefined) return { kind: 'sides', after: { kind: 'text', label, text: whole(after!, true) }, before: { kind: 'placeholder', text: words('added') }, remark: words('remarkNew') };
  if (after === undefined) return { kind: 'sides', after: { kind: 'placeholder', text: words('removed') }, before: { kind: 'text', label, text: whole(before, true) }, remark: words('remarkRemoved') };
  const marked = compareTexts(before, after, words('lineBreakMark'));
  return { kind: 'sides', after: { kind: 'text', label, text: marked.after }, before: { kind: 'text', label, text: marked.before }, remark: words('remarkChanged') };
}

/** Dates arrive as ISO text and are printed in 和暦 like everywhere else; every other value as it is. */
function printed(subject: Subject, value: string, words: Words): string {
  if (subject.kind === 'vision' && subject.key === 'period') {
    const [start, end] = value.split('/');
    return words('periodValue', { start: calendarDate(start!), end: calendarDate(end!) });
  }
  if ((subject.kind === 'vision' && subject.key === 'adopted') || (subject.kind === 'member' && subject.key === 'agreementSigned')) return words('dateValue', { value: calendarDate(value) });
  return value;
}

const VISION_LABELS: Record<VisionKey, string> = {
  title: 'visionTitle',
  issuer: 'visionIssuer',
  documentLabel: 'visionDocumentLabel',
  chartTitle: 'visionChartTitle',
  heading: 'visionHeading',
  lead: 'visionLead',
  period: 'visionPeriod',
  adopted: 'visionAdopted',
};

const MEMBER_LABELS: Record<MemberKey, string> = {
  entry: 'memberEntry',
  name: 'memberName',
  code: 'memberCode',
  kind: 'memberKind',
  role: 'memberRole',
  bureau: 'memberBureau',
  agreementSigned: 'memberAgreementSigned',
};

export const ITEM_TEMPLATE_KEYS = [
  'lineBreakMark',
  ...Object.values(VISION_LABELS), ...Object.values(MEMBER_LABELS), 'subjectPillar', 'subjectSection', 'subjectField',
  'subjectGroup', 'subjectPriority', 'subjectCommon', 'subjectRole', 'periodValue', 'dateValue',
];

function subjectLabel(subject: Subject, model: Model, words: Words): string {
  switch (subject.kind) {
    case 'vision':
      return words(VISION_LABELS[subject.key]);
    case 'pillar':
      return words('subjectPillar', { pillar: fullWidthNumber(subject.pillar) });
    case 'section':
      return words('subjectSection', { pillar: fullWidthNumber(subject.pillar), section: parenthesizedNumber(subject.section) });
    case 'field':
      return words('subjectField', { id: subject.id });
    case 'group': {
      // A group is known by its id, which is not printed; the marks of its columns are, where the current plan has it.
      const numbers = model.policies.groups.find((g) => g.id === subject.id)?.priorityNumbers ?? [];
      return words('subjectGroup', { marks: numbers.map(circledNumber).join('') });
    }
    case 'priority':
      return words('subjectPriority', { mark: circledNumber(subject.number) });
    case 'common':
      return words('subjectCommon');
    case 'member':
      return words(MEMBER_LABELS[subject.key], { name: subject.name, code: subject.code });
    case 'role':
      return words('subjectRole', { no: subject.no, name: subject.name, member: subject.member });
  }
}
