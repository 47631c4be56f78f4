import type { Model, Project } from '../model/index.js';
import type { Words } from '../render/types.js';
import { municipalitySchema } from '../validate/schema.js';
import { MARK } from '../render/xlsx/cells.js';
import { VISION_ITEMS, type Column, type InputSheets, type InputValue, type Row, type Table } from './layout.js';

/**
 * The plan as the input workbook shows it. Export writes these tables; import compares what it
 * reads with them, cell by cell, so a cell left as exported never becomes an edit.
 */
export function inputSheets(model: Model, words: Words): InputSheets {
  const participation = { all: words('participationAll'), listed: words('participationListed'), unconfirmed: words('participationUnconfirmed') };
  const fieldIds = new Map<string, string>();
  for (const pillar of model.pillars) {
    for (const section of pillar.sections) {
      for (const field of section.fields) fieldIds.set(fieldChoice(words, pillar, section, field), field.id);
    }
  }
  const fieldLabel = new Map([...fieldIds].map(([label, id]) => [id, label]));
  const members = model.region.municipalities;
  return {
    tables: {
      projects: projectsTable(model, words, [...fieldIds.keys()], (p) => fieldLabel.get(p.field.id)!, participation),
      participants: participantsTable(model, words),
      roles: rolesTable(model, words),
      members: membersTable(model, words),
      vision: visionTable(model, words),
      revisions: revisionsTable(model, words),
    },
    fieldIds,
    memberSlugs: new Map(members.map((m) => [m.name, m.slug])),
    participation,
  };
}

type Choices = InputSheets['participation'];

function fieldChoice(words: Words, pillar: Model['pillars'][number], section: Model['pillars'][number]['sections'][number], field: { letter: string; name: string }): string {
  return words('fieldChoice', { pillar, section, field });
}

/** 参加: 未確認 while the data marks participation unconfirmed, else whether it names the members. */
function participationChoice(project: Project, choices: Choices): string {
  if (!project.participation.confirmed) return choices.unconfirmed;
  return project.participation.mode === 'all' ? choices.all : choices.listed;
}

function projectsTable(model: Model, words: Words, fields: readonly string[], fieldOf: (p: Project) => string, choices: Choices): Table {
  const { priorities } = model.policies;
  const columns: Column[] = [
    { key: 'id', heading: words('columnId'), kind: 'id' },
    { key: 'no', heading: words('columnNo'), kind: 'derived' },
    { key: 'field', heading: words('columnField'), kind: 'choice', choices: fields },
    { key: 'name', heading: words('columnProject'), kind: 'text' },
    { key: 'page', heading: words('columnPage'), kind: 'integer' },
    ...priorities.map((priority): Column => ({ key: `mark:${priority.number}`, heading: words('columnMark', { priority }), kind: 'mark' })),
    { key: 'participation', heading: words('columnParticipation'), kind: 'choice', choices: [choices.all, choices.listed, choices.unconfirmed] },
  ];
  const rows = model.projects.map((p): Row => ({
    key: p.id,
    values: [p.id, p.no, fieldOf(p), p.name, p.page, ...priorities.map((priority) => mark(p.marks.includes(priority.number))), participationChoice(p, choices)],
  }));
  return { columns, rows };
}

function participantsTable(model: Model, words: Words): Table {
  const members = model.region.municipalities;
  const columns: Column[] = [
    { key: 'id', heading: words('columnId'), kind: 'id' },
    { key: 'no', heading: words('columnNo'), kind: 'derived' },
    { key: 'name', heading: words('columnProject'), kind: 'reference' },
    ...members.map((m): Column => ({ key: `member:${m.slug}`, heading: m.name, kind: 'mark' })),
  ];
  const rows = model.projects.map((p): Row => {
    const taking = new Set(p.participation.municipalities.map((m) => m.slug));
    return { key: p.id, values: [p.id, p.no, p.name, ...members.map((m) => mark(taking.has(m.slug)))] };
  });
  return { columns, rows };
}

/**
 * One row per member taking part in a project, its role blank where none is written, so a
 * member fills in its own; a role written for a member that does not take part is shown too,
 * so nothing in the data is out of sight.
 */
function rolesTable(model: Model, words: Words): Table {
  const members = model.region.municipalities;
  const columns: Column[] = [
    { key: 'id', heading: words('columnId'), kind: 'id' },
    { key: 'name', heading: words('columnProject'), kind: 'reference' },
    { key: 'member', heading: words('columnMember'), kind: 'choice', choices: members.map((m) => m.name) },
    { key: 'role', heading: words('columnRole'), kind: 'lines' },
  ];
  const rows: Row[] = [];
  for (const p of model.projects) {
    const taking = new Set(p.participation.municipalities.map((m) => m.slug));
    for (const m of members) {
      const role = p.details.roles.get(m.slug);
      if (taking.has(m.slug) || role !== undefined) rows.push({ key: roleKey(p.id, m.slug), values: [p.id, p.name, m.name, role ?? null] });
    }
  }
  return { columns, rows };
}

/** A 役割分担 row's identity: the project and the member. */
export function roleKey(projectId: string, slug: string): string {
  return `${projectId}\u0000${slug}`;
}

function membersTable(model: Model, words: Words): Table {
  const columns: Column[] = [
    { key: 'slug', heading: words('columnSlug'), kind: 'id' },
    { key: 'code', heading: words('columnCode'), kind: 'code' },
    { key: 'name', heading: words('columnName'), kind: 'text' },
    { key: 'kind', heading: words('columnKind'), kind: 'choice', choices: municipalitySchema.shape.kind.options },
    { key: 'role', heading: words('columnMemberRole'), kind: 'choice', choices: municipalitySchema.shape.role.options },
    { key: 'bureau', heading: words('columnBureau'), kind: 'text' },
    { key: 'agreementSigned', heading: words('columnAgreement'), kind: 'date' },
  ];
  const rows = model.region.municipalities.map((m): Row => ({ key: m.slug, values: [m.slug, m.code, m.name, m.kind, m.role, m.bureau, { date: m.agreementSigned }] }));
  return { columns, rows };
}

function visionTable(model: Model, words: Words): Table {
  const { vision, region } = model;
  const values: Record<(typeof VISION_ITEMS)[number]['key'], InputValue> = {
    'vision.title': vision.title,
    'vision.edition': vision.edition,
    'vision.issuer': vision.issuer,
    'vision.documentLabel': vision.documentLabel,
    'vision.chartTitle': vision.chartTitle,
    'vision.heading': vision.heading,
    'vision.lead': vision.lead,
    'vision.period.start': { date: vision.period.start },
    'vision.period.end': { date: vision.period.end },
    'vision.adopted': { date: vision.adopted },
    'region.name': region.name,
    'region.declared': { date: region.declared },
    'region.agreementsSigned': { date: region.agreementsSigned },
  };
  return {
    columns: [
      { key: 'item', heading: words('columnItem'), kind: 'derived' },
      { key: 'value', heading: words('columnValue'), kind: 'item' },
    ],
    rows: VISION_ITEMS.map((item) => ({ key: item.key, kind: item.kind, values: [words(item.label), values[item.key]] })),
  };
}

function revisionsTable(model: Model, words: Words): Table {
  return {
    columns: [
      { key: 'date', heading: words('columnRevisionDate'), kind: 'date' },
      { key: 'label', heading: words('columnRevisionLabel'), kind: 'text' },
      { key: 'summary', heading: words('columnRevisionSummary'), kind: 'lines' },
    ],
    rows: model.vision.revisions.map((r, i): Row => ({ key: String(i), values: [{ date: r.date }, r.label, r.summary ?? null] })),
  };
}

function mark(on: boolean): InputValue {
  return on ? MARK : null;
}
