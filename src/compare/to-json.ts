import type { Project } from '../model/index.js';
import type { Comparison } from './types.js';

/** A project as `--json` prints it: what the plan prints about it, participants by code, roles by slug. */
function projectJson(p: Project) {
  return {
    id: p.id,
    no: p.no,
    name: p.name,
    field: p.field.id,
    marks: p.marks,
    page: p.page,
    participants: { mode: p.participation.mode, confirmed: p.participation.confirmed, codes: p.participation.municipalities.map((m) => m.code) },
    roles: Object.fromEntries(p.details.roles),
  };
}

/** The change list as plain JSON data, for `compare --json`: the same list the documents are made from. */
export function comparisonJson(comparison: Comparison, base: string) {
  return {
    base: { source: base, title: comparison.base.title, asOf: comparison.base.asOf.iso },
    current: { title: comparison.current.title, asOf: comparison.current.asOf.iso },
    projects: comparison.projects.map((c) => ({
      id: c.id,
      aspects: c.aspects,
      additionsOnly: c.additionsOnly,
      ...(c.before ? { before: projectJson(c.before) } : {}),
      ...(c.after ? { after: projectJson(c.after) } : {}),
    })),
    renumberings: comparison.renumberings,
    items: comparison.items,
    revisionRecordChanged: comparison.revisionRecordChanged,
  };
}
