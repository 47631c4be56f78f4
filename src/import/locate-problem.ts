import type { ParsedFile } from '../load/index.js';
import type { Problem } from '../problem.js';
import { roleKey } from '../input-workbook/index.js';
import { msg } from '../messages/index.js';
import { columnIndex } from './cells.js';
import type { EditList } from './edit-list.js';
import type { ReadTable, ReadTables } from './read-tables.js';

const PROJECT = /^projects\[(\d+)\](?:\.([A-Za-z]+))?(?:\.roles\.([a-z][a-z0-9-]*)|\[\d+\]|\..*)?$/;
const MEMBER = /^region\.municipalities\[(\d+)\](?:\.([A-Za-z]+))?/;
const REVISION = /^vision\.revisions\[(\d+)\](?:\.([A-Za-z]+))?/;

/** Which column of 連携事業 a project attribute is shown in. */
const PROJECT_COLUMNS: Readonly<Record<string, string>> = { id: 'id', name: 'name', field: 'field', page: 'page', participants: 'participation', provenance: 'participation' };

/**
 * A validation problem of the data the workbook would make, told at the cell it came from:
 * `input.xlsx 連携事業!F12  連携事業名  message`. The data path names a project, member,
 * item or revision in the new data, whose row the edit list remembers. A problem no cell
 * accounts for keeps its place in the file it was found in.
 */
export function locateProblem(problem: Problem, files: ReadonlyMap<string, ParsedFile>, read: ReadTables, list: EditList, workbook: string): Problem {
  const data = files.get(problem.file)?.data as { projects?: { id?: unknown }[]; region?: { municipalities?: { slug?: unknown }[] } } | undefined;
  const at = (table: ReadTable, row: number | undefined, key: string, heading?: string): Problem | undefined => {
    if (row === undefined) return undefined;
    const cell = table.at(row, columnIndex(table, key));
    // A missing key is, in the workbook, a blank cell: the data's own words would name the YAML key.
    const words = problem.message.key === 'shape.missing' ? { message: msg('import.blankCell') } : {};
    return { ...problem, ...words, file: workbook, cell: { sheet: cell.sheet, order: cell.order, row: cell.row, column: cell.column }, path: heading ?? cell.heading };
  };
  const project = PROJECT.exec(problem.path);
  if (project) {
    const id = data?.projects?.[Number(project[1])]?.id;
    if (typeof id !== 'string') return problem;
    const [, , attribute = 'name', roleOf] = project;
    if (attribute === 'details' && roleOf) return at(read.roles, list.rows.roles.get(roleKey(id, roleOf)), 'role') ?? at(read.projects, list.rows.projects.get(id), 'name') ?? problem;
    if (attribute === 'participants') return at(read.participants, list.rows.participants.get(id), 'name') ?? at(read.projects, list.rows.projects.get(id), 'participation') ?? problem;
    if (attribute === 'marks') return at(read.projects, list.rows.projects.get(id), 'mark:1') ?? problem;
    return at(read.projects, list.rows.projects.get(id), PROJECT_COLUMNS[attribute] ?? 'name') ?? problem;
  }
  const member = MEMBER.exec(problem.path);
  if (member) {
    const slug = data?.region?.municipalities?.[Number(member[1])]?.slug;
    if (typeof slug !== 'string') return problem;
    const key = read.members.table.columns.some((c) => c.key === member[2]) ? member[2]! : 'slug';
    return at(read.members, list.rows.members.get(slug), key) ?? problem;
  }
  const revision = REVISION.exec(problem.path);
  if (revision) {
    const key = read.revisions.table.columns.some((c) => c.key === revision[2]) ? revision[2]! : 'date';
    return at(read.revisions, list.rows.revisions.get(Number(revision[1])), key) ?? problem;
  }
  const item = [...list.rows.vision.keys()].filter((k) => problem.path === k || problem.path.startsWith(`${k}.`)).sort((a, b) => b.length - a.length)[0];
  if (item !== undefined) {
    const row = read.vision.rows.find((r) => r.item?.key === item);
    return at(read.vision, list.rows.vision.get(item), 'value', row ? String(row.item!.values[0]) : undefined) ?? problem;
  }
  return problem;
}
