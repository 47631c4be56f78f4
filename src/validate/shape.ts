import { z } from 'zod';
import { locate, locateKey } from '../load/locate.js';
import type { ParsedFile } from '../load/parse-yaml.js';
import { formatDataPath, type DataPath, type Problem } from '../problem.js';
import { dataFileSchema, type DataFile } from './schema.js';
import { choicesHint } from './suggest.js';

export type Section = keyof DataFile;

/** Sections whose items stand alone: one bad item need not discard the others. */
const LISTS = new Set<Section>(['pillars', 'projects']);

export interface ShapedFile {
  readonly source: ParsedFile;
  /** The sections of the file that passed; a section with any problem is left out. */
  readonly data: DataFile;
  /**
   * Sections that failed their shape, or that the file may hold without saying so (a top
   * level that is not a mapping, or an unknown top-level key: perhaps a misspelt section).
   */
  readonly failed: ReadonlySet<Section>;
  /** For a list with items left out: the original index of each item kept, so paths stay true. */
  readonly indexes: Readonly<Partial<Record<'pillars' | 'projects', readonly number[]>>>;
}

/**
 * Checks one parsed file against the file schema, section by section, so a fault in the
 * projects does not hide the checks that only need the vision. Every issue becomes a
 * positioned problem.
 */
export function checkShape(source: ParsedFile, options: ShapeOptions): { shaped: ShapedFile; problems: Problem[] } {
  const problems: Problem[] = [];
  const failed = new Set<Section>();
  const result = dataFileSchema.safeParse(source.data, { reportInput: true });
  if (result.success) {
    if (Object.keys(result.data).length === 0) {
      problems.push({ severity: 'error', file: source.file, line: 1, column: 1, path: '', message: 'the file holds no data', hint: `expected one or more of: ${topLevelKeys().join(', ')}` });
    }
    return { shaped: { source, data: result.data, failed, indexes: {} }, problems };
  }
  const badItems = new Map<Section, Set<number>>();
  const wholeSectionBad = new Set<Section>();
  const misspelt = misspeltKeys(result.error.issues);
  const written = writtenNumbers(result.error.issues);
  if (written.length > 0) problems.push(writtenNumbersProblem(source, written));
  for (const issue of result.error.issues) {
    // A misspelt key (pgae) is reported as unknown with a "did you mean page?" hint; saying
    // page is missing as well would be the same fault twice.
    if (!misspelt.has(pathKey(issue.path))) problems.push(...issueToProblems(source, issue, options));
    const [section, index] = issue.path;
    if (section === undefined) {
      for (const key of topLevelKeys()) failed.add(key);
      continue;
    }
    if (typeof section !== 'string' || !Object.hasOwn(dataFileSchema.shape, section)) continue;
    failed.add(section as Section);
    if (LISTS.has(section as Section) && typeof index === 'number') {
      badItems.set(section as Section, (badItems.get(section as Section) ?? new Set()).add(index));
    } else {
      wholeSectionBad.add(section as Section);
    }
  }
  // Keep what passed: whole sections without a problem, and the good items of a list, so the
  // rules can still check them. Only own keys of the schema are copied, so the rebuilt
  // object holds nothing the schema rejects.
  const data: Record<string, unknown> = {};
  const indexes: Partial<Record<'pillars' | 'projects', number[]>> = {};
  if (source.data !== null && typeof source.data === 'object' && !Array.isArray(source.data)) {
    for (const [key, value] of Object.entries(source.data)) {
      const section = key as Section;
      if (!Object.hasOwn(dataFileSchema.shape, key) || wholeSectionBad.has(section)) continue;
      const bad = badItems.get(section);
      if (bad && Array.isArray(value) && (section === 'pillars' || section === 'projects')) {
        const kept = value.flatMap((_, i) => (bad.has(i) ? [] : [i]));
        indexes[section] = kept;
        data[key] = kept.map((i) => value[i]);
      } else {
        data[key] = value;
      }
    }
  }
  return { shaped: { source, data: dataFileSchema.parse(data), failed, indexes }, problems };
}

export interface ShapeOptions {
  /** A project id no project uses yet, offered to a project that has none. */
  readonly freshProjectId: () => string;
}

type Issue = z.core.$ZodIssue;

/** Projects that still write `no:`, a key of the data before NO was computed from chart order. */
function writtenNumbers(issues: readonly Issue[]): DataPath[] {
  return issues.flatMap((i) => (i.code === 'unrecognized_keys' && i.keys.includes('no') && isProjectPath(i.path) ? [i.path as DataPath] : []));
}

function isProjectPath(path: readonly PropertyKey[]): boolean {
  return path.length === 2 && path[0] === 'projects' && typeof path[1] === 'number';
}

/** One message for the whole file: a file of data from before the change writes `no:` on every project. */
function writtenNumbersProblem(source: ParsedFile, paths: readonly DataPath[]): Problem {
  const [first, ...rest] = paths.map((path) => ({ path, ...locateKey(source, path, 'no') }));
  const others = rest.length === 0 ? '' : `, and the \`no:\` line of each other project in this file (line${rest.length === 1 ? '' : 's'} ${rest.map((r) => r.line).join(', ')})`;
  return {
    severity: 'error',
    file: source.file,
    line: first!.line,
    column: first!.column,
    path: formatDataPath([...first!.path, 'no']),
    message: 'NO is no longer written in the data: it is computed from the order of the projects in the chart (pillar → section → field → order in the file)',
    hint: `delete line ${first!.line}${others}; to move a project, move its entry`,
  };
}

function pathKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map(String));
}

/** Paths of missing fields for which an unknown key nearby looks like a misspelling. */
function misspeltKeys(issues: readonly Issue[]): Set<string> {
  const unknown = issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys.map((k) => ({ parent: pathKey(i.path), key: k })) : []));
  const out = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'invalid_type' || issue.input !== undefined) continue;
    const missing = String(issue.path.at(-1));
    const parent = pathKey(issue.path.slice(0, -1));
    if (unknown.some((u) => u.parent === parent && choicesHint('', [missing], u.key).startsWith('did you mean'))) out.add(pathKey(issue.path));
  }
  return out;
}

function issueToProblems(source: ParsedFile, issue: Issue, options: ShapeOptions): Problem[] {
  const path: DataPath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const base = { severity: 'error' as const, file: source.file };
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(path);
    // A written NO has its own message for the whole file.
    const keys = isProjectPath(issue.path) ? issue.keys.filter((key) => key !== 'no') : issue.keys;
    return keys.map((key) => ({
      ...base,
      ...locateKey(source, path, key),
      path: formatDataPath([...path, key]),
      message: `unknown field "${key}"`,
      hint: keyHint(key, allowed),
    }));
  }
  if (issue.code === 'invalid_type' && issue.input === undefined && path.length === 3 && isProjectPath(path.slice(0, 2)) && path[2] === 'id') {
    return [{ ...base, ...locate(source, path), path: formatDataPath(path), message: 'missing required field "id": every project has a stable id that stays when its NO moves', hint: `write \`id: ${options.freshProjectId()}\` (an id no other project has used)` }];
  }
  const { message, hint } = describeIssue(issue, path);
  return [{ ...base, ...locate(source, path), path: formatDataPath(path), message, ...(hint ? { hint } : {}) }];
}

function describeIssue(issue: Issue, path: DataPath): { message: string; hint?: string } {
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) {
        const field = path.at(-1);
        return { message: `missing required field "${String(field)}"` };
      }
      if (path.length === 0) {
        return { message: `expected a mapping of sections, found ${describe(input)}`, hint: `expected one or more of: ${topLevelKeys().join(', ')}` };
      }
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const hint = issue.expected === 'string' && typeof input === 'number' ? 'put the value in quotes so YAML keeps it as text (a leading zero is otherwise lost)' : undefined;
      return { message: `expected ${expected}, found ${describe(input)}`, ...(hint ? { hint } : {}) };
    }
    case 'invalid_value':
      return { message: `expected one of ${issue.values.map((v) => String(v)).join(', ')}, found ${describe(input)}` };
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'int') return { message: `expected ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}, found ${describe(input)}` };
      if (issue.origin === 'array' && Array.isArray(input)) return { message: `expected at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}, found ${input.length}` };
      return { message: issue.message };
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int') return { message: `expected ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}, found ${describe(input)}` };
      return { message: issue.message };
    case 'invalid_format':
      return { message: `${issue.message}, found ${describe(input)}` };
    case 'invalid_union':
      return { message: `${issue.message}, found ${describe(input)}` };
    case 'invalid_key':
      return { message: `a key here is not valid: ${issue.issues.map((i) => i.message).join('; ')}` };
    default:
      return { message: issue.message };
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'a mapping (key: value lines)',
  boolean: 'true or false',
};

export function describe(value: unknown): string {
  if (value === null) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
    case 'number':
      return Number.isInteger(value) ? `the number ${value}` : `the number ${value} (not whole)`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'a mapping';
    default:
      return typeof value;
  }
}

function topLevelKeys(): Section[] {
  return Object.keys(dataFileSchema.shape) as Section[];
}

/** The keys the schema accepts at `path`, for suggesting the intended one when a key is unknown. */
function allowedKeys(path: DataPath): string[] {
  let schema: z.ZodType | undefined = dataFileSchema;
  for (const part of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject && typeof part === 'string') schema = (schema.shape as Record<string, z.ZodType>)[part];
    else if (schema instanceof z.ZodArray && typeof part === 'number') schema = schema.element as z.ZodType;
    else return [];
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  return current;
}

function keyHint(key: string, allowed: string[]): string | undefined {
  return allowed.length === 0 ? undefined : choicesHint('allowed here', allowed, key);
}
