import { compareDates } from '../calendar-date.js';
import { isUnchanged, type Comparison, type ProjectAspect, type ProjectChange } from '../compare/index.js';
import { msg, type Lang, type Message, type MessageKey } from '../messages/index.js';
import { say } from './print.js';

const KINDS: readonly { readonly aspect: ProjectAspect; readonly label: MessageKey }[] = [
  { aspect: 'added', label: 'compare.added' },
  { aspect: 'removed', label: 'compare.removed' },
  { aspect: 'renamed', label: 'compare.renamed' },
  { aspect: 'marks', label: 'compare.marks' },
  { aspect: 'field', label: 'compare.field' },
  { aspect: 'page', label: 'compare.page' },
  { aspect: 'participants', label: 'compare.participants' },
];

/** At most this many projects are named per kind, so the summary stays on one screen. */
const NAMED = 3;

/** One screen: how many projects changed in each way, a few of each by NO and name, the renumbering, the other printed items. */
export function formatComparison(comparison: Comparison, base: string, lang: Lang): string {
  const dates = { baseDate: comparison.base.asOf.iso, currentDate: comparison.current.asOf.iso };
  const lines = [say(msg('compare.heading', { base, ...dates }), lang)];
  if (compareDates(comparison.base.asOf, comparison.current.asOf) > 0) lines.push(`  ${say(msg('cli.warning', { text: msg('compare.baseNewer', dates) }), lang)}`);
  // An id never passes to another project; a name and a field both changed suggest it did.
  for (const c of comparison.projects.filter((x) => x.aspects.includes('renamed') && x.aspects.includes('field'))) {
    lines.push(`  ${say(msg('cli.warning', { text: msg('compare.idReused', { id: c.id, before: c.before!.name, after: c.after!.name }) }), lang)}`);
  }
  if (isUnchanged(comparison)) return [...lines, say(msg(comparison.revisionRecordChanged ? 'compare.revisionsOnly' : 'compare.unchanged'), lang)].join('\n');
  const labels = [...KINDS.map((k) => k.label), 'compare.renumbered', 'compare.other'] as const;
  const width = Math.max(...labels.map((l) => displayWidth(say(msg(l), lang)))) + 2;
  const line = (label: MessageKey, count: number, named: readonly Message[]) => {
    const text = say(msg(label), lang);
    const list = named.map((m) => say(m, lang)).join(lang === 'ja' ? '、' : '; ');
    return `  ${text}${' '.repeat(width - displayWidth(text))}${String(count).padStart(3)}${list ? `  ${list}` : ''}`;
  };
  for (const { aspect, label } of KINDS) {
    const changes = comparison.projects.filter((c) => c.aspects.includes(aspect));
    const named: Message[] = changes.slice(0, NAMED).map(describe);
    if (changes.length > NAMED) named.push(msg('compare.moreProjects', { count: changes.length - NAMED }));
    lines.push(line(label, changes.length, named));
  }
  const renumbered = comparison.renumberings.reduce((n, r) => n + r.from.last - r.from.first + 1, 0);
  lines.push(line('compare.renumbered', renumbered, comparison.renumberings.map((r) => msg('compare.run', { from: range(r.from), to: range(r.to) }))));
  const other = new Map<string, number>();
  for (const item of comparison.items) other.set(item.subject.kind, (other.get(item.subject.kind) ?? 0) + 1);
  lines.push(line('compare.other', comparison.items.length, [...other].map(([kind, count]) => msg('compare.kindCount', { kind: msg(`compare.kind.${kind}` as MessageKey), count }))));
  return lines.join('\n');
}

function describe(change: ProjectChange): Message {
  const p = change.after ?? change.before!;
  const no = change.after && change.before && change.after.no !== change.before.no ? `${change.before.no}→${change.after.no}` : String(p.no);
  return msg('compare.project', { no, name: p.name, id: p.id });
}

function range(r: { first: number; last: number }): string {
  return r.first === r.last ? String(r.first) : `${r.first}–${r.last}`;
}

/** Columns a text takes in a terminal: East Asian wide characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return width;
}
