import type { CalendarDate } from '../calendar-date.js';
import type { Project } from '../model/index.js';

/**
 * What changed between two versions of the plan, as data: no wording, no layout. The
 * 新旧対照表, the handouts' 「前回からの変更」, the console summary and `--json` are all made
 * from this one list.
 */
export interface Comparison {
  readonly base: Edition;
  readonly current: Edition;
  /** Projects that changed in anything but a NO moved by others, in current chart order; a removed one at its old place. */
  readonly projects: readonly ProjectChange[];
  /** Runs of kept projects whose NO moved by the same amount, in old NO order. */
  readonly renumberings: readonly Renumbering[];
  /** Every other printed thing that changed: the vision's texts, the structure, the policies, the members, the roles. */
  readonly items: readonly ItemChange[];
  /**
   * The revision record (vision.revisions) differs: the edition in every title and the 改定履歴.
   * It is the record of the change, not a change for the 新旧対照表, so it has no row there.
   */
  readonly revisionRecordChanged: boolean;
}

export interface Edition {
  readonly title: string;
  /** The date the data speaks for (latest revision, else adoption). */
  readonly asOf: CalendarDate;
}

export type ProjectAspect = 'added' | 'removed' | 'renamed' | 'renumbered' | 'field' | 'marks' | 'page' | 'participants';

export interface ProjectChange {
  readonly id: string;
  /** Absent for a new project. */
  readonly before?: Project;
  /** Absent for a removed project. */
  readonly after?: Project;
  /** What changed, in this order; `renumbered` only with some other aspect. */
  readonly aspects: readonly ProjectAspect[];
  /** True when the project only gained (marks, participants) and lost or replaced nothing: 追加 rather than 変更. */
  readonly additionsOnly: boolean;
}

export interface Renumbering {
  readonly from: { readonly first: number; readonly last: number };
  readonly to: { readonly first: number; readonly last: number };
}

/** A printed thing other than a project row, named so a renderer can label it in its own words. */
export type Subject =
  | { readonly kind: 'vision'; readonly key: VisionKey }
  | { readonly kind: 'pillar'; readonly pillar: number }
  | { readonly kind: 'section'; readonly pillar: number; readonly section: number }
  | { readonly kind: 'field'; readonly id: string }
  | { readonly kind: 'group'; readonly id: string }
  | { readonly kind: 'priority'; readonly number: number }
  | { readonly kind: 'common' }
  /** `name`: the member's name on the current side, or the base's for a removed member. */
  | { readonly kind: 'member'; readonly code: string; readonly name: string; readonly key: MemberKey }
  /** A member's role text (役割分担) in a project both sides have; `no`, `name` and `member` as the current side prints them. */
  | { readonly kind: 'role'; readonly projectId: string; readonly no: number; readonly name: string; readonly slug: string; readonly member: string };

export type VisionKey = 'title' | 'issuer' | 'documentLabel' | 'chartTitle' | 'heading' | 'lead' | 'period' | 'adopted';
/** `entry`: the member as a whole (added or removed). */
export type MemberKey = 'entry' | 'name' | 'code' | 'kind' | 'role' | 'bureau' | 'agreementSigned';

export interface ItemChange {
  readonly subject: Subject;
  /**
   * The value on each side; absent where the thing does not exist on that side. Dates are ISO
   * (YYYY-MM-DD); the period is its two dates joined by "/"; a member's `entry` is its name.
   * Pillars, sections and fields are printed as their heading is: label, full-width space, name
   * (「１　経済成長のけん引」, 「⑴　…」, 「a　経済戦略の推進」); the common policy as label, space, text.
   */
  readonly before?: string;
  readonly after?: string;
}
