/**
 * Build speed, printed as figures: `npm run bench [-- --runs 7]`.
 * - cold: the whole `npm run build` command in a fresh process (what a user waits for);
 * - warm: build() again inside one process (load, validate, model, render, write);
 * - per document: render + serialise of each output alone;
 * - peak memory: the largest resident set of this process.
 * Medians of several runs; the machine's other load shows in the spread, so min and max too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, checkData, DEFAULT_TEMPLATES_DIR, wordsFor } from '../src/build.js';
import { readTemplates } from '../src/load/index.js';
import { renderers } from '../src/render/index.js';
import { serialize } from '../src/write/serialize.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, data: { type: 'string', default: 'data' } } });
const runs = Number(values.runs);
const dataDir = values.data;
const out = mkdtempSync(path.join(tmpdir(), 'vision-bench-'));

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `median ${median.toFixed(0)} ms (min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)}, n=${sorted.length})`;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

function cold(extra: string[]): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'build', '--data', dataDir, '--out', out, ...extra], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    samples.push(performance.now() - start);
  }
  return samples;
}

async function warm(municipality?: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await time(() => build({ dataDir, outDir: out, ...(municipality ? { municipality } : {}) })));
  return samples;
}

console.log(`whole build, fresh process:        ${stats(cold([]))}`);
console.log(`one handout (--municipality), fresh: ${stats(cold(['--municipality', 'sapporo']))}`);
console.log(`whole build, warm process:         ${stats(await warm())}`);
console.log(`one handout (--municipality), warm:  ${stats(await warm('sapporo'))}`);

const { model } = await checkData(dataDir);
const { templates } = await readTemplates(DEFAULT_TEMPLATES_DIR);
if (!model) throw new Error('the data is invalid: run npm run validate');
for (const renderer of renderers) {
  const words = wordsFor(renderer, model, templates);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    samples.push(await time(async () => {
      for (const document of renderer.render(model, words, { municipalities: model.region.municipalities })) await serialize(document);
    }));
  }
  const count = renderer.render(model, words, { municipalities: model.region.municipalities }).length;
  console.log(`${renderer.name} alone (render + serialise, ${count} document${count === 1 ? '' : 's'}): ${stats(samples)}`);
}
console.log(`peak memory (max RSS of this process): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
rmSync(out, { recursive: true, force: true });
