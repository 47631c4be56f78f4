import { z } from 'zod';
import { readWrittenDate } from '../format/era-date.js';
import { locate, locateKey } from '../load/locate.js';
import type { ParsedFile } from '../load/parse-yaml.js';
import { CATALOGUE } from '../messages/catalogue.js';
import { msg, type Message, type MessageKey, type MessageParam } from '../messages/index.js';
import { field } from '../plain-data.js';
import { formatDataPath, type DataPath, type Problem } from '../problem.js';
import { dataFileSchema, type DataFile } from './schema.js';
import { choicesHint, closest } from './suggest.js';

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
      problems.push({ severity: 'error', file: source.file, line: 1, column: 1, path: '', message: msg('shape.noData'), hint: sectionsHint() });
    }
    return { shaped: { source, data: result.data, failed, indexes: {} }, problems };
  }
  const badItems = new Map<Section, Set<number>>();
  const wholeSectionBad = new Set<Section>();
  const misspelt = misspeltKeys(result.error.issues);
  const written = writtenNumbers(result.error.issues);
  const markSymbolsSaid = new Set<string>();
  if (written.length > 0) problems.push(writtenNumbersProblem(source, written));
  for (const issue of result.error.issues) {
    // A misspelt key (pgae) is reported as unknown with a "did you mean page?" hint; saying
    // page is missing as well would be the same fault twice.
    // A project that writes `no:` is told to turn it into its id: no second message that the id is missing.
    const idOfNumbered = issue.code === 'invalid_type' && issue.input === undefined && issue.path.at(-1) === 'id' && written.some((w) => pathKey(w) === pathKey(issue.path.slice(0, -1)));
    if (!misspelt.has(pathKey(issue.path)) && !idOfNumbered) {
      // ● typed for each mark is one slip: said once per list.
      const marks = pathKey(issue.path.slice(0, -1));
      const fresh = issueToProblems(source, issue, options).filter((p) => p.message.key !== 'shape.markSymbol' || !markSymbolsSaid.has(marks));
      if (fresh.some((p) => p.message.key === 'shape.markSymbol')) markSymbolsSaid.add(marks);
      problems.push(...fresh);
    }
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
  /** A member's slug by its name, for a participant written as a name. */
  readonly slugOf: (name: string) => string | undefined;
}

type Issue = z.core.$ZodIssue;

/** Projects that still write `no:`, a key of the data before NO was computed from chart order. */
function writtenNumbers(issues: readonly Issue[]): DataPath[] {
  return issues.flatMap((i) => (i.code === 'unrecognized_keys' && i.keys.includes('no') && isProjectPath(i.path) ? [i.path as DataPath] : []));
}

function isProjectPath(path: readonly PropertyKey[]): boolean {
  return path.length === 2 && path[0] === 'projects' && typeof path[1] === 'number';
}

/**
 * One message for the whole file: a file of data from before the change writes `no:` on every
 * project, often as the line that starts the item (`- no: 3`) and without an id. Deleting such a
 * line would merge the projects, so the hint says to turn `no: 3` into the id `p03` in place, and
 * only to remove `no:` where the project already has an id.
 */
function writtenNumbersProblem(source: ParsedFile, paths: readonly DataPath[]): Problem {
  const [first, ...rest] = paths.map((path) => ({ path, ...locateKey(source, path, 'no') }));
  const others = rest.map((r) => String(r.line));
  const item = valueAt(source.data, first!.path);
  const no = item?.['no'];
  const hasId = typeof item?.['id'] === 'string';
  const lines = { line: first!.line, others };
  const hint =
    hasId || typeof no !== 'number'
      ? msg(others.length === 0 ? 'shape.removeNo' : 'shape.removeNoEach', lines)
      : msg(others.length === 0 ? 'shape.replaceNo' : 'shape.replaceNoEach', { ...lines, no, id: `p${String(no).padStart(2, '0')}` });
  return {
    severity: 'error',
    file: source.file,
    line: first!.line,
    column: first!.column,
    path: formatDataPath([...first!.path, 'no']),
    message: msg('shape.noWritten'),
    hint,
  };
}

/** The mapping at a data path of the parsed data, if it is one. */
function valueAt(data: unknown, path: DataPath): Record<string, unknown> | undefined {
  const value = path.reduce<unknown>(field, data);
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function pathKey(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map(String));
}

/** Paths of missing fields for which an unknown key nearby looks like a misspelling. */
function misspeltKeys(issues: readonly Issue[]): Set<string> {
  const unknown = issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys.map((k) => ({ parent: pathKey(i.path), key: k })) : []));
  const out = new Set<string>();
  for (const issue of issues) {
    if (!isMissing(issue)) continue;
    const missing = String(issue.path.at(-1));
    const parent = pathKey(issue.path.slice(0, -1));
    if (unknown.some((u) => u.parent === parent && closest([missing], u.key) !== undefined)) out.add(pathKey(issue.path));
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
      message: msg('shape.unknownField', { key }),
      ...(allowed.length === 0 ? {} : { hint: choicesHint(msg('shape.allowedHere'), allowed, key) }),
    }));
  }
  if (isMissing(issue) && path.length === 3 && isProjectPath(path.slice(0, 2)) && path[2] === 'id') {
    return [{ ...base, ...locate(source, path), path: formatDataPath(path), message: msg('shape.missingId'), hint: msg('shape.writeId', { id: options.freshProjectId() }) }];
  }
  const { message, hint } = describeIssue(issue, path, options);
  return [{ ...base, ...locate(source, path), path: formatDataPath(path), message, ...(hint ? { hint } : {}) }];
}

/** What was found and what is expected; where the value meant can be read from what was written, the value to write. */
function describeIssue(issue: Issue, path: DataPath, options?: ShapeOptions): { message: Message; hint?: Message } {
  const input = 'input' in issue ? issue.input : undefined;
  if (isMissing(issue)) return { message: msg('shape.missing', { field: String(path.at(-1)) }) };
  const key = catalogueKey(issue.message);
  if (key !== undefined) return describeChecked(issue, key, input, path, options);
  switch (issue.code) {
    case 'invalid_type': {
      if (path.length === 0) return { message: msg('shape.notSections', { found: describe(input) }), hint: sectionsHint() };
      const expected = EXPECTED[issue.expected];
      const message = msg('shape.wrongType', { expected: expected ? msg(expected) : issue.expected, found: describe(input) });
      // An unquoted code has lost its leading zero: the code to write is the number, six digits long.
      if (path.at(-1) === 'code' && typeof input === 'number' && Number.isInteger(input)) return { message: msg('shape.codeUnquoted', { found: input }), hint: msg('shape.writeCode', { code: String(input).padStart(6, '0') }) };
      if (issue.expected === 'string' && typeof input === 'number') return { message, hint: msg('shape.quoteHint') };
      const value = typeof input === 'string' && (issue.expected === 'number' || issue.expected === 'int') ? intendedNumber(input) : undefined;
      if (value === undefined && path.at(-2) === 'marks' && typeof input === 'string') return { message: msg('shape.markSymbol', { found: describe(input) }), hint: msg('shape.marksExample') };
      if (value === undefined) return { message };
      // Full-width digits are the usual slip of a Japanese input method: said as such, with the digits to type.
      if (/[０-９]/.test(String(input))) return { message: msg('shape.fullWidthDigits', { field: fieldName(path), found: String(input).trim() }), hint: msg('shape.writeHalfWidth', { value }) };
      return { message, hint: msg('shape.writeNumberOnly', { value }) };
    }
    case 'invalid_value':
      return { message: msg('shape.notOneOf', { choices: issue.values.map((v) => String(v)), found: describe(input) }) };
    case 'too_small':
      if (issue.origin === 'number') return { message: msg(issue.inclusive ? 'shape.atLeast' : 'shape.moreThan', { min: Number(issue.minimum), found: describe(input) }) };
      if (issue.origin === 'array' && Array.isArray(input)) return { message: msg(issue.minimum === 1 ? 'shape.tooFewItem' : 'shape.tooFewItems', { min: Number(issue.minimum), count: input.length }) };
      break;
    case 'too_big':
      if (issue.origin === 'number') return { message: msg(issue.inclusive ? 'shape.atMost' : 'shape.lessThan', { max: Number(issue.maximum), found: describe(input) }) };
      break;
    case 'invalid_key': {
      // A record's key failed its own checks: each says why, in one message.
      const reasons = issue.issues.map((nested) => describeIssue(nested, path, options).message);
      return { message: msg('shape.badKey', { reason: reasons.reduce((first, then) => msg('shape.andAlso', { first, then })) }) };
    }
  }
  // Only the schema's own checks are meant to get here, and they name a key (schema.ts `says`).
  return { message: msg('shape.invalid', { detail: issue.message }) };
}

/** A check of the schema's, which named its message: filled in with the issue's values. */
function describeChecked(issue: Issue, key: MessageKey, input: unknown, path: DataPath, options?: ShapeOptions): { message: Message; hint?: Message } {
  const params: Record<string, MessageParam> = {
    found: describe(input),
    ...(typeof input === 'string' || Array.isArray(input) ? { count: input.length } : {}),
    ...('maximum' in issue ? { max: Number(issue.maximum) } : {}),
    ...('minimum' in issue ? { min: Number(issue.minimum) } : {}),
    ...(issue.code === 'custom' ? issue.params : {}),
  };
  // A list's limit names what the list holds (schema.ts `list`).
  if (issue.code === 'too_big' && issue.origin === 'array') return { message: msg('shape.tooManyItems', { ...params, items: msg(key) }) };
  const message = msg(key, params);
  if (key === 'shape.participants' && typeof input === 'string' && /^(全市町村|全て|すべて|全部|all)$/i.test(input.trim())) return { message, hint: msg('shape.writeAll') };
  if (key === 'shape.slug' && path.at(-2) === 'participants' && typeof input === 'string') {
    const slug = options?.slugOf(input);
    if (slug) return { message: msg('shape.participantByName', { found: input, slug }), hint: msg('shape.participantsAreSlugs') };
  }
  if (key === 'shape.isoDate' && typeof input === 'string') {
    const hint = dateHint(input);
    return hint ? { message, hint } : { message };
  }
  return { message };
}

/** A required field that is not there: zod says a value of the wrong type (or, for a choice, not one of the choices) was found. */
function isMissing(issue: Issue): boolean {
  return (issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined;
}

function catalogueKey(text: string): MessageKey | undefined {
  return Object.hasOwn(CATALOGUE, text) ? (text as MessageKey) : undefined;
}

/**
 * The whole number meant by text typed by hand: full-width digits (６１), a unit (61ページ, ６１頁,
 * 第2版) or full-width spaces around it. NFKC gives the digits to write; nothing else is guessed.
 */
function intendedNumber(input: string): string | undefined {
  const match = /^(?:第|p\.?)?([+-]?\d+)(?:頁|ページ|版|番|号)?$/i.exec(input.normalize('NFKC').replace(/\s/g, ''));
  return match ? String(Number(match[1])) : undefined;
}

/** Integer fields in words, for a message about how their value is written; others go by their key. */
const FIELD_NAMES: Partial<Record<string, MessageKey>> = {
  page: 'shape.field.page',
  marks: 'shape.field.marks',
  number: 'shape.field.number',
  edition: 'shape.field.edition',
};

/** The field a value belongs to, by its nearest key (`marks` for marks[2]). */
function fieldName(path: DataPath): MessageParam {
  const field = String(path.findLast((part) => typeof part === 'string') ?? '');
  const key = FIELD_NAMES[field];
  return key ? msg(key) : field;
}

/** For a date not written YYYY-MM-DD: the date to write, or why the one meant cannot be. */
function dateHint(input: string): Message | undefined {
  const written = input.trim();
  const date = readWrittenDate(input);
  switch (date?.kind) {
    case 'date':
      return msg('shape.writeDate', { iso: date.iso, written });
    case 'outsideEra':
      return date.last === undefined ? msg('shape.dateBeforeEra', { written, era: date.era, first: date.first }) : msg('shape.dateOutsideEra', { written, era: date.era, first: date.first, last: date.last });
    case 'noSuchDay':
      return msg('shape.noSuchDay', { written });
    default:
      return undefined;
  }
}

const EXPECTED: Partial<Record<string, MessageKey>> = {
  string: 'shape.type.string',
  number: 'shape.type.number',
  int: 'shape.type.int',
  array: 'shape.type.array',
  object: 'shape.type.object',
  boolean: 'shape.type.boolean',
};

function describe(value: unknown): Message {
  if (value === null) return msg('shape.found.nothing');
  if (Array.isArray(value)) return msg('shape.found.list');
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? msg('shape.found.longText', { text: value.slice(0, 40) }) : msg('shape.found.text', { text: value });
    case 'number':
      return msg(Number.isInteger(value) ? 'shape.found.number' : 'shape.found.fraction', { number: value });
    case 'object':
      return msg('shape.found.mapping');
    default:
      return msg('shape.found.value', { value: String(value) });
  }
}

function sectionsHint(): Message {
  return msg('shape.sectionsHint', { keys: topLevelKeys() });
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
