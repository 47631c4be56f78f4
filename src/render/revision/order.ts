import type { ProjectChange, Renumbering } from '../../compare/index.js';

/**
 * The project changes (already in current chart order) with each renumbered run placed right
 * after the change that caused it: a run whose first new NO is n follows the rows at n − 1
 * (the project inserted there, or the one removed just after it) and precedes any row at n.
 */
export function withRenumberings(projects: readonly ProjectChange[], runs: readonly Renumbering[]): (ProjectChange | Renumbering)[] {
  const newNo = newNumbers(projects, runs);
  // The comparison places a removed project just after where the project before it now stands.
  const anchor = (oldNo: number) => {
    for (let n = oldNo - 1; n > 0; n--) {
      const now = newNo(n);
      if (now !== undefined) return now;
    }
    return 0;
  };
  const keyed = [
    ...projects.map((change) => ({ key: change.after ? change.after.no : anchor(change.before!.no) + 0.5, entry: change as ProjectChange | Renumbering })),
    ...runs.map((run) => ({ key: run.to.first - 0.25, entry: run as ProjectChange | Renumbering })),
  ];
  // Array.prototype.sort is stable: removed projects side by side keep the comparison's order.
  return keyed.sort((a, b) => a.key - b.key).map((x) => x.entry);
}

/** The current NO of a base NO: from its own change, from its renumbered run, or unchanged; undefined once removed. */
function newNumbers(projects: readonly ProjectChange[], runs: readonly Renumbering[]): (oldNo: number) => number | undefined {
  const changed = new Map(projects.flatMap((c) => (c.before ? [[c.before.no, c.after?.no] as const] : [])));
  return (oldNo) => {
    if (changed.has(oldNo)) return changed.get(oldNo);
    const run = runs.find((r) => oldNo >= r.from.first && oldNo <= r.from.last);
    return run ? run.to.first + oldNo - run.from.first : oldNo;
  };
}
