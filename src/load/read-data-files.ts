import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { isPair, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Problem } from '../problem.js';
import { positionAt } from './position.js';

/** One data file, parsed, with what is needed to turn a data path back into a position. */
export interface ParsedFile {
  /** As printed to the user: relative to the working directory. */
  readonly file: string;
  /** Relative to the data folder, with forward slashes: stable wherever the folder sits. */
  readonly name: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** The plain value, or undefined when the file could not be turned into one. */
  readonly data: unknown;
}

export interface LoadResult {
  readonly files: readonly ParsedFile[];
  readonly problems: readonly Problem[];
}

export const DATA_PATTERN = '**/*.{yaml,yml}';

/** Keys that would reach an object's prototype once the data is turned into JavaScript. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** yaml's own default; spelt out because a data file has no business needing more. */
const MAX_ALIAS_COUNT = 100;

export function displayPath(absolute: string): string {
  const rel = path.relative(process.cwd(), absolute);
  return rel === '' ? '.' : rel.startsWith('..') ? absolute : rel;
}

/** Finds every YAML file under `dataDir` (sorted, so the order never depends on the disk) and parses it. */
export async function readDataFiles(dataDir: string): Promise<LoadResult> {
  const root = path.resolve(dataDir);
  const shown = displayPath(root);
  const info = await stat(root).catch(() => undefined);
  if (!info) return { files: [], problems: [folderProblem(shown, 'data folder not found', 'pass an existing folder with --data')] };
  if (!info.isDirectory()) return { files: [], problems: [folderProblem(shown, 'not a folder', 'pass the folder that holds the YAML files with --data')] };
  const names = (await fg(DATA_PATTERN, { cwd: root, onlyFiles: true, dot: false })).sort();
  if (names.length === 0) {
    return {
      files: [],
      problems: [folderProblem(shown, `no data files found (looked for ${DATA_PATTERN})`, 'the data folder must hold the vision, region, policies, pillars and projects as YAML files')],
    };
  }
  const files: ParsedFile[] = [];
  const problems: Problem[] = [];
  for (const name of names) {
    const absolute = path.join(root, name);
    const parsed = parseDataText(displayPath(absolute), await readFile(absolute, 'utf8'), name);
    files.push(parsed.file);
    problems.push(...parsed.problems);
  }
  return { files, problems };
}

function folderProblem(file: string, message: string, hint: string): Problem {
  return { severity: 'error', file, path: '', message, hint };
}

/** Parses one file's text; syntax errors, duplicate keys and unsafe keys come back as positioned problems. */
export function parseDataText(file: string, text: string, name = file): { file: ParsedFile; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const problems: Problem[] = [];
  const at = (offset: number) => positionAt(lineCounter, offset);
  // One mistake (a tab, a stray colon) often trips several parser errors on its line: the
  // first says where to look.
  const linesReported = new Set<number>();
  for (const error of doc.errors) {
    const where = at(error.pos[0]);
    if (linesReported.has(where.line)) continue;
    linesReported.add(where.line);
    problems.push({ severity: 'error', file, ...where, path: '', message: `YAML syntax: ${firstLine(error.message)}` });
  }
  for (const warning of doc.warnings) {
    problems.push({ severity: 'warning', file, ...at(warning.pos[0]), path: '', message: `YAML: ${firstLine(warning.message)}` });
  }
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
        problems.push({
          severity: 'error',
          file,
          ...at(pair.key.range?.[0] ?? 0),
          path: '',
          message: `the key "${String(pair.key.value)}" is not allowed`,
          hint: 'it could change how every object behaves once loaded; rename it',
        });
      }
    },
  });
  let data: unknown;
  if (problems.every((p) => p.severity !== 'error')) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (cause) {
      problems.push({ severity: 'error', file, line: 1, column: 1, path: '', message: `cannot be read: ${firstLine(String((cause as Error).message ?? cause))}`, hint: `at most ${MAX_ALIAS_COUNT} aliases are expanded` });
    }
  }
  return { file: { file, name, text, doc, lineCounter, data }, problems };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim();
}
