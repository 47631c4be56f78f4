import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mutate, random } from '../scripts/fuzz/mutations.js';
import { readFolder } from '../scripts/fuzz/read-folder.js';
import { runCase } from '../scripts/fuzz/run-case.js';
import { main } from '../src/cli/main.js';
import { SHIPPED_DATA } from './helpers/fixture.js';

/**
 * The mutation net over the shipped data, small enough for every CI run: 120 damaged copies,
 * every one validated and every twentieth built, each checked for every promise (no crash,
 * exit code and printed problems agree, validate passes only what build makes, a failed build
 * touches nothing, the manifest matches the files, every project is in the listing).
 * `npm run fuzz` runs the same cases at any length and seed.
 */
describe('mutations of the shipped data', () => {
  const reference = mkdtempSync(path.join(tmpdir(), 'vision-fuzz-reference-'));
  afterAll(() => rmSync(reference, { recursive: true, force: true }));

  it('keep every promise', { timeout: 120_000 }, async () => {
    expect(await main(['build', '--data', SHIPPED_DATA, '--out', reference], { out: () => {}, err: () => {}, env: { LANG: 'en' } })).toBe(0);
    const base = readFolder(SHIPPED_DATA);
    const rng = random(20261126);
    const broken: string[] = [];
    const exits = new Set<string>();
    for (let n = 1; n <= 120; n++) {
      const { files, label } = mutate(base, rng);
      const result = await runCase(files, { build: n % 20 === 0, reference });
      exits.add(`${result.validate}/${result.build ?? '-'}`);
      for (const violation of result.violations) broken.push(`case ${n}: ${label}: ${violation}`);
    }
    expect(broken).toEqual([]);
    // The net caught both kinds of case: data refused, and data accepted and built.
    expect(exits).toContain('1/-');
    expect([...exits].some((e) => e.startsWith('0/'))).toBe(true);
  });
});
