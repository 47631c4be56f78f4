/**
 * The long mutation run: `npm run fuzz -- --cases 2000 --seed 1 [--build-every 10] [--data data]`.
 * Each case damages a copy of the data (scripts/fuzz/mutations.ts) and runs validate, and every
 * Nth case build too, checking every promise (scripts/fuzz/run-case.ts). Prints the exits by
 * class and every broken promise with the seed and case number that replay it; exits 1 if any.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { main } from '../src/cli/main.js';
import { mutate, random } from './fuzz/mutations.js';
import { readFolder } from './fuzz/read-folder.js';
import { runCase } from './fuzz/run-case.js';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '500' },
    seed: { type: 'string', default: '1' },
    'build-every': { type: 'string', default: '10' },
    data: { type: 'string', default: 'data' },
  },
});
const cases = Number(values.cases);
const seed = Number(values.seed);
const buildEvery = Number(values['build-every']);

const base = readFolder(values.data);
const reference = mkdtempSync(path.join(tmpdir(), 'vision-fuzz-reference-'));
const quiet = { out: () => {}, err: () => {} };
if ((await main(['build', '--data', values.data, '--out', reference], quiet)) !== 0) throw new Error(`${values.data} does not build: fix it before fuzzing`);

const rng = random(seed);
const exits = new Map<string, number>();
const failures: string[] = [];
const times: number[] = [];
let slowest = { ms: 0, label: '' };
const started = performance.now();
for (let n = 1; n <= cases; n++) {
  const { files, label } = mutate(base, rng);
  const result = await runCase(files, { build: n % buildEvery === 0, reference });
  const key = `validate ${result.validate}${result.build === undefined ? '' : `, build ${result.build}`}`;
  exits.set(key, (exits.get(key) ?? 0) + 1);
  times.push(result.validateMs);
  if (result.validateMs > slowest.ms) slowest = { ms: result.validateMs, label };
  for (const violation of result.violations) failures.push(`case ${n} (seed ${seed}): ${label}\n    ${violation}`);
  if (n % 100 === 0) process.stderr.write(`${n}/${cases} cases, ${failures.length} broken promises\n`);
}
rmSync(reference, { recursive: true, force: true });

const sorted = times.sort((a, b) => a - b);
console.log(`${cases} cases from seed ${seed} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
for (const [key, count] of [...exits].sort()) console.log(`  ${key}: ${count}`);
console.log(`  crashes (exit 70 or any exit but 0 and 1): ${failures.filter((f) => / exited (?!0|1\b)\d+/.test(f)).length}`);
console.log(`validate per case: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms (${slowest.label})`);
console.log(failures.length === 0 ? 'every promise held' : `${failures.length} broken promises:\n${failures.join('\n')}`);
process.exitCode = failures.length === 0 ? 0 : 1;
