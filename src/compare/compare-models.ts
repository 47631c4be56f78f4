import type { Model, Municipality, Project } from '../model/index.js';
import { circledNumber } from '../model/notation.js';
import type { Comparison, ItemChange, MemberKey, ProjectAspect, ProjectChange, Renumbering, Subject, VisionKey } from './types.js';

/** Two valid models → what changed from `base` to `current`. Pure; the order of every list is fixed by the data. */
export function compareModels(base: Model, current: Model): Comparison {
  const reordered = outOfOrder(base, current);
  return {
    base: { title: base.vision.title, asOf: base.vision.asOf },
    current: { title: current.vision.title, asOf: current.vision.asOf },
    projects: projectChanges(base, current, reordered),
    renumberings: renumberings(base, current, reordered),
    items: [...visionItems(base, current), ...structureItems(base, current), ...policyItems(base, current), ...memberItems(base, current), ...roleItems(base, current)],
    revisionRecordChanged: JSON.stringify(base.vision.revisions) !== JSON.stringify(current.vision.revisions),
  };
}

/** True when nothing the 新旧対照表 would list differs (the revision record aside). */
export function isUnchanged(comparison: Comparison): boolean {
  return comparison.projects.length === 0 && comparison.renumberings.length === 0 && comparison.items.length === 0;
}

function projectChanges(base: Model, current: Model, reordered: ReadonlySet<string>): ProjectChange[] {
  const before = new Map(base.projects.map((p) => [p.id, p]));
  const after = new Map(current.projects.map((p) => [p.id, p]));
  const placed: { at: number; change: ProjectChange }[] = [];
  for (const p of current.projects) {
    const old = before.get(p.id);
    if (!old) {
      placed.push({ at: p.no, change: { id: p.id, after: p, aspects: ['added'], additionsOnly: false } });
      continue;
    }
    const aspects = aspectsOf(old, p);
    // A NO moved by others is a renumbering run; a project that changed places with others is its own row.
    if (aspects.some((a) => a !== 'renumbered') || reordered.has(p.id)) placed.push({ at: p.no, change: { id: p.id, before: old, after: p, aspects, additionsOnly: onlyGained(old, p, aspects) } });
  }
  // A removed project sits just after the project that came before it in the base, where that one is now.
  let anchor = 0;
  for (const p of base.projects) {
    const kept = after.get(p.id);
    if (kept) anchor = kept.no;
    else placed.push({ at: anchor + 0.5, change: { id: p.id, before: p, aspects: ['removed'], additionsOnly: false } });
  }
  return placed.sort((a, b) => a.at - b.at).map((x) => x.change);
}

function aspectsOf(old: Project, p: Project): ProjectAspect[] {
  const aspects: ProjectAspect[] = [];
  if (old.name !== p.name) aspects.push('renamed');
  if (old.no !== p.no) aspects.push('renumbered');
  if (moved(old, p)) aspects.push('field');
  if (!sameList(old.marks, p.marks)) aspects.push('marks');
  if (old.page !== p.page) aspects.push('page');
  if (!sameParticipation(old, p)) aspects.push('participants');
  return aspects;
}

/**
 * `all` on both sides is the same participation whoever the members are: a member added or
 * removed is its own change, not a change to every project that says 全市町村.
 */
/**
 * In another field as printed: its field now sits under another pillar or section, or it is
 * another field that prints differently. A field whose id alone was renamed, or whose letter
 * moved because a field was inserted before it, has not moved its projects.
 */
function moved(old: Project, p: Project): boolean {
  if (old.pillar.number !== p.pillar.number || old.section.number !== p.section.number) return true;
  return old.field.id !== p.field.id && (old.field.letter !== p.field.letter || old.field.name !== p.field.name);
}

function sameParticipation(old: Project, p: Project): boolean {
  const a = old.participation;
  const b = p.participation;
  if (a.mode !== b.mode || a.confirmed !== b.confirmed) return false;
  return a.mode === 'all' || sameList(codes(a.municipalities), codes(b.municipalities));
}

/** 追加 rather than 変更: marks or participants were only added, and nothing else changed. */
function onlyGained(old: Project, p: Project, aspects: readonly ProjectAspect[]): boolean {
  const gained = (from: readonly unknown[], to: readonly unknown[]) => from.every((x) => to.includes(x));
  if (!aspects.some((a) => a === 'marks' || a === 'participants')) return false;
  return aspects.every((a) => {
    if (a === 'marks') return gained(old.marks, p.marks);
    if (a === 'participants') return old.participation.mode === p.participation.mode && old.participation.confirmed === p.participation.confirmed && gained(codes(old.participation.municipalities), codes(p.participation.municipalities));
    return a === 'renumbered';
  });
}

/**
 * Kept projects whose NO moved by the same amount, in runs of consecutive NOs: what an
 * insertion or a removal does to the projects after it. A project moved to another field is
 * left out: its own row shows where it went.
 */
function renumberings(base: Model, current: Model, reordered: ReadonlySet<string>): Renumbering[] {
  const after = new Map(current.projects.map((p) => [p.id, p]));
  const shifted = base.projects.flatMap((p) => {
    const now = after.get(p.id);
    return now && now.no !== p.no && !moved(p, now) && !reordered.has(p.id) ? [{ from: p.no, to: now.no }] : [];
  });
  const runs: Renumbering[] = [];
  for (const { from, to } of shifted) {
    const last = runs.at(-1);
    if (last && last.from.last === from - 1 && last.to.last === to - 1) runs[runs.length - 1] = { from: { first: last.from.first, last: from }, to: { first: last.to.first, last: to } };
    else runs.push({ from: { first: from, last: from }, to: { first: to, last: to } });
  }
  return runs;
}

/**
 * Kept projects that changed places with others: those outside the longest run that kept its
 * order. An insertion or a removal keeps every other project's order, so it leaves none out; a
 * project moved to another field has its own row already and is not counted.
 */
function outOfOrder(base: Model, current: Model): Set<string> {
  const now = new Map(current.projects.map((p) => [p.id, p]));
  const kept = base.projects.filter((p) => now.has(p.id) && !moved(p, now.get(p.id)!)).map((p) => ({ id: p.id, no: now.get(p.id)!.no }));
  // Longest increasing subsequence of the current NOs, in base order (patience sorting).
  const tails: number[] = [];
  const previous: number[] = [];
  kept.forEach((k, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[tails[mid]!]!.no < k.no) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  });
  const inOrder = new Set<string>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) inOrder.add(kept[i]!.id);
  return new Set(kept.filter((k) => !inOrder.has(k.id)).map((k) => k.id));
}

const VISION_KEYS = ['title', 'issuer', 'documentLabel', 'chartTitle', 'heading', 'lead', 'period', 'adopted'] as const satisfies readonly VisionKey[];

function visionItems(base: Model, current: Model): ItemChange[] {
  const value = (m: Model, key: VisionKey): string => {
    const v = m.vision;
    if (key === 'period') return `${v.period.start.iso}/${v.period.end.iso}`;
    if (key === 'adopted') return v.adopted.iso;
    return v[key];
  };
  return VISION_KEYS.flatMap((key) => changed({ kind: 'vision', key }, value(base, key), value(current, key)));
}

function structureItems(base: Model, current: Model): ItemChange[] {
  const headings = (m: Model) => {
    const out = new Map<string, { subject: Subject; text: string }>();
    for (const pillar of m.pillars) {
      out.set(`pillar ${pillar.number}`, { subject: { kind: 'pillar', pillar: pillar.number }, text: `${pillar.label}　${pillar.name}` });
      for (const section of pillar.sections) {
        if (section.number !== null) out.set(`section ${pillar.number} ${section.number}`, { subject: { kind: 'section', pillar: pillar.number, section: section.number }, text: `${section.label}　${section.name}` });
        // Where it is printed is part of a field: moved to another pillar, it reads so.
        const place = `${pillar.label}${section.label ?? ''}`;
        for (const field of section.fields) out.set(`field ${field.id}`, { subject: { kind: 'field', id: field.id }, text: `${place}　${field.letter}　${field.name}` });
      }
    }
    return out;
  };
  return pairs(headings(base), headings(current));
}

function policyItems(base: Model, current: Model): ItemChange[] {
  const texts = (m: Model) => {
    const out = new Map<string, { subject: Subject; text: string }>();
    // The columns a group heads are printed with it: a priority moved to another group changes both.
    for (const g of m.policies.groups) out.set(`group ${g.id}`, { subject: { kind: 'group', id: g.id }, text: `${g.name}（${g.priorityNumbers.map(circledNumber).join('')}）` });
    for (const q of m.policies.priorities) out.set(`priority ${q.number}`, { subject: { kind: 'priority', number: q.number }, text: q.text });
    out.set('common', { subject: { kind: 'common' }, text: `${m.policies.common.label}　${m.policies.common.text}` });
    return out;
  };
  return pairs(texts(base), texts(current));
}

const MEMBER_KEYS = ['name', 'kind', 'role', 'bureau', 'agreementSigned'] as const satisfies readonly MemberKey[];

/** Members are known by their code; a new code is a member added, a code gone is a member removed. */
function memberItems(base: Model, current: Model): ItemChange[] {
  const before = new Map(base.region.municipalities.map((m) => [m.code, m]));
  const after = new Map(current.region.municipalities.map((m) => [m.code, m]));
  const value = (m: Municipality, key: (typeof MEMBER_KEYS)[number]) => (key === 'agreementSigned' ? m.agreementSigned.iso : m[key]);
  const out: ItemChange[] = [];
  for (const m of current.region.municipalities) {
    const old = before.get(m.code);
    if (!old) out.push({ subject: { kind: 'member', code: m.code, name: m.name, key: 'entry' }, after: m.name });
    else for (const key of MEMBER_KEYS) out.push(...changed({ kind: 'member', code: m.code, name: m.name, key }, value(old, key), value(m, key)));
  }
  for (const m of base.region.municipalities) if (!after.has(m.code)) out.push({ subject: { kind: 'member', code: m.code, name: m.name, key: 'entry' }, before: m.name });
  return out;
}

/**
 * Roles of the projects both sides have, in current chart and member order. Members are known by
 * their code, as everywhere in the comparison: a slug renamed (it names files) moves no role.
 */
function roleItems(base: Model, current: Model): ItemChange[] {
  const before = new Map(base.projects.map((p) => [p.id, p]));
  const rolesByCode = (m: Model, p: Project) => new Map(m.region.municipalities.flatMap((x) => (p.details.roles.has(x.slug) ? [[x.code, p.details.roles.get(x.slug)!] as const] : [])));
  const members = [...current.region.municipalities, ...base.region.municipalities.filter((b) => !current.region.municipalities.some((c) => c.code === b.code))];
  return current.projects.flatMap((p) => {
    const old = before.get(p.id);
    if (!old) return [];
    const was = rolesByCode(base, old);
    const is = rolesByCode(current, p);
    return members.flatMap((m) => changed({ kind: 'role', projectId: p.id, no: p.no, name: p.name, slug: m.slug, member: m.name }, was.get(m.code), is.get(m.code)));
  });
}

/** Things known by a key on both sides: changed, added (current only) and removed (base only), current order first. */
function pairs(before: ReadonlyMap<string, { subject: Subject; text: string }>, after: ReadonlyMap<string, { subject: Subject; text: string }>): ItemChange[] {
  // A key renamed with nothing printed changed (a field's id) is not a thing added and one removed.
  const gone = [...before].filter(([key]) => !after.has(key)).map(([, old]) => old);
  const fresh = [...after].filter(([key]) => !before.has(key)).map(([, now]) => now);
  const same = (a: { subject: Subject; text: string }, b: { subject: Subject; text: string }) => a.subject.kind === b.subject.kind && a.text === b.text;
  const renamed = new Set(fresh.filter((now) => gone.some((old) => same(old, now))));
  const out: ItemChange[] = [];
  for (const [key, now] of after) if (!renamed.has(now)) out.push(...changed(now.subject, before.get(key)?.text, now.text));
  for (const old of gone) if (!fresh.some((now) => renamed.has(now) && same(old, now))) out.push({ subject: old.subject, before: old.text });
  return out;
}

function changed(subject: Subject, before: string | undefined, after: string | undefined): ItemChange[] {
  if (before === after) return [];
  return [{ subject, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) }];
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function codes(list: readonly Municipality[]): string[] {
  return list.map((m) => m.code);
}
