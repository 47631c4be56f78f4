import type { Comparison, ProjectChange } from '../../compare/index.js';
import type { Municipality, Project } from '../../model/index.js';
import { circledNumber } from '../../model/notation.js';
import { takesPart } from './summary.js';

/** One thing that changed about a project, for one member; `before` and `after` as printed values. */
export interface ChangeDetail {
  readonly kind: 'added' | 'removed' | 'renamed' | 'renumbered' | 'field' | 'marks' | 'page' | 'joined' | 'left' | 'participants' | 'role';
  readonly before?: string;
  readonly after?: string;
}

/** A row of the handout's 「前回からの変更」: a project the member takes part in (now or before), and what changed. */
export interface MemberChange {
  /** The project as printed now; the base's for a removed project. */
  readonly project: Project;
  readonly details: readonly ChangeDetail[];
}

export interface MemberChanges {
  readonly rows: readonly MemberChange[];
  /** Renumbering runs that move at least one of the member's current projects. */
  readonly renumberings: Comparison['renumberings'];
}

/**
 * What changed since the base in the projects this member takes part in on either side, and
 * in its own role texts. Only what the member's handout prints; the plan-wide changes are in
 * the 新旧対照表.
 */
export function memberChanges(comparison: Comparison, municipality: Municipality, current: readonly Project[]): MemberChanges {
  const inIt = (p: Project | undefined) => p !== undefined && takesPart(p, municipality);
  const rows: MemberChange[] = [];
  const listed = new Set<string>();
  for (const change of comparison.projects) {
    if (!inIt(change.before) && !inIt(change.after)) continue;
    listed.add(change.id);
    rows.push({ project: (change.after ?? change.before)!, details: details(change, inIt) });
  }
  const roles = comparison.items.flatMap((item) => (item.subject.kind === 'role' && item.subject.slug === municipality.slug ? [{ id: item.subject.projectId, item }] : []));
  for (const { id, item } of roles) {
    const detail: ChangeDetail = { kind: 'role', ...(item.before === undefined ? {} : { before: item.before }), ...(item.after === undefined ? {} : { after: item.after }) };
    const row = rows.findIndex((r) => r.project.id === id);
    if (row >= 0) rows[row] = { ...rows[row]!, details: [...rows[row]!.details, detail] };
    else {
      const project = current.find((p) => p.id === id);
      if (project) rows.push({ project, details: [detail] });
    }
  }
  // A member new since the base joined every project it takes part in, whatever else changed.
  const joinedPlan = comparison.items.some((i) => i.subject.kind === 'member' && i.subject.key === 'entry' && i.subject.code === municipality.code && i.before === undefined);
  if (joinedPlan) {
    for (const project of current.filter(inIt)) {
      const row = rows.findIndex((r) => r.project.id === project.id);
      if (row < 0) rows.push({ project, details: [{ kind: 'joined' }] });
      else if (!rows[row]!.details.some((d) => d.kind === 'joined' || d.kind === 'added')) rows[row] = { ...rows[row]!, details: [...rows[row]!.details, { kind: 'joined' }] };
    }
  }
  rows.sort((a, b) => a.project.no - b.project.no);
  const mine = current.filter(inIt).map((p) => p.no);
  const renumberings = comparison.renumberings.filter((r) => mine.some((no) => no >= r.to.first && no <= r.to.last));
  return { rows, renumberings };
}

function details(change: ProjectChange, inIt: (p: Project | undefined) => boolean): ChangeDetail[] {
  const { before, after } = change;
  if (!before) return [{ kind: 'added' }];
  if (!after) return [{ kind: 'removed' }];
  const out: ChangeDetail[] = [];
  for (const aspect of change.aspects) {
    if (aspect === 'renamed') out.push({ kind: 'renamed', before: before.name, after: after.name });
    else if (aspect === 'renumbered') out.push({ kind: 'renumbered', before: String(before.no), after: String(after.no) });
    else if (aspect === 'field') out.push({ kind: 'field', before: before.field.name, after: after.field.name });
    else if (aspect === 'marks') out.push({ kind: 'marks', before: before.marks.map(circledNumber).join(''), after: after.marks.map(circledNumber).join('') });
    else if (aspect === 'page') out.push({ kind: 'page', before: String(before.page), after: String(after.page) });
    else if (aspect === 'participants') {
      // For the member itself, joining or leaving is the news; otherwise that the list changed.
      const was = inIt(before);
      const is = inIt(after);
      out.push({ kind: was === is ? 'participants' : is ? 'joined' : 'left' });
    }
  }
  return out;
}
