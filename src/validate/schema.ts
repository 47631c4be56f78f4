import { z } from 'zod';

/**
 * The shape of every data file. A file holds one or more of the top-level sections below;
 * together the files must hold each singleton once. Unknown keys are errors everywhere, so a
 * misspelt field never passes silently.
 */

const text = z.string().min(1, { error: 'must not be empty' });

/** A name printed in a table cell: long enough for any the plan has, short enough to fit a row on a page. */
const name = (max: number) => text.max(max, { error: (issue) => `expected at most ${max} characters, found ${String(issue.input).length}` });

/** The form only; whether the day exists is a rule, so one bad day does not hide the rest of its section. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written YYYY-MM-DD' });

export const provenanceStatus = z.enum(['certain', 'reconstructed', 'public-fact', 'unconfirmed']);

const status = provenanceStatus.optional();
const note = z.string().min(1).optional();

export const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'expected an ASCII slug: lower-case letters, digits and hyphens, starting with a letter' });

export const visionSchema = z.strictObject({
  title: text,
  edition: z.int().positive(),
  issuer: text,
  documentLabel: text,
  chartTitle: text,
  heading: text,
  lead: text,
  period: z.strictObject({ start: isoDate, end: isoDate }),
  adopted: isoDate,
  revisions: z.array(z.strictObject({ date: isoDate, label: text })),
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
  code: z.string().regex(/^\d{6}$/, { error: 'expected a six-digit code in quotes, e.g. "011002"' }),
  name: text,
  kind: z.enum(['市', '町', '村']),
  role: z.enum(['連携中枢都市', '連携市町村']),
  bureau: text,
  slug,
  /** Overrides the region's agreement date for a member that signed on another day. */
  agreementSigned: isoDate.optional(),
});

export const regionSchema = z.strictObject({
  name: text,
  declared: isoDate,
  agreementsSigned: isoDate,
  provenance: z.strictObject({ declared: status, agreementsSigned: status, note }),
  municipalities: z.array(municipalitySchema).min(1),
  membersProvenance: z.strictObject({ name: status, code: status, kind: status, role: status, bureau: status, note }),
});

const policyNumber = z.int().min(1).max(20, { error: 'policy numbers run from 1 to 20 (the marks ① to ⑳)' });

export const policiesSchema = z.strictObject({
  groups: z.array(z.strictObject({ id: slug, name: text })).min(1),
  priorities: z
    .array(
      z.strictObject({
        number: policyNumber,
        text,
        group: slug,
        provenance: z.strictObject({ text: status, number: status, group: status, note }),
      }),
    )
    .min(1),
  common: z.strictObject({ label: text, text, provenance: z.strictObject({ text: status, note }) }),
});

const fieldId = z.string().regex(/^[0-9a-z][0-9a-z-]*$/, { error: 'expected a field id of digits, lower-case letters and hyphens, e.g. 3-1a' });

export const fieldSchema = z.strictObject({
  id: fieldId,
  letter: z.string().regex(/^[a-z]$/, { error: 'expected one lower-case letter' }),
  name: name(60),
});

export const sectionSchema = z.strictObject({
  number: z.int().min(1).max(20),
  name: name(60),
  fields: z.array(fieldSchema).min(1),
});

export const pillarSchema = z
  .strictObject({
    number: z.int().positive(),
    name: name(60),
    fields: z.array(fieldSchema).min(1).optional(),
    sections: z.array(sectionSchema).min(1).optional(),
  })
  .refine((pillar) => (pillar.fields === undefined) !== (pillar.sections === undefined), {
    error: 'a pillar has either `fields` (no sections) or `sections`, not both and not neither',
  });

const projectProvenanceSchema = z.strictObject({
  no: status,
  name: status,
  page: status,
  marks: status,
  field: status,
  participants: status,
  note,
});

export const projectSchema = z.strictObject({
  no: z.int().positive(),
  name: name(100),
  field: fieldId,
  page: z.int().positive(),
  marks: z.array(z.int()),
  participants: z.union([z.literal('all'), z.array(slug)], {
    error: 'expected `all` or a list of municipality slugs, e.g. [sapporo, otaru]',
  }),
  details: z
    .strictObject({
      summary: text.optional(),
      kpi: z.array(z.strictObject({ indicator: text, baseline: text.optional(), target: text.optional() })).optional(),
      /** Each participating municipality's part (役割分担), by slug. */
      roles: z.record(slug, text).optional(),
    })
    .optional(),
  provenance: projectProvenanceSchema.optional(),
});

export const dataFileSchema = z.strictObject({
  vision: visionSchema.optional(),
  region: regionSchema.optional(),
  policies: policiesSchema.optional(),
  pillars: z.array(pillarSchema).optional(),
  /** Default provenance for the projects of the same file; a project's own entries win. */
  projectProvenance: projectProvenanceSchema.optional(),
  projects: z.array(projectSchema).optional(),
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
