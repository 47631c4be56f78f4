import type { CalendarDate } from '../calendar-date.js';
import type { MunicipalityData, ProjectData, ProvenanceStatus } from '../validate/schema.js';

/**
 * The resolved plan: plain, read-only data that every renderer takes and nothing else.
 * Children are nested (pillar → section → field → project); back-references are small
 * summaries rather than the parents themselves, so the graph has no cycles.
 */
export interface Model {
  readonly vision: Vision;
  readonly region: Region;
  readonly policies: Policies;
  readonly pillars: readonly Pillar[];
  /** Every project, by NO (chart order). */
  readonly projects: readonly Project[];
}

/** What is certain, reconstructed, a public fact or unconfirmed, attribute by attribute, as the data says. */
export interface Provenance {
  readonly status: Readonly<Record<string, ProvenanceStatus>>;
  readonly note?: string;
}

export interface Vision {
  readonly title: string;
  readonly edition: number;
  readonly issuer: string;
  readonly documentLabel: string;
  readonly chartTitle: string;
  readonly heading: string;
  readonly lead: string;
  readonly period: { readonly start: CalendarDate; readonly end: CalendarDate };
  readonly adopted: CalendarDate;
  /** Oldest first. */
  readonly revisions: readonly Revision[];
  /** The last of `revisions`, which names the edition every title line prints; null before the first. */
  readonly latestRevision: Revision | null;
  /** The date the data speaks for: the latest revision, else the adoption. Stamps every output. */
  readonly asOf: CalendarDate;
  readonly provenance: Provenance;
}

export interface Revision {
  readonly date: CalendarDate;
  /** 一部変更, say. */
  readonly label: string;
  readonly summary?: string;
}

export interface Region {
  readonly name: string;
  readonly declared: CalendarDate;
  readonly agreementsSigned: CalendarDate;
  /** In official (code) order, as written. */
  readonly municipalities: readonly Municipality[];
  readonly provenance: Provenance;
  readonly membersProvenance: Provenance;
}

export interface Municipality {
  readonly code: string;
  readonly name: string;
  readonly kind: MunicipalityData['kind'];
  readonly role: MunicipalityData['role'];
  readonly bureau: string;
  readonly slug: string;
  readonly agreementSigned: CalendarDate;
}

export interface Policies {
  readonly groups: readonly PolicyGroup[];
  /** ①, ②, … in column order. */
  readonly priorities: readonly Priority[];
  readonly common: { readonly label: string; readonly text: string; readonly provenance: Provenance };
}

export interface PolicyGroup {
  readonly id: string;
  readonly name: string;
  /** Numbers of its priorities, adjacent columns in the chart. */
  readonly priorityNumbers: readonly number[];
}

export interface Priority {
  readonly number: number;
  /** ① for 1, and so on. */
  readonly mark: string;
  readonly text: string;
  readonly groupId: string;
  readonly provenance: Provenance;
}

export interface PillarRef {
  readonly number: number;
  /** Full-width numeral as printed: １ */
  readonly label: string;
  readonly name: string;
}

export interface SectionRef {
  /** null for a pillar printed without sections. */
  readonly number: number | null;
  /** ⑴ for 1, and so on; null without sections. */
  readonly label: string | null;
  readonly name: string | null;
}

export interface FieldRef {
  readonly id: string;
  readonly letter: string;
  readonly name: string;
}

export interface Pillar extends PillarRef {
  readonly sections: readonly Section[];
  readonly projectCount: number;
}

export interface Section extends SectionRef {
  readonly fields: readonly Field[];
  readonly projectCount: number;
}

export interface Field extends FieldRef {
  /** By NO. */
  readonly projects: readonly Project[];
}

export interface Participation {
  /** `all`: the data says every member takes part; `listed`: the data names them. */
  readonly mode: 'all' | 'listed';
  /** Resolved members, in official order. */
  readonly municipalities: readonly Municipality[];
  /** False while the data marks participation as unconfirmed. */
  readonly confirmed: boolean;
}

export interface Project {
  /** Stable across revisions. */
  readonly id: string;
  /** Place in chart order, from 1: derived, never written in the data. */
  readonly no: number;
  readonly name: string;
  readonly page: number;
  /** Priority numbers, ascending. */
  readonly marks: readonly number[];
  readonly pillar: PillarRef;
  readonly section: SectionRef;
  readonly field: FieldRef;
  readonly participation: Participation;
  readonly details: {
    readonly summary?: string;
    readonly kpi: NonNullable<NonNullable<ProjectData['details']>['kpi']>;
    /** Role text by municipality slug (a Map: a slug such as `constructor` is only a name). */
    readonly roles: ReadonlyMap<string, string>;
  };
  readonly provenance: Provenance;
}
