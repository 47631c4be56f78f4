import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export const MINIMAL = path.resolve(import.meta.dirname, '../fixtures/minimal');
export const SHIPPED_DATA = path.resolve(import.meta.dirname, '../../data');

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'vision-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export type Edits = Record<string, (text: string) => string>;

/** A copy of a fixture data set with some files edited (or added, when the file is new). */
export function fixture(edits: Edits = {}, from = MINIMAL): string {
  const dir = tempDir();
  cpSync(from, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    let text = '';
    try {
      text = readFileSync(target, 'utf8');
    } catch {
      // a new file
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, edit(text));
  }
  return dir;
}

/** Replaces exactly one occurrence, so a test fails loudly when its fixture drifts. */
export function replaceOnce(search: string, replacement: string): (text: string) => string {
  return (text) => {
    const at = text.indexOf(search);
    if (at < 0 || text.indexOf(search, at + 1) >= 0) throw new Error(`fixture edit: "${search}" must occur exactly once`);
    return text.slice(0, at) + replacement + text.slice(at + search.length);
  };
}

/** 1-based line of the only line containing `needle` in a file of the data set. */
export function lineOf(dir: string, file: string, needle: string): number {
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
  const hits = lines.flatMap((line, i) => (line.includes(needle) ? [i + 1] : []));
  if (hits.length !== 1) throw new Error(`"${needle}" is on ${hits.length} lines of ${file}`);
  return hits[0]!;
}
