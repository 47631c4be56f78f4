import { calendarDate, compareDates, type CalendarDate } from '../calendar-date.js';
import type { Dataset } from '../validate/dataset.js';
import type { FieldData, ProjectData, ProvenanceStatus } from '../validate/schema.js';
import { circledNumber, fullWidthNumber, parenthesizedNumber } from './notation.js';
import type { Field, Model, Municipality, Pillar, PillarRef, Project, Provenance, Section, SectionRef } from './types.js';

/** Resolves a dataset that passed validation into the read-only model. */
export function buildModel(data: Dataset): Model {
  const { vision: v, region: r, policies: p } = data;
  const municipalities: Municipality[] = r.value.municipalities.map((m) => ({
    code: m.code,
    name: m.name,
    kind: m.kind,
    role: m.role,
    bureau: m.bureau,
    slug: m.slug,
    agreementSigned: calendarDate(m.agreementSigned ?? r.value.agreementsSigned),
  }));
  const revisions = v.value.revisions.map((rev) => ({ date: calendarDate(rev.date), label: rev.label, ...(rev.summary === undefined ? {} : { summary: rev.summary }) }));
  const adopted = calendarDate(v.value.adopted);
  // NO is the place in chart order; within a field, the order the (sorted) files list them.
  let no = 0;

  const pillars: Pillar[] = [...data.pillars]
    .map((x) => x.value)
    .sort((a, b) => a.number - b.number)
    .map((pillar) => {
      const ref: PillarRef = { number: pillar.number, label: fullWidthNumber(pillar.number), name: pillar.name };
      const sectionData = pillar.sections ?? [{ number: null, name: null, fields: pillar.fields ?? [] }];
      const sections: Section[] = sectionData.map((s) => {
        const sectionRef: SectionRef = { number: s.number, label: s.number === null ? null : parenthesizedNumber(s.number), name: s.name };
        const fields: Field[] = s.fields.map((f) => ({
          ...fieldRef(f),
          projects: data.projects.filter((x) => x.value.field === f.id).map((x) => project(++no, x.value, x.provenance, ref, sectionRef, f)),
        }));
        return { ...sectionRef, fields, projectCount: count(fields) };
      });
      return { ...ref, sections, projectCount: sections.reduce((n, s) => n + s.projectCount, 0) };
    });

  function project(no: number, x: ProjectData, raw: RawProvenance, pillar: PillarRef, section: SectionRef, field: FieldData): Project {
    const provenance = resolveProvenance(raw);
    const listed = x.participants === 'all' ? municipalities : municipalities.filter((m) => x.participants.includes(m.slug));
    return {
      id: x.id,
      no,
      name: x.name,
      page: x.page,
      marks: [...x.marks].sort((a, b) => a - b),
      pillar,
      section,
      field: fieldRef(field),
      participation: {
        mode: x.participants === 'all' ? 'all' : 'listed',
        municipalities: listed,
        confirmed: provenance.status['participants'] !== 'unconfirmed',
      },
      details: { ...(x.details?.summary ? { summary: x.details.summary } : {}), kpi: x.details?.kpi ?? [], roles: new Map(Object.entries(x.details?.roles ?? {})) },
      provenance,
    };
  }

  const model: Model = {
    vision: {
      title: v.value.title,
      edition: v.value.edition,
      issuer: v.value.issuer,
      documentLabel: v.value.documentLabel,
      chartTitle: v.value.chartTitle,
      heading: v.value.heading,
      lead: v.value.lead,
      period: { start: calendarDate(v.value.period.start), end: calendarDate(v.value.period.end) },
      adopted,
      revisions,
      // Validation has them ascending, so the last is the latest.
      latestRevision: revisions.at(-1) ?? null,
      asOf: revisions.reduce((latest, rev) => (compareDates(rev.date, latest) > 0 ? rev.date : latest), adopted),
      provenance: resolveProvenance(v.value.provenance),
    },
    region: {
      name: r.value.name,
      declared: calendarDate(r.value.declared),
      agreementsSigned: calendarDate(r.value.agreementsSigned),
      municipalities,
      provenance: resolveProvenance(r.value.provenance),
      membersProvenance: resolveProvenance(r.value.membersProvenance),
    },
    policies: {
      groups: p.value.groups.map((g) => ({ id: g.id, name: g.name, priorityNumbers: p.value.priorities.filter((q) => q.group === g.id).map((q) => q.number) })),
      priorities: p.value.priorities.map((q) => ({ number: q.number, mark: circledNumber(q.number), text: q.text, groupId: q.group, provenance: resolveProvenance(q.provenance) })),
      common: { label: p.value.common.label, text: p.value.common.text, provenance: resolveProvenance(p.value.common.provenance) },
    },
    pillars,
    projects: pillars.flatMap((pl) => pl.sections.flatMap((s) => s.fields.flatMap((f) => f.projects))),
  };
  return deepFreeze(model);
}

type RawProvenance = Readonly<Record<string, string | undefined>>;

function resolveProvenance(raw: RawProvenance): Provenance {
  const { note, ...rest } = raw;
  const status = Object.fromEntries(Object.entries(rest).filter((e): e is [string, ProvenanceStatus] => e[1] !== undefined));
  return note === undefined ? { status } : { status, note };
}

function fieldRef(f: FieldData) {
  return { id: f.id, letter: f.letter, name: f.name };
}

function count(fields: readonly Field[]): number {
  return fields.reduce((n, f) => n + f.projects.length, 0);
}


function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
