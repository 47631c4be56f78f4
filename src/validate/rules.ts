import { calendarDate, compareDates, parseCalendarDate } from '../calendar-date.js';
import { EARLIEST_DATE } from '../format/japanese-date.js';
import { msg, type Message } from '../messages/index.js';
import type { Problem } from '../problem.js';
import { describeOrigin, problemAt, type Dataset, type Located, type LocatedProject, type PartialDataset } from './dataset.js';
import { expectedCheckDigit, hasValidCheckDigit } from './municipality-code.js';
import { nameKey } from './name-key.js';
import { choicesHint } from './suggest.js';
import type { FieldData } from './schema.js';

/**
 * Rules that look across values and files. Each returns every problem it finds, so one run
 * reports them all. They assume the shapes already passed.
 */
export function checkRules(data: PartialDataset): Problem[] {
  const { vision, region, policies, pillars, projects, complete } = data;
  const fields = chartFields(pillars);
  const numbers = complete.projects && complete.pillars ? projectNumbers(projects, fields) : new Map<LocatedProject, number>();
  return [
    ...calendarDates(vision, region),
    ...(vision && datesExist(vision, undefined) ? checkDates(vision) : []),
    ...(region ? checkRegion(region, datesExist(undefined, region)) : []),
    ...(policies ? checkPolicies(policies) : []),
    ...checkStructure(pillars, fields, complete.pillars),
    ...checkProjects(projects, { fields: complete.pillars ? fields : undefined, complete: complete.projects, numbers, policies, region }),
    // Counted only over the whole list: with some projects unread the counts would be wrong.
    ...(complete.projects && complete.pillars ? participationWarnings(projects, fields, numbers) : []),
  ];
}

export interface ChartField {
  readonly field: FieldData;
  readonly at: Located<unknown>['at'];
  /** Position in chart order over all pillars. */
  readonly index: number;
}

/** Every field in chart order (pillars by number as written), with where it was defined. */
function chartFields(all: Dataset['pillars']): ChartField[] {
  const out: ChartField[] = [];
  const pillars = [...all].sort((a, b) => a.value.number - b.value.number);
  for (const pillar of pillars) {
    const groups = pillar.value.sections
      ? pillar.value.sections.map((s, i) => ({ fields: s.fields, path: ['sections', i, 'fields'] }))
      : [{ fields: pillar.value.fields ?? [], path: ['fields'] }];
    for (const group of groups) {
      group.fields.forEach((field, i) => out.push({ field, at: { source: pillar.at.source, path: [...pillar.at.path, ...group.path, i] }, index: out.length }));
    }
  }
  return out;
}

/** Every date the data holds, with where it was written. */
function datesOf(vision: Dataset['vision'] | undefined, region: Dataset['region'] | undefined): { text: string; at: Located<unknown>['at'] }[] {
  const out: { text: string; at: Located<unknown>['at'] }[] = [];
  const add = (owner: Located<unknown>, path: (string | number)[], text: string | undefined) => {
    if (text !== undefined) out.push({ text, at: { source: owner.at.source, path: [...owner.at.path, ...path] } });
  };
  if (vision) {
    add(vision, ['period', 'start'], vision.value.period.start);
    add(vision, ['period', 'end'], vision.value.period.end);
    add(vision, ['adopted'], vision.value.adopted);
    vision.value.revisions.forEach((r, i) => add(vision, ['revisions', i, 'date'], r.date));
  }
  if (region) {
    add(region, ['declared'], region.value.declared);
    add(region, ['agreementsSigned'], region.value.agreementsSigned);
    region.value.municipalities.forEach((m, i) => add(region, ['municipalities', i, 'agreementSigned'], m.agreementSigned));
  }
  return out;
}

function calendarDates(vision: Dataset['vision'] | undefined, region: Dataset['region'] | undefined): Problem[] {
  return datesOf(vision, region).flatMap((d) => {
    if (parseCalendarDate(d.text) === undefined) return [problemAt(d.at, [], msg('rules.notInCalendar', { date: d.text }), msg('rules.checkMonthDay'))];
    if (d.text < EARLIEST_DATE) return [problemAt(d.at, [], msg('rules.beforeEarliest', { date: d.text, earliest: EARLIEST_DATE }))];
    return [];
  });
}

/** Comparisons between dates make sense only once every date is real. */
function datesExist(vision: Dataset['vision'] | undefined, region: Dataset['region'] | undefined): boolean {
  return datesOf(vision, region).every((d) => parseCalendarDate(d.text) !== undefined);
}


function checkDates(vision: Dataset['vision']): Problem[] {
  const problems: Problem[] = [];
  const { period, adopted, revisions } = vision.value;
  const [start, end] = [calendarDate(period.start), calendarDate(period.end)];
  // With the period itself wrong, whether a revision falls in it says nothing more.
  const periodHolds = compareDates(end, start) > 0;
  if (!periodHolds) {
    problems.push(problemAt(vision.at, ['period', 'end'], msg('rules.periodBackwards', { start: period.start, end: period.end })));
  }
  revisions.forEach((revision, i) => {
    const at = ['revisions', i, 'date'];
    const date = calendarDate(revision.date);
    const previous = i === 0 ? { date: adopted, what: msg('rules.adoptionDate') } : { date: revisions[i - 1]!.date, what: msg('rules.revisionNumber', { no: i }) };
    if (compareDates(date, calendarDate(previous.date)) <= 0) {
      problems.push(problemAt(vision.at, at, msg('rules.revisionOrder', { date: revision.date, previous: previous.date, what: previous.what }), msg('rules.revisionsOldestFirst')));
    } else if (periodHolds && (compareDates(date, start) < 0 || compareDates(date, end) > 0)) {
      // A revision changes the plan while it runs: outside the period it would name an edition
      // of a plan not yet, or no longer, in force. A date out of order is one fault, said above.
      problems.push(problemAt(vision.at, at, msg('rules.revisionOutsidePeriod', { no: i + 1, date: revision.date, start: period.start, end: period.end }), msg('rules.revisionWithinPeriod')));
    }
  });
  return problems;
}

/**
 * Reports the second and later uses of each key, naming where it was first used. Keys are
 * compared as a reader sees them, so names that differ only in invisible or full-width
 * characters are the same name.
 */
function duplicates<T>(items: readonly T[], key: (item: T) => string, report: (item: T, first: T) => Problem): Problem[] {
  const seen = new Map<string, T>();
  const problems: Problem[] = [];
  for (const item of items) {
    const k = nameKey(key(item));
    const first = seen.get(k);
    if (first === undefined) seen.set(k, item);
    else problems.push(report(item, first));
  }
  return problems;
}

function checkRegion(region: Dataset['region'], compareDays: boolean): Problem[] {
  const members = region.value.municipalities.map((value, i) => ({ value, at: { source: region.at.source, path: [...region.at.path, 'municipalities', i] } }));
  const problems: Problem[] = [];
  for (const m of members) {
    if (!hasValidCheckDigit(m.value.code)) {
      problems.push(problemAt(m.at, ['code'], msg('rules.checkDigit', { code: m.value.code, expected: expectedCheckDigit(m.value.code), found: m.value.code[5]! }), msg('rules.checkCodeList')));
    }
  }
  for (const key of ['code', 'slug', 'name'] as const) {
    problems.push(...duplicates(members, (m) => m.value[key], (m, first) => problemAt(m.at, [key], msg('rules.memberTwice', { field: key, value: m.value[key], first: describeOrigin({ ...first.at, path: [...first.at.path, key] }) }))));
  }
  if (compareDays) {
    const declared = calendarDate(region.value.declared);
    const signed: { text: string; at: Located<unknown>['at'] }[] = [
      { text: region.value.agreementsSigned, at: { source: region.at.source, path: [...region.at.path, 'agreementsSigned'] } },
      ...members.flatMap((m) => (m.value.agreementSigned ? [{ text: m.value.agreementSigned, at: { ...m.at, path: [...m.at.path, 'agreementSigned'] } }] : [])),
    ];
    for (const s of signed) {
      // A date before the earliest era is already reported; one fault, one message.
      if (s.text >= EARLIEST_DATE && compareDates(calendarDate(s.text), declared) < 0) problems.push(problemAt(s.at, [], msg('rules.agreementBeforeDeclaration', { date: s.text, declared: region.value.declared })));
    }
  }
  const central = members.filter((m) => m.value.role === '連携中枢都市');
  if (central.length !== 1) {
    problems.push(problemAt({ source: region.at.source, path: [...region.at.path, 'municipalities'] }, [], msg('rules.centralCity', { found: central.length })));
  }
  return problems;
}

function checkPolicies(policies: Dataset['policies']): Problem[] {
  const { groups, priorities } = policies.value;
  const at = (i: number) => ({ source: policies.at.source, path: [...policies.at.path, 'priorities', i] });
  const problems: Problem[] = [];
  const groupAt = groups.map((value, i) => ({ value, at: { source: policies.at.source, path: [...policies.at.path, 'groups', i] } }));
  problems.push(...duplicates(groupAt, (g) => g.value.id, (g, first) => problemAt(g.at, ['id'], msg('rules.groupIdTwice', { id: g.value.id, first: describeOrigin(first.at) }))));
  const groupIds = groups.map((g) => g.id);
  priorities.forEach((p, i) => {
    if (p.number !== i + 1) problems.push(problemAt(at(i), ['number'], msg('rules.priorityNumber', { expected: i + 1, found: p.number })));
    if (!groupIds.includes(p.group)) problems.push(problemAt(at(i), ['group'], msg('rules.unknownGroup', { group: p.group }), msg('rules.groupChoices', { groups: groupIds })));
  });
  // The chart heads adjacent columns with one group name, so a group's policies must sit together.
  let previous: string | undefined;
  const closed = new Set<string>();
  priorities.forEach((p, i) => {
    if (p.group !== previous && previous !== undefined) closed.add(previous);
    if (closed.has(p.group)) problems.push(problemAt(at(i), ['group'], msg('rules.groupApart', { group: p.group }), msg('rules.groupHeadsColumns')));
    previous = p.group;
  });
  // Every table heads a group's ● columns with its name: a group without a policy has no column to head.
  groupAt.forEach((g) => {
    if (!priorities.some((p) => p.group === g.value.id)) problems.push(problemAt(g.at, [], msg('rules.groupWithoutPolicy', { group: g.value.id }), msg('rules.giveGroupPolicy', { group: g.value.id })));
  });
  return problems;
}

function checkStructure(pillars: Dataset['pillars'], fields: ChartField[], complete: boolean): Problem[] {
  const problems: Problem[] = [];
  const sorted = [...pillars].sort((a, b) => a.value.number - b.value.number);
  problems.push(...duplicates(sorted, (p) => String(p.value.number), (p, first) => problemAt(p.at, ['number'], msg('rules.pillarTwice', { number: p.value.number, first: describeOrigin(first.at) }))));
  sorted.forEach((p, i) => {
    const previous = i === 0 ? 0 : sorted[i - 1]!.value.number;
    // A repeat is reported as a duplicate above; only a jump is a gap.
    if (complete && p.value.number > previous + 1) {
      problems.push(problemAt(p.at, ['number'], msg('rules.pillarGap', { expected: previous + 1, found: p.value.number })));
    }
    p.value.sections?.forEach((s, j) => {
      if (s.number !== j + 1) problems.push(problemAt(p.at, ['sections', j, 'number'], msg('rules.sectionNumber', { expected: j + 1, found: s.number })));
    });
  });
  problems.push(...duplicates(fields, (f) => f.field.id, (f, first) => problemAt(f.at, ['id'], msg('rules.fieldIdTwice', { id: f.field.id, first: describeOrigin(first.at) }))));
  // Letters restart at a within each pillar or section: a field's path ends [..., 'fields', i].
  for (const f of fields) {
    const i = f.at.path.at(-1) as number;
    const expected = String.fromCharCode(97 + i);
    if (f.field.letter !== expected) problems.push(problemAt(f.at, ['letter'], msg('rules.fieldLetter', { expected, found: f.field.letter })));
  }
  return problems;
}

interface ProjectContext {
  /** Undefined when some pillars may be missing: a field then cannot be called dangling. */
  readonly fields: ChartField[] | undefined;
  /**
   * False when some projects may be missing. Order rules (fields in chart order, pages not
   * decreasing) still hold on any subset; only gaps and empty fields need the whole list.
   */
  readonly complete: boolean;
  /** NO of each project, when it can be known. */
  readonly numbers: ReadonlyMap<LocatedProject, number>;
  readonly policies: Dataset['policies'] | undefined;
  readonly region: Dataset['region'] | undefined;
}

function checkProjects(all: Dataset['projects'], { fields, complete, numbers, policies, region }: ProjectContext): Problem[] {
  const problems: Problem[] = [];
  problems.push(...duplicates(all, (p) => p.value.id, (p, first) => problemAt(p.at, ['id'], msg('rules.projectIdTwice', { id: p.value.id, first: describeOrigin({ ...first.at, path: [...first.at.path, 'id'] }) }), msg('rules.newProjectId'))));
  // A duplicated id is reported elsewhere; the first definition stands for the others.
  const fieldIndex = new Map((fields ?? []).toReversed().map((f) => [f.field.id, f]));
  const who = (p: LocatedProject) => describeProject(p, numbers);
  const slugs = region && new Set(region.value.municipalities.map((m) => m.slug));
  let previousPage: LocatedProject | undefined;
  for (const p of inChartOrder(all, fields ?? [])) {
    if (fields && !fieldIndex.has(p.value.field)) {
      problems.push(problemAt(p.at, ['field'], msg('rules.unknownField', { project: who(p), field: p.value.field }), choicesHint(msg('rules.knownFields'), [...new Set(fields.map((f) => f.field.id))], p.value.field)));
    }
    if (fields && fieldIndex.has(p.value.field)) {
      if (previousPage && p.value.page < previousPage.value.page) {
        problems.push(problemAt(p.at, ['page'], msg('rules.pageOrder', { page: p.value.page, project: who(p), previousPage: previousPage.value.page, previousProject: who(previousPage) }), msg('rules.pagesAscend')));
      }
      previousPage = p;
    }
    if (policies) problems.push(...checkMarks(policies, p, who(p)));
    if (slugs) problems.push(...checkParticipants(slugs, p, who(p)));
  }
  const used = new Set(all.map((p) => p.value.field));
  for (const f of complete ? (fields ?? []) : []) {
    if (!used.has(f.field.id)) problems.push(problemAt(f.at, [], msg('rules.emptyField', { id: f.field.id, name: f.field.name }), msg('rules.emptyRow'), 'warning'));
  }
  return problems;
}

/**
 * Projects in chart order: by their field's place in the chart, and within a field in the
 * order the files list them (files sorted by path). A project whose field is unknown comes last.
 * The model numbers projects the same way (NO = place in this order).
 */
function inChartOrder(all: Dataset['projects'], fields: readonly ChartField[]): LocatedProject[] {
  const index = new Map(fields.toReversed().map((f) => [f.field.id, f.index]));
  return all.map((p, i) => ({ p, i, at: index.get(p.value.field) ?? Infinity })).sort((a, b) => a.at - b.at || a.i - b.i).map((x) => x.p);
}

/** NO of every project, known only when every project and field was read and the project's field exists. */
function projectNumbers(all: Dataset['projects'], fields: readonly ChartField[]): Map<LocatedProject, number> {
  const known = new Set(fields.map((f) => f.field.id));
  return new Map(inChartOrder(all, fields).filter((p) => known.has(p.value.field)).map((p, i) => [p, i + 1]));
}

function describeProject(p: LocatedProject, numbers: ReadonlyMap<LocatedProject, number>): Message {
  const no = numbers.get(p);
  return no === undefined ? msg('rules.projectById', { id: p.value.id }) : msg('rules.projectByNo', { no, id: p.value.id });
}

function checkMarks(policies: Dataset['policies'], p: LocatedProject, who: Message): Problem[] {
  const numbers = policies.value.priorities.map((q) => q.number);
  const choices = msg('rules.markChoices', { numbers: numbers.map(String) });
  const { marks } = p.value;
  if (marks.length === 0) return [problemAt(p.at, ['marks'], msg('rules.noMark', { project: who }), choices)];
  const problems: Problem[] = [];
  marks.forEach((mark, i) => {
    if (marks.indexOf(mark) !== i && !numbers.includes(mark)) return; // reported at its first use
    if (!numbers.includes(mark)) problems.push(problemAt(p.at, ['marks', i], msg('rules.unknownMark', { project: who, mark }), choices));
    else if (marks.indexOf(mark) !== i) problems.push(problemAt(p.at, ['marks', i], msg('rules.markTwice', { project: who, mark })));
  });
  return problems;
}

function checkParticipants(slugs: ReadonlySet<string>, p: LocatedProject, who: Message): Problem[] {
  const { participants, details } = p.value;
  const problems: Problem[] = [];
  const hint = (s: string) => choicesHint(msg('rules.municipalities'), [...slugs], s);
  if (participants !== 'all') {
    if (participants.length === 0) problems.push(problemAt(p.at, ['participants'], msg('rules.noParticipant', { project: who }), msg('rules.allOrMember')));
    const seen = new Set<string>();
    participants.forEach((s, i) => {
      if (!slugs.has(s)) {
        // An unknown name is reported at its first use only.
        if (!seen.has(s)) problems.push(problemAt(p.at, ['participants', i], msg('rules.unknownMember', { slug: s }), hint(s)));
      } else if (seen.has(s)) problems.push(problemAt(p.at, ['participants', i], msg('rules.memberListedTwice', { slug: s })));
      seen.add(s);
    });
  }
  const listed = participants === 'all' ? undefined : new Set(participants);
  for (const s of Object.keys(details?.roles ?? {})) {
    if (!slugs.has(s)) problems.push(problemAt(p.at, ['details', 'roles', s], msg('rules.roleForUnknown', { slug: s }), hint(s)));
    else if (listed && !listed.has(s)) problems.push(problemAt(p.at, ['details', 'roles', s], msg('rules.roleForNonParticipant', { slug: s, project: who }), msg('rules.addParticipantOrRemoveRole', { slug: s })));
  }
  return problems;
}

/** One summary warning, not one per project: unconfirmed participation is the expected state until transcription. */
function participationWarnings(projects: Dataset['projects'], fields: readonly ChartField[], numbers: ReadonlyMap<LocatedProject, number>): Problem[] {
  const unconfirmed = inChartOrder(projects, fields).filter((p) => p.provenance.participants === 'unconfirmed');
  const first = unconfirmed[0];
  if (!first) return [];
  const nos = unconfirmed.map((p) => numbers.get(p));
  // Without every NO (some data unreadable) the ids stand in; a few of them are enough to say which.
  const ids = unconfirmed.map((p) => p.value.id);
  const which = nos.every((n) => n !== undefined) ? msg('rules.projectNumbers', { ranges: numberRanges(nos) }) : ids.length <= 5 ? ids : msg('rules.someIds', { ids: ids.slice(0, 5), more: ids.length - 5 });
  return [
    problemAt(
      first.at,
      ['participants'],
      msg('rules.unconfirmed', { count: unconfirmed.length, total: projects.length, which }),
      msg('rules.transcribeParticipants'),
      'warning',
    ),
  ];
}

/** 1,2,3,5 → ["1–3", "5"]: runs of numbers, for a message to list in its language's way. */
function numberRanges(numbers: readonly number[]): string[] {
  const parts: string[] = [];
  let start: number | undefined;
  numbers.forEach((n, i) => {
    start ??= n;
    if (numbers[i + 1] !== n + 1) {
      parts.push(start === n ? String(n) : `${start}–${n}`);
      start = undefined;
    }
  });
  return parts;
}


