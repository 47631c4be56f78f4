import { isUnchanged, type Comparison, type ProjectAspect, type ProjectChange } from '../compare/index.js';
import { printable } from './printable.js';

const KINDS: readonly { readonly aspect: ProjectAspect; readonly label: string }[] = [
  { aspect: 'added', label: 'added' },
  { aspect: 'removed', label: 'removed' },
  { aspect: 'renamed', label: 'renamed' },
  { aspect: 'marks', label: 'marks changed' },
  { aspect: 'field', label: 'moved between fields' },
  { aspect: 'page', label: 'page changed' },
  { aspect: 'participants', label: 'participants changed' },
];

/** At most this many projects are named per kind, so the summary stays on one screen. */
const NAMED = 3;

/** One screen: how many projects changed in each way, a few of each by NO and name, the renumbering, the other printed items. */
export function formatComparison(comparison: Comparison, base: string): string {
  const head = `compared with ${printable(base)} (data as of ${comparison.base.asOf.iso}) → data as of ${comparison.current.asOf.iso}`;
  if (isUnchanged(comparison)) return `${head}\n  no differences: nothing the documents print has changed, so no 新旧対照表 was written`;
  const lines = [head];
  for (const { aspect, label } of KINDS) {
    const changes = comparison.projects.filter((c) => c.aspects.includes(aspect));
    const named = changes.slice(0, NAMED).map(describe).join('; ');
    const more = changes.length > NAMED ? `; and ${changes.length - NAMED} more` : '';
    lines.push(`  ${label.padEnd(22)}${String(changes.length).padStart(3)}${changes.length > 0 ? `  ${named}${more}` : ''}`);
  }
  const runs = comparison.renumberings.map((r) => `NO ${range(r.from)} → ${range(r.to)}`);
  lines.push(`  ${'renumbered'.padEnd(22)}${String(comparison.renumberings.reduce((n, r) => n + r.from.last - r.from.first + 1, 0)).padStart(3)}${runs.length > 0 ? `  ${runs.join('; ')}` : ''}`);
  const other = new Map<string, number>();
  for (const item of comparison.items) other.set(item.subject.kind, (other.get(item.subject.kind) ?? 0) + 1);
  lines.push(`  ${'other printed items'.padEnd(22)}${String(comparison.items.length).padStart(3)}${other.size > 0 ? `  ${[...other].map(([kind, n]) => `${kind} ${n}`).join(', ')}` : ''}`);
  return lines.join('\n');
}

function describe(change: ProjectChange): string {
  const p = change.after ?? change.before!;
  const no = change.after && change.before && change.after.no !== change.before.no ? `NO ${change.before.no}→${change.after.no}` : `NO ${p.no}`;
  return `${no} ${printable(p.name)} (${p.id})`;
}

function range(r: { first: number; last: number }): string {
  return r.first === r.last ? String(r.first) : `${r.first}–${r.last}`;
}
