import { roleKey, type InputSheets, type InputValue, type Row } from '../input-workbook/index.js';
import type { ParsedFile } from '../load/index.js';
import { msg } from '../messages/index.js';
import type { Model } from '../model/index.js';
import { MARK } from '../render/xlsx/cells.js';
import type { Dataset, ProjectData } from '../validate/index.js';
import type { EditList } from './edit-list.js';
import { cellOf, columnIndex, sameValue, valueOf } from './cells.js';
import type { ReadRow, ReadTable, ReadTables } from './read-tables.js';

type Located = Dataset['projects'][number];

/** A project as the workbook has it: an existing one by its id (with the row export wrote for it), or a new one given a fresh id. */
interface WorkbookProject {
  readonly id: string;
  readonly row: ReadRow;
  readonly existing?: Located;
  readonly exported?: Row;
}

export interface ProjectContext {
  readonly read: ReadTables;
  readonly current: InputSheets;
  readonly dataset: Dataset;
  readonly model: Model;
  readonly freshId: () => string;
  readonly list: EditList;
  /** The ids of the data the workbook was exported from, when data/ has changed since. */
  readonly baseIds?: ReadonlySet<string>;
}

/**
 * Projects added, removed and changed (連携事業), their participants (参加市町村) and roles
 * (役割分担), as edits on the files the projects are written in. A cell left as exported is
 * never an edit; a project whose row is gone is removed.
 */
export function planProjects(context: ProjectContext): void {
  const projects = workbookProjects(context);
  if (!projects) return;
  const byName = new Map<string, WorkbookProject[]>();
  for (const p of projects) {
    const name = valueOf(context.read.projects, p.row, 'name');
    if (typeof name === 'string') byName.set(name, [...(byName.get(name) ?? []), p]);
  }
  const resolve = rowResolver(context, projects, byName);
  const participantRows = rowsByProject(context, context.read.participants, resolve);
  const roles = rolesByProject(context, resolve);
  if (!participantRows || !roles) return;
  const kept = new Set(projects.map((p) => p.id));
  const removed = context.dataset.projects.filter((located) => !kept.has(located.value.id));
  for (const located of removed) context.list.delete(located.at.source, located.at.path);
  checkNewNames(context, projects, removed);
  warnIfReordered(context, projects);
  for (const project of projects) {
    const row = participantRows.get(project.id);
    const participants = participation(context, project, row);
    if (project.existing) changeProject(context, project, project.existing, participants, roles.get(project.id) ?? new Map());
    // A new row whose 参加 cannot be read still goes in, so the validation can tell its other cells' problems; nothing is written.
    else addProject(context, project, projects, participants ?? { participants: 'all', confirmed: defaultParticipants(lastFile(context)) !== 'unconfirmed' }, roles.get(project.id) ?? new Map());
  }
}

function lastFile(context: ProjectContext): ParsedFile {
  return context.dataset.projects.at(-1)!.at.source;
}

/**
 * A new row (blank id) named as a project this workbook removes is that project with its id
 * cleared, which would give it a new id and lose what only the data holds (its roles' history,
 * provenance): an error. Named as a project data/ gained after the export, it has most likely
 * been imported already: an error too. Named as another project: a warning.
 */
function checkNewNames(context: ProjectContext, projects: readonly WorkbookProject[], removed: readonly Located[]): void {
  const { read, list, dataset, baseIds } = context;
  const removedByName = new Map(removed.map((p) => [p.value.name, p.value.id]));
  const byName = new Map(dataset.projects.map((p) => [p.value.name, p.value.id]));
  for (const project of projects) {
    if (project.existing) continue;
    const name = valueOf(read.projects, project.row, 'name');
    if (typeof name !== 'string') continue;
    const gone = removedByName.get(name);
    const same = byName.get(name);
    if (gone !== undefined) list.problem(cellOf(read.projects, project.row, 'id'), { severity: 'error', message: msg('import.idCleared', { name, id: gone }), hint: msg('import.idClearedHint', { id: gone }) });
    else if (same !== undefined && baseIds && !baseIds.has(same)) list.problem(cellOf(read.projects, project.row, 'name'), { severity: 'error', message: msg('import.alreadyImported', { name, id: same }), hint: msg('import.alreadyImportedHint') });
    else if (same !== undefined) list.problem(cellOf(read.projects, project.row, 'name'), { severity: 'warning', message: msg('import.sameName', { name, id: same }) });
  }
}

/** The rows of 連携事業 as projects: an id must be one the data has, once; a blank one is a new project. */
function workbookProjects(context: ProjectContext): WorkbookProject[] | undefined {
  const { read, dataset, list, freshId, current } = context;
  const located = new Map(dataset.projects.map((p) => [p.value.id, p]));
  const exported = new Map(current.tables.projects.rows.map((r) => [r.key, r]));
  const seen = new Map<string, number>();
  const projects: WorkbookProject[] = [];
  let ok = true;
  for (const row of read.projects.rows) {
    const id = valueOf(read.projects, row, 'id');
    if (id === undefined) {
      ok = false;
      continue;
    }
    if (id === null) {
      const fresh = freshId();
      projects.push({ id: fresh, row });
      list.rows.projects.set(fresh, row.row);
      continue;
    }
    const existing = located.get(String(id));
    const at = cellOf(read.projects, row, 'id');
    // Excel will not delete a row of a protected sheet that holds locked cells: clearing the
    // row's cells (all but its id) removes the project as deleting the row does.
    if (existing && read.projects.table.columns.every((c, i) => c.kind === 'id' || c.kind === 'derived' || row.values[i] === null)) {
      seen.set(existing.value.id, row.row);
      list.problem(at, { severity: 'warning', message: msg('import.clearedRow', { id: existing.value.id }) });
      continue;
    }
    if (!existing) {
      list.problem(at, { severity: 'error', message: msg('import.unknownProject', { id: String(id) }), hint: msg('import.newProjectHint') });
      ok = false;
    } else if (seen.has(existing.value.id)) {
      list.problem(at, { severity: 'error', message: msg('import.projectTwice', { id: existing.value.id, row: seen.get(existing.value.id)! }), hint: msg('import.keepOneRow') });
      ok = false;
    } else {
      seen.set(existing.value.id, row.row);
      list.rows.projects.set(existing.value.id, row.row);
      projects.push({ id: existing.value.id, row, existing, exported: exported.get(existing.value.id)! });
    }
  }
  return ok ? projects : undefined;
}

type Resolver = (table: ReadTable, row: ReadRow) => WorkbookProject | undefined | null;

/**
 * Which project a row of 参加市町村 or 役割分担 is about: by its id, or, on a row added without
 * one, by its 連携事業名 (how a new project, which has no id yet, is named). Null when the row
 * is about a project removed from 連携事業; undefined (with an error) when it names none.
 */
function rowResolver(context: ProjectContext, projects: readonly WorkbookProject[], byName: ReadonlyMap<string, readonly WorkbookProject[]>): Resolver {
  const byId = new Map(projects.filter((p) => p.existing).map((p) => [p.id, p]));
  const known = new Set(context.dataset.projects.map((p) => p.value.id));
  return (table, row) => {
    const id = valueOf(table, row, 'id');
    if (typeof id === 'string') {
      const project = byId.get(id);
      if (project) return project;
      if (known.has(id)) {
        context.list.problem(cellOf(table, row, 'id'), { severity: 'warning', message: msg('import.rowOfRemoved', { id }) });
        return null;
      }
      context.list.problem(cellOf(table, row, 'id'), { severity: 'error', message: msg('import.unknownProject', { id }), hint: msg('import.nameNewProject') });
      return undefined;
    }
    const name = valueOf(table, row, 'name');
    const named = typeof name === 'string' ? (byName.get(name) ?? []) : [];
    if (named.length === 1) return named[0];
    context.list.problem(cellOf(table, row, 'name'), {
      severity: 'error',
      message: typeof name !== 'string' ? msg('import.noProjectNamed') : named.length === 0 ? msg('import.noSuchProjectName', { name }) : msg('import.projectNameTwice', { name }),
      hint: msg('import.nameNewProject'),
    });
    return undefined;
  };
}

/** 参加市町村's rows by project; undefined when some row names no project, or a project twice. */
function rowsByProject(context: ProjectContext, table: ReadTable, resolve: Resolver): Map<string, ReadRow> | undefined {
  const rows = new Map<string, ReadRow>();
  let ok = true;
  for (const row of table.rows) {
    const project = resolve(table, row);
    if (project === null) continue;
    if (!project) {
      ok = false;
      continue;
    }
    const earlier = rows.get(project.id);
    if (earlier) {
      context.list.problem(cellOf(table, row, 'name'), { severity: 'error', message: msg('import.participantsTwice', { row: earlier.row }), hint: msg('import.keepOneRow') });
      ok = false;
      continue;
    }
    rows.set(project.id, row);
    context.list.rows.participants.set(project.id, row.row);
  }
  return ok ? rows : undefined;
}

/** 役割分担's roles by project, then member slug; blank roles left out. */
function rolesByProject(context: ProjectContext, resolve: Resolver): Map<string, Map<string, { text: string; row: ReadRow }>> | undefined {
  const table = context.read.roles;
  const roles = new Map<string, Map<string, { text: string; row: ReadRow }>>();
  const seen = new Map<string, number>();
  let ok = true;
  for (const row of table.rows) {
    const project = resolve(table, row);
    if (project === null) continue;
    const member = valueOf(table, row, 'member');
    const role = valueOf(table, row, 'role');
    if (!project) {
      ok = false;
      continue;
    }
    // An unreadable cell has been reported; the row's role is left as the data has it.
    if (member === undefined || role === undefined) continue;
    if (member === null) {
      if (role !== null) {
        context.list.problem(cellOf(table, row, 'member'), { severity: 'error', message: msg('import.roleWithoutMember') });
        ok = false;
      }
      continue;
    }
    const slug = context.current.memberSlugs.get(String(member))!;
    const key = roleKey(project.id, slug);
    if (seen.has(key)) {
      context.list.problem(cellOf(table, row, 'member'), { severity: 'error', message: msg('import.roleTwice', { member: String(member), row: seen.get(key)! }), hint: msg('import.keepOneRow') });
      ok = false;
      continue;
    }
    seen.set(key, row.row);
    context.list.rows.roles.set(key, row.row);
    if (role === null) continue;
    const forProject = roles.get(project.id) ?? new Map<string, { text: string; row: ReadRow }>();
    forProject.set(slug, { text: String(role), row });
    roles.set(project.id, forProject);
  }
  return ok ? roles : undefined;
}

/** Moving rows does not move projects: their order is the chart's (field, then order in the files). */
function warnIfReordered(context: ProjectContext, projects: readonly WorkbookProject[]): void {
  const order = new Map(context.model.projects.map((p, i) => [p.id, i]));
  let last = -1;
  for (const p of projects) {
    if (!p.existing) continue;
    const place = order.get(p.id)!;
    if (place < last) {
      context.list.problem(cellOf(context.read.projects, p.row, 'id'), { severity: 'warning', message: msg('import.rowsReordered'), hint: msg('import.rowsReorderedHint') });
      return;
    }
    last = place;
  }
}

interface Participation {
  readonly participants: ProjectData['participants'];
  readonly confirmed: boolean;
}

/**
 * 参加 and the project's row on 参加市町村 together: 全市町村 takes every member (the row, if
 * any, must mark them all), 個別 the members marked, 未確認 leaves participation unconfirmed
 * with the members marked (every member, if all are marked or there is no row).
 */
function participation(context: ProjectContext, project: WorkbookProject, row: ReadRow | undefined): Participation | undefined {
  const { read, current, model, list } = context;
  const choice = valueOf(read.projects, project.row, 'participation');
  if (choice === undefined) return undefined;
  const at = cellOf(read.projects, project.row, 'participation');
  if (choice === null) {
    list.problem(at, { severity: 'error', message: msg('import.participationBlank'), hint: msg('import.participationHint', { choices: Object.values(current.participation).join('、') }) });
    return undefined;
  }
  const members = model.region.municipalities;
  let marked: string[] | undefined;
  if (row) {
    const marks = members.map((m) => valueOf(read.participants, row, `member:${m.slug}`));
    if (marks.some((m) => m === undefined)) return undefined;
    marked = members.filter((_, i) => marks[i] === MARK).map((m) => m.slug);
  }
  const existing = project.existing?.value.participants;
  // No row for a project the data has: its members stay as they are (全市町村 aside).
  if (marked === undefined && existing !== undefined && choice !== current.participation.all && choice !== current.participation.listed) {
    return { participants: existing, confirmed: false };
  }
  const everyone = marked === undefined || marked.length === members.length;
  if (choice === current.participation.all) {
    if (!everyone) {
      list.problem(at, { severity: 'error', message: msg('import.allButNotMarked', { count: members.length - marked!.length }), hint: msg('import.allButNotMarkedHint', { listed: current.participation.listed }) });
      return undefined;
    }
    return { participants: 'all', confirmed: true };
  }
  if (choice === current.participation.listed && !row) {
    list.problem(at, { severity: 'error', message: msg('import.listedWithoutRow'), hint: msg('import.listedWithoutRowHint') });
    return undefined;
  }
  const confirmed = choice === current.participation.listed;
  // Every member marked under 未確認 keeps what the data says: `all`, or a list naming them all.
  const participants = everyone && !confirmed ? (Array.isArray(existing) && existing.length === members.length ? existing : 'all') : (marked ?? []);
  if (Array.isArray(participants) && participants.length === 0) {
    list.problem(at, { severity: 'error', message: msg('import.noneMarked'), hint: msg('import.noneMarkedHint') });
    return undefined;
  }
  return { participants, confirmed };
}

const sameMembers = (a: ProjectData['participants'], b: ProjectData['participants']) =>
  a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && [...a].sort().join() === [...b].sort().join());

/** `wanted` is undefined when 参加 could not be read: the rest of the row still counts, so its problems are found too. */
function changeProject(context: ProjectContext, project: WorkbookProject, located: Located, wanted: Participation | undefined, roles: ReadonlyMap<string, { text: string }>): void {
  const { read, list } = context;
  const file = located.at.source;
  const at = located.at.path;
  const table = read.projects;
  const changed = (key: string) => {
    const value = valueOf(table, project.row, key);
    return value !== undefined && !sameValue(value, project.exported!.values[columnIndex(table, key)]!);
  };
  const setOrDelete = (key: string, value: InputValue) => (value === null ? list.delete(file, [...at, key]) : list.set(file, [...at, key], value));
  if (changed('field')) setOrDelete('field', fieldId(context, valueOf(table, project.row, 'field')!));
  if (changed('name')) setOrDelete('name', valueOf(table, project.row, 'name')!);
  if (changed('page')) setOrDelete('page', valueOf(table, project.row, 'page')!);
  if (context.model.policies.priorities.some((p) => changed(`mark:${p.number}`))) list.set(file, [...at, 'marks'], marksOf(context, project.row));
  if (wanted && !sameMembers(located.value.participants, wanted.participants)) list.set(file, [...at, 'participants'], wanted.participants);
  const confirmed = located.provenance.participants !== 'unconfirmed';
  if (wanted && confirmed !== wanted.confirmed) confirm(context, file, located, wanted.confirmed);
  changeRoles(context, file, located, roles);
}

function fieldId(context: ProjectContext, label: InputValue): InputValue {
  return label === null ? null : context.current.fieldIds.get(String(label))!;
}

function marksOf(context: ProjectContext, row: ReadRow): number[] {
  return context.model.policies.priorities.filter((p) => valueOf(context.read.projects, row, `mark:${p.number}`) === MARK).map((p) => p.number);
}

/**
 * Sets whether participation is confirmed through the project's own provenance, taking the
 * file's default into account: an own entry that only repeats the default is removed rather
 * than written.
 */
function confirm(context: ProjectContext, file: ParsedFile, located: Located, confirmed: boolean): void {
  const fileDefault = defaultParticipants(file);
  const own = located.value.provenance;
  const defaultConfirmed = fileDefault !== 'unconfirmed';
  const path = [...located.at.path, 'provenance'];
  if (own?.participants !== undefined && defaultConfirmed === confirmed) {
    const others = Object.keys(own).filter((k) => k !== 'participants');
    context.list.delete(file, others.length === 0 ? path : [...path, 'participants']);
  } else {
    context.list.set(file, [...path, 'participants'], confirmed ? 'certain' : 'unconfirmed');
  }
}

function defaultParticipants(file: ParsedFile): unknown {
  const data = file.data as { projectProvenance?: { participants?: unknown } } | undefined;
  return data?.projectProvenance?.participants;
}

function changeRoles(context: ProjectContext, file: ParsedFile, located: Located, roles: ReadonlyMap<string, { text: string }>): void {
  const written = located.value.details?.roles ?? {};
  const path = [...located.at.path, 'details', 'roles'];
  const slugs = Object.keys(written);
  const kept = slugs.filter((s) => roles.has(s));
  if (slugs.length > 0 && kept.length === 0 && roles.size === 0) {
    const otherDetails = Object.keys(located.value.details ?? {}).filter((k) => k !== 'roles');
    context.list.delete(file, otherDetails.length === 0 ? path.slice(0, -1) : path);
    return;
  }
  for (const slug of slugs) if (!roles.has(slug)) context.list.delete(file, [...path, slug]);
  for (const [slug, role] of roles) if (written[slug] !== role.text) context.list.set(file, [...path, slug], role.text);
}

/**
 * A new project goes after the row above it when that project is in the same field; otherwise
 * after the last project of its field, or else of its pillar, in chart order (so a project
 * typed below the table lands in its pillar's file); otherwise beside the row above or below.
 * Its NO follows from its field and that place.
 */
function addProject(context: ProjectContext, project: WorkbookProject, projects: readonly WorkbookProject[], wanted: Participation, roles: ReadonlyMap<string, { text: string }>): void {
  const { read, list, model, dataset } = context;
  const index = projects.indexOf(project);
  const above = projects.slice(0, index).reverse().find((p) => p.existing)?.existing;
  const below = projects.slice(index + 1).find((p) => p.existing)?.existing;
  const field = fieldId(context, valueOf(read.projects, project.row, 'field') ?? null);
  const located = new Map(dataset.projects.map((p) => [p.value.id, p]));
  const pillar = model.pillars.find((p) => p.sections.some((s) => s.fields.some((f) => f.id === field)));
  const lastOf = (match: (p: Model['projects'][number]) => boolean) => {
    const last = [...model.projects].reverse().find((p) => match(p) && located.has(p.id));
    return last ? located.get(last.id) : undefined;
  };
  const after = above && above.value.field === field ? above : (lastOf((p) => p.field.id === field) ?? (pillar ? lastOf((p) => p.pillar.number === pillar.number) : undefined) ?? above);
  const neighbour = after ?? below ?? dataset.projects.at(-1)!;
  const [, place] = neighbour.at.path as [string, number];
  const value: Record<string, unknown> = { id: project.id };
  const put = (key: string, v: InputValue) => {
    if (v !== null && v !== undefined) value[key] = v;
  };
  put('name', valueOf(read.projects, project.row, 'name') ?? null);
  put('field', fieldId(context, valueOf(read.projects, project.row, 'field') ?? null));
  put('page', valueOf(read.projects, project.row, 'page') ?? null);
  value['marks'] = marksOf(context, project.row);
  value['participants'] = wanted.participants;
  if (roles.size > 0) value['details'] = { roles: Object.fromEntries([...roles].map(([slug, role]) => [slug, role.text])) };
  const file = neighbour.at.source;
  if ((defaultParticipants(file) !== 'unconfirmed') !== wanted.confirmed) value['provenance'] = { participants: wanted.confirmed ? 'certain' : 'unconfirmed' };
  list.insert(file, neighbour.at.path.slice(0, -1), after || !below ? place + 1 : place, value);
}
