import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import Handlebars from 'handlebars';
import { isMap, isScalar } from 'yaml';
import type { CalendarDate } from '../calendar-date.js';
import { formatFiscalYear, formatJapaneseDate } from '../format/japanese-date.js';
import { hasErrors, type Problem } from '../problem.js';
import { displayPath, parseDataText } from './read-data-files.js';

export type TemplateFn = (context: object) => string;

/** Templates by document (the file's base name), then by key. */
export type Templates = ReadonlyMap<string, ReadonlyMap<string, TemplateFn>>;

/**
 * The Handlebars used for every template, with the two helpers the plan's wording needs:
 * `{{date x}}` → 令和6年(2024年)3月29日 and `{{fiscalYear x}}` → 令和6年度.
 */
const handlebars = Handlebars.create();
handlebars.registerHelper('date', (value: unknown) => formatJapaneseDate(dateArgument('date', value)));
handlebars.registerHelper('fiscalYear', (value: unknown) => formatFiscalYear(dateArgument('fiscalYear', value)));

function dateArgument(helper: string, value: unknown): CalendarDate {
  const date = value as Partial<CalendarDate> | null;
  if (typeof date?.iso !== 'string' || typeof date.year !== 'number') throw new Error(`{{${helper}}} needs a date, such as vision.adopted; found ${JSON.stringify(value) ?? 'nothing'}`);
  return date as CalendarDate;
}

/**
 * Reads `templates/*.yaml`: each key is one Handlebars template. They are compiled with
 * `strict` (a missing name is an error, not an empty string) and `noEscape` (the output is a
 * PDF or a workbook, not HTML). Syntax is checked now, so a broken template is a positioned
 * problem before anything renders.
 */
export async function readTemplates(dir: string): Promise<{ templates: Templates; problems: Problem[]; sources: { path: string; text: string }[] }> {
  const root = path.resolve(dir);
  const names = (await fg('*.yaml', { cwd: root, onlyFiles: true })).sort();
  const templates = new Map<string, Map<string, TemplateFn>>();
  const problems: Problem[] = [];
  const sources: { path: string; text: string }[] = [];
  for (const name of names) {
    const parsed = parseDataText(displayPath(path.join(root, name)), await readFile(path.join(root, name), 'utf8'), name);
    problems.push(...parsed.problems);
    const { file } = parsed;
    sources.push({ path: name, text: file.text });
    const contents = file.doc.contents;
    const compiled = new Map<string, TemplateFn>();
    templates.set(path.basename(name, '.yaml'), compiled);
    if (!isMap(contents)) {
      if (!hasErrors(parsed.problems)) problems.push({ severity: 'error', file: file.file, line: 1, column: 1, path: '', message: 'expected a mapping of template names to texts' });
      continue;
    }
    for (const pair of contents.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const where = file.lineCounter.linePos(pair.value && 'range' in pair.value && pair.value.range ? pair.value.range[0] : 0);
      const at = { severity: 'error' as const, file: file.file, line: where.line, column: where.col, path: key };
      if (!isScalar(pair.value) || typeof pair.value.value !== 'string') {
        problems.push({ ...at, message: 'expected the template as text' });
        continue;
      }
      const source = pair.value.value;
      try {
        handlebars.parse(source);
      } catch (cause) {
        problems.push({ ...at, message: `template syntax: ${String((cause as Error).message).split('\n')[0]}` });
        continue;
      }
      compiled.set(key, handlebars.compile(source, { strict: true, noEscape: true }));
    }
  }
  return { templates, problems, sources };
}

/** Problems for the keys a renderer needs that its template file does not have. */
export function missingTemplates(templates: Templates, document: string, keys: readonly string[], dir: string): Problem[] {
  const file = displayPath(path.join(path.resolve(dir), `${document}.yaml`));
  const have = templates.get(document);
  if (!have) return [{ severity: 'error', file, path: '', message: `template file not found; it must define: ${keys.join(', ')}` }];
  return keys.filter((k) => !have.has(k)).map((k) => ({ severity: 'error', file, path: k, message: `missing template "${k}"` }));
}
