import path from 'node:path';
import Handlebars from 'handlebars';
import { isMap, isScalar } from 'yaml';
import type { CalendarDate } from '../calendar-date.js';
import { ExplainedError } from '../errors.js';
import { formatFiscalYear, formatJapaneseDate, formatJapaneseYearMonth } from '../format/japanese-date.js';
import { msg } from '../messages/index.js';
import { hasErrors, type Problem } from '../problem.js';
import { displayPath } from './display-path.js';
import { TEMPLATE_FILES } from './input-files.js';
import { listInputFiles } from './list-files.js';
import { parseYaml } from './parse-yaml.js';
import { readInputText } from './read-text.js';

export type TemplateFn = (context: object) => string;

/** One compiled template and where it is written, so a failure while rendering can point at it. */
export interface Template {
  readonly render: TemplateFn;
  readonly file: string;
  readonly key: string;
  readonly line: number;
  readonly column: number;
}

/** Templates by document (the file's base name), then by key. */
export type Templates = ReadonlyMap<string, ReadonlyMap<string, Template>>;

/**
 * The Handlebars used for every template, with the helpers the plan's wording needs:
 * `{{date x}}` → 令和6年(2024年)3月29日, `{{yearMonth x}}` → 令和7年(2025年)4月 (an edition's
 * name) and `{{fiscalYear x}}` → 令和6年度.
 */
const handlebars = Handlebars.create();
handlebars.registerHelper('date', (value: unknown) => formatJapaneseDate(dateArgument('date', value)));
handlebars.registerHelper('yearMonth', (value: unknown) => formatJapaneseYearMonth(dateArgument('yearMonth', value)));
handlebars.registerHelper('fiscalYear', (value: unknown) => formatFiscalYear(dateArgument('fiscalYear', value)));

/** A helper given something it cannot write, thrown while a document renders: its words name the helper and what it was given. */
export class HelperArgumentError extends ExplainedError {
  override readonly name = 'HelperArgumentError';
}

function dateArgument(helper: string, value: unknown): CalendarDate {
  const date = value as Partial<CalendarDate> | null;
  if (typeof date?.iso !== 'string' || typeof date.year !== 'number') throw new HelperArgumentError(msg('load.helperNeedsDate', { helper: `{{${helper}}}`, found: JSON.stringify(value) ?? msg('load.nothingGiven') }));
  return date as CalendarDate;
}

/**
 * Reads `templates/*.yaml`: each key is one Handlebars template. They are compiled with
 * `strict` (a missing name is an error, not an empty string) and `noEscape` (the output is a
 * PDF or a workbook, not HTML). Syntax is checked now, so a broken template is a positioned
 * problem before anything renders.
 */
export async function readTemplates(dir: string, shownAs?: string): Promise<{ templates: Templates; problems: Problem[]; sources: { path: string; text: string }[] }> {
  const root = path.resolve(dir);
  const listed = await listInputFiles(root, { ...TEMPLATE_FILES, ...(shownAs === undefined ? {} : { shownAs }) });
  const templates = new Map<string, Map<string, Template>>();
  const problems: Problem[] = [...listed.problems];
  const sources: { path: string; text: string }[] = [];
  for (const { name, absolute, shown } of listed.files) {
    const read = await readInputText(absolute, shown);
    if (read.problem) {
      problems.push(read.problem);
      continue;
    }
    const parsed = parseYaml(shown, read.text, name);
    problems.push(...parsed.problems);
    const { file } = parsed;
    sources.push({ path: name, text: file.text });
    const contents = file.doc.contents;
    const compiled = new Map<string, Template>();
    templates.set(path.basename(name, '.yaml'), compiled);
    if (!isMap(contents)) {
      if (!hasErrors(parsed.problems)) problems.push({ severity: 'error', file: file.file, line: 1, column: 1, path: '', message: msg('load.templatesNotMapping') });
      continue;
    }
    for (const pair of contents.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const where = file.lineCounter.linePos(pair.value && 'range' in pair.value && pair.value.range ? pair.value.range[0] : 0);
      const at = { severity: 'error' as const, file: file.file, line: where.line, column: where.col, path: key };
      if (!isScalar(pair.value) || typeof pair.value.value !== 'string') {
        problems.push({ ...at, message: msg('load.templateNotText') });
        continue;
      }
      const source = pair.value.value;
      try {
        handlebars.parse(source);
      } catch (cause) {
        problems.push({ ...at, message: msg('load.templateSyntax', { detail: String((cause as Error).message).split('\n')[0]! }) });
        continue;
      }
      compiled.set(key, { render: handlebars.compile(source, { strict: true, noEscape: true }), file: file.file, key, line: at.line, column: at.column });
    }
  }
  return { templates, problems, sources };
}

/** Problems for the keys a renderer needs that its template file does not have. */
export function missingTemplates(templates: Templates, document: string, keys: readonly string[], dir: string): Problem[] {
  const file = displayPath(path.join(path.resolve(dir), `${document}.yaml`));
  const have = templates.get(document);
  if (!have) return [{ severity: 'error', file, path: '', message: msg('load.noTemplateFile', { keys }) }];
  return keys.filter((k) => !have.has(k)).map((k) => ({ severity: 'error', file, path: k, message: msg('load.missingTemplate', { key: k }) }));
}
