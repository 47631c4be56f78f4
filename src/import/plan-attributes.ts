import type { InputValue } from '../input-workbook/index.js';
import { msg } from '../messages/index.js';
import type { Dataset } from '../validate/index.js';
import { cellOf, sameValue, valueOf } from './cells.js';
import type { ProjectContext } from './plan-projects.js';
import type { ReadRow } from './read-tables.js';

/** What a cell holds as the data writes it: a date as YYYY-MM-DD. */
function dataValue(value: InputValue): string | number | null {
  return value !== null && typeof value === 'object' ? value.date.iso : value;
}

/**
 * The members (市町村): a changed cell sets that attribute, a row with a new slug adds a member
 * (in code order), a member whose row is gone is removed. A member's 連携協約締結日 shown as the
 * region's date is written only when it differs from that date.
 */
export function planMembers(context: ProjectContext): void {
  const { read, current, dataset, list } = context;
  const regionSigned = readRegionSigned(context);
  const exportedRows = new Map(current.tables.members.rows.map((r) => [r.key, r]));
  const region = dataset.region;
  const file = region.at.source;
  const members = region.value.municipalities;
  const path = [...region.at.path, 'municipalities'];
  const table = read.members;
  const columns = table.table.columns;
  const seen = new Map<string, number>();
  const rows = new Map<string, ReadRow>();
  for (const row of table.rows) {
    const slug = valueOf(table, row, 'slug');
    if (slug === undefined) continue;
    if (slug === null) {
      list.problem(cellOf(table, row, 'slug'), { severity: 'error', message: msg('import.slugBlank'), hint: msg('import.slugHint') });
      continue;
    }
    if (seen.has(String(slug))) {
      list.problem(cellOf(table, row, 'slug'), { severity: 'error', message: msg('import.memberTwice', { slug: String(slug), row: seen.get(String(slug))! }), hint: msg('import.keepOneRow') });
      continue;
    }
    seen.set(String(slug), row.row);
    rows.set(String(slug), row);
    list.rows.members.set(String(slug), row.row);
  }
  members.forEach((member, i) => {
    const row = rows.get(member.slug);
    if (!row) {
      list.delete(file, [...path, i]);
      return;
    }
    const exported = exportedRows.get(member.slug)!;
    columns.forEach((column, c) => {
      if (column.kind === 'id' || column.kind === 'derived') return;
      const value = row.values[c];
      if (value === undefined || sameValue(value, exported.values[c]!)) return;
      const at = [...path, i, column.key];
      if (column.key === 'agreementSigned' && value !== null && regionSigned !== undefined && regionSigned !== null && sameValue(value, regionSigned) && member.agreementSigned === undefined) return;
      if (value === null) list.delete(file, at);
      else list.set(file, at, dataValue(value));
    });
  });
  const known = new Set(members.map((m) => m.slug));
  for (const [slug, row] of rows) {
    if (known.has(slug)) continue;
    const value: Record<string, unknown> = {};
    columns.forEach((column, c) => {
      const v = row.values[c];
      if (v !== undefined && v !== null && column.kind !== 'derived') value[column.key] = dataValue(v);
    });
    if (value['agreementSigned'] !== undefined && regionSigned && sameValue(valueOf(table, row, 'agreementSigned')!, regionSigned)) delete value['agreementSigned'];
    const code = String(value['code'] ?? '');
    const index = members.findIndex((m) => m.code > code);
    list.insert(file, path, index < 0 ? members.length : index, value);
  }
}

/** 計画's items: each changed value set where it is written (the vision or the region). */
export function planVision(context: ProjectContext): void {
  const { read, current, dataset, list } = context;
  const table = read.vision;
  for (const row of table.rows) {
    const key = row.item!.key;
    list.rows.vision.set(key, row.row);
    const value = row.values[1];
    const exported = current.tables.vision.rows.find((r) => r.key === key)!.values[1]!;
    if (value === undefined || sameValue(value, exported)) continue;
    const [section, ...rest] = key.split('.') as ['vision' | 'region', ...string[]];
    const located: Dataset['vision' | 'region'] = dataset[section];
    if (value === null) list.delete(located.at.source, [...located.at.path, ...rest]);
    else list.set(located.at.source, [...located.at.path, ...rest], dataValue(value));
  }
}

/** The region's agreement date as the workbook now has it: members showing it follow it. */
function readRegionSigned(context: ProjectContext): InputValue | undefined {
  const row = context.read.vision.rows.find((r) => r.item?.key === 'region.agreementsSigned');
  return row?.values[1];
}

/** 計画's 改定履歴: written back as a whole list when any of its cells changed. */
export function planRevisions(context: ProjectContext): void {
  const { read, current, dataset, list } = context;
  const rows = read.revisions.rows;
  rows.forEach((row, i) => list.rows.revisions.set(i, row.row));
  if (rows.some((r) => r.values.some((v) => v === undefined))) return;
  const exported = current.tables.revisions.rows;
  const same = rows.length === exported.length && rows.every((row, i) => row.values.every((v, c) => sameValue(v!, exported[i]!.values[c]!)));
  if (same) return;
  const revisions = rows.map((row) => {
    const [date, label, summary] = row.values.map((v) => dataValue(v!));
    return { ...(date === null ? {} : { date }), ...(label === null ? {} : { label }), ...(summary === null ? {} : { summary }) };
  });
  list.set(dataset.vision.at.source, [...dataset.vision.at.path, 'revisions'], revisions);
}
