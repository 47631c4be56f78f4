import { z } from 'zod';
import { LIMITS } from '../limits.js';
import type { MessageKey } from '../messages/index.js';

/**
 * The shape of every data file. A file holds one or more of the top-level sections below;
 * together the files must hold each singleton once. Unknown keys are errors everywhere, so a
 * misspelt field never passes silently.
 */

/**
 * A check's words: the catalogue key zod keeps as the issue's message, which shape.ts puts in
 * words with the issue's values (the input, a limit, a length), so the schema holds no wording.
 */
const says = (key: MessageKey) => ({ error: key });

const nonEmpty = z.string().min(1, says('shape.empty'));

/**
 * Text that is printed or kept: every kind has a length limit (src/limits.ts), so no text can
 * make a row taller than a page or a layout slow.
 */
const text = (max: number, lines = 1) =>
  nonEmpty.max(max, says('shape.tooLong')).superRefine((value, ctx) => {
    // A line break makes a row as tall as a line of text, so lines are limited as well as characters.
    const count = lineCount(value);
    if (count > lines) ctx.addIssue({ code: 'custom', input: value, message: lines === 1 ? 'shape.oneLine' : 'shape.tooManyLines', params: { max: lines, count } });
  });

function lineCount(value: string): number {
  return value.split(/\r\n|[\r\n\u2028\u2029]/).length;
}

const T = LIMITS.text;
const L = LIMITS.lines;

/**
 * A list with a limit on its length, checked (after the file's own item limit) before the rules
 * run; its message names what the list holds (`shape.items.*`).
 */
const list = <Item extends z.ZodType>(item: Item, max: number, items: MessageKey) => z.array(item).max(max, says(items));

/** The form only; whether the day exists is a rule, so one bad day does not hide the rest of its section. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, says('shape.isoDate'));

export const provenanceStatus = z.enum(['certain', 'reconstructed', 'public-fact', 'unconfirmed']);

const status = provenanceStatus.optional();
const note = text(T.note, L.note).optional();

export const slug = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, says('shape.slug'))
  .max(T.slug, says('shape.slugTooLong'));

/**
 * A revision's kind, printed in the 改定履歴: blank (spaces only, which `text` lets through)
 * would print a line that says nothing, so it is refused with a message that says what to write.
 */
const revisionLabel = z
  .string()
  .refine((value) => value.trim() !== '', { ...says('shape.revisionLabel'), abort: true })
  .pipe(text(T.revisionLabel));

export const visionSchema = z.strictObject({
  title: text(T.visionTitle),
  edition: z.int().positive().max(99),
  issuer: text(T.issuer),
  documentLabel: text(T.documentLabel),
  chartTitle: text(T.chartTitle),
  heading: text(T.heading),
  lead: text(T.lead, L.lead),
  period: z.strictObject({ start: isoDate, end: isoDate }),
  adopted: isoDate,
  /** Each 一部変更 of this vision, oldest first; the latest names the edition every output prints. */
  revisions: list(z.strictObject({ date: isoDate, label: revisionLabel, summary: text(T.revisionSummary, L.revisionSummary).optional() }), LIMITS.revisions, 'shape.items.revisions'),
  provenance: z.strictObject({
    title: status,
    issuer: status,
    documentLabel: status,
    chartTitle: status,
    heading: status,
    lead: status,
    period: status,
    adopted: status,
    revisions: status,
    note,
  }),
});

export const municipalitySchema = z.strictObject({
  code: z.string().regex(/^\d{6}$/, says('shape.municipalityCode')),
  name: text(T.municipalityName),
  kind: z.enum(['市', '町', '村']),
  role: z.enum(['連携中枢都市', '連携市町村']),
  bureau: text(T.bureau),
  slug,
  /** Overrides the region's agreement date for a member that signed on another day. */
  agreementSigned: isoDate.optional(),
});

export const regionSchema = z.strictObject({
  name: text(T.regionName),
  declared: isoDate,
  agreementsSigned: isoDate,
  provenance: z.strictObject({ declared: status, agreementsSigned: status, note }),
  municipalities: list(municipalitySchema, LIMITS.municipalities, 'shape.items.municipalities').min(1),
  membersProvenance: z.strictObject({ name: status, code: status, kind: status, role: status, bureau: status, note }),
});

const policyNumber = z.int().min(1).max(LIMITS.priorities, says('shape.policyNumber'));

export const policiesSchema = z.strictObject({
  groups: list(z.strictObject({ id: slug, name: text(T.groupName) }), LIMITS.groups, 'shape.items.groups').min(1),
  priorities: list(
    z.strictObject({
      number: policyNumber,
      text: text(T.policyText),
      group: slug,
      provenance: z.strictObject({ text: status, number: status, group: status, note }),
    }),
    LIMITS.priorities,
    'shape.items.priorities',
  ).min(1),
  common: z.strictObject({ label: text(T.commonLabel), text: text(T.commonText), provenance: z.strictObject({ text: status, note }) }),
});

const fieldId = z
  .string()
  .regex(/^[0-9a-z][0-9a-z-]*$/, says('shape.fieldId'))
  .max(T.id, says('shape.idTooLong'));

export const fieldSchema = z.strictObject({
  id: fieldId,
  letter: z.string().regex(/^[a-z]$/, says('shape.letter')),
  name: text(T.structureName),
});

const fields = list(fieldSchema, LIMITS.fields, 'shape.items.fields').min(1);

export const sectionSchema = z.strictObject({
  number: z.int().min(1).max(LIMITS.sections),
  name: text(T.structureName),
  fields,
});

export const pillarSchema = z
  .strictObject({
    number: z.int().positive().max(LIMITS.pillars),
    name: text(T.structureName),
    fields: fields.optional(),
    sections: list(sectionSchema, LIMITS.sections, 'shape.items.sections').min(1).optional(),
  })
  .refine((pillar) => (pillar.fields === undefined) !== (pillar.sections === undefined), says('shape.pillarParts'));

const projectProvenanceSchema = z.strictObject({
  no: status,
  name: status,
  page: status,
  marks: status,
  field: status,
  participants: status,
  note,
});

/** A project's identity across revisions: never changes and is never given to another project. */
export const projectId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, says('shape.projectId'))
  .max(T.id, says('shape.idTooLong'));

/** No `no`: a project's NO is its place in chart order (pillar → section → field → order in the files). */
export const projectSchema = z.strictObject({
  id: projectId,
  name: text(T.projectName),
  field: fieldId,
  page: z.int().positive().max(LIMITS.page),
  marks: list(z.int(), LIMITS.priorities, 'shape.items.marks'),
  participants: z.union([z.literal('all'), list(slug, LIMITS.municipalities, 'shape.items.participants')], says('shape.participants')),
  details: z
    .strictObject({
      summary: text(T.summary, L.summary).optional(),
      kpi: list(z.strictObject({ indicator: text(T.kpi), baseline: text(T.kpi).optional(), target: text(T.kpi).optional() }), LIMITS.kpis, 'shape.items.indicators').optional(),
      /** Each participating municipality's part (役割分担), by slug. */
      roles: z.record(slug, text(T.role, L.role)).optional(),
    })
    .optional(),
  provenance: projectProvenanceSchema.optional(),
});

export const dataFileSchema = z.strictObject({
  vision: visionSchema.optional(),
  region: regionSchema.optional(),
  policies: policiesSchema.optional(),
  pillars: list(pillarSchema, LIMITS.pillars, 'shape.items.pillars').optional(),
  /** Default provenance for the projects of the same file; a project's own entries win. */
  projectProvenance: projectProvenanceSchema.optional(),
  projects: list(projectSchema, LIMITS.projects, 'shape.items.projects').optional(),
});

export type ProvenanceStatus = z.infer<typeof provenanceStatus>;
export type VisionData = z.infer<typeof visionSchema>;
export type RegionData = z.infer<typeof regionSchema>;
export type MunicipalityData = z.infer<typeof municipalitySchema>;
export type PoliciesData = z.infer<typeof policiesSchema>;
export type PillarData = z.infer<typeof pillarSchema>;
export type SectionData = z.infer<typeof sectionSchema>;
export type FieldData = z.infer<typeof fieldSchema>;
export type ProjectData = z.infer<typeof projectSchema>;
export type ProjectProvenanceData = z.infer<typeof projectProvenanceSchema>;
export type DataFile = z.infer<typeof dataFileSchema>;
