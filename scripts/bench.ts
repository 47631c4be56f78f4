/**
 * Build speed, printed as figures: `npm run bench [-- --runs 7]`.
 * - cold: the whole `npm run build` command in a fresh process (what a user waits for);
 * - warm: build() again inside one process (load, validate, model, render, write);
 * - per document: render + serialise of each output alone;
 * - compare: `npm run compare -- --base <earlier data>` in a fresh process (everything a build
 *   makes, plus the base read and validated, the change list and the 新旧対照表), and the
 *   comparison's own share: base + change list + the two revision documents, warm;
 * - peak memory: the largest resident set of this process.
 * Medians of several runs; the machine's other load shows in the spread, so min and max too.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, checkData, DEFAULT_TEMPLATES_DIR, wordsFor } from '../src/build.js';
import { checkBase } from '../src/check-base.js';
import { compareModels } from '../src/compare/index.js';
import { readTemplates } from '../src/load/index.js';
import { renderers } from '../src/render/index.js';
import { FONT_FILES } from '../src/write/font.js';
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

/**
 * An earlier edition of the data for the comparison: the same plan without its NO 15 and with
 * NO 2 under its draft name, so the current data reads as one project inserted (NOs after it
 * renumbered) and one renamed.
 */
function earlierEdition(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'vision-bench-base-'));
  cpSync(dataDir, folder, { recursive: true });
  const edit = (file: string, change: (text: string) => string) => writeFileSync(path.join(folder, file), change(readFileSync(path.join(folder, file), 'utf8')));
  edit('projects/pillar-2.yaml', (t) => t.replace(/  - id: p15\n(    .*\n)+/, ''));
  edit('projects/pillar-1.yaml', (t) => t.replace('name: 連携した企業誘致の推進', 'name: 企業誘致の推進'));
  return folder;
}

function cold(extra: string[], command = 'build'): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', command, '--data', dataDir, '--out', out, ...extra], { encoding: 'utf8' });
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

/**
 * The floor the figures stand beside: a fresh Node process that reads the two font files and
 * writes as many files as a build writes, doing none of the work. Nothing can be faster.
 */
function floor(files: number): number[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'vision-bench-floor-'));
  const script = `const fs=require('fs');const f=${JSON.stringify(Object.values(FONT_FILES))}.map((p)=>fs.readFileSync(p));for(let i=0;i<${files};i++)fs.writeFileSync(require('path').join(${JSON.stringify(folder)},'floor-'+i+'.bin'),f[0].subarray(0,100000));`;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    samples.push(performance.now() - start);
  }
  rmSync(folder, { recursive: true, force: true });
  return samples;
}

console.log(`floor (fresh Node, read the font, write 27 files): ${stats(floor(27))}`);
console.log(`whole build, fresh process:        ${stats(cold([]))}`);
console.log(`one handout (--municipality), fresh: ${stats(cold(['--municipality', 'sapporo']))}`);
const base = earlierEdition();
console.log(`compare --base (whole build + comparison), fresh: ${stats(cold(['--base', base], 'compare'))}`);
console.log(`whole build, warm process:         ${stats(await warm())}`);
console.log(`one handout (--municipality), warm:  ${stats(await warm('sapporo'))}`);

const { model } = await checkData(dataDir);
const { templates } = await readTemplates(DEFAULT_TEMPLATES_DIR);
if (!model) throw new Error('the data is invalid: run npm run validate');
// The 新旧対照表 makes nothing without a base: it is timed below, with one.
for (const renderer of renderers.filter((r) => r.templates.file !== 'revision')) {
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
const revision = renderers.find((r) => r.templates.file === 'revision');
if (!revision) throw new Error('no revision renderer');
const revisionWords = wordsFor(revision, model, templates);
const comparing: number[] = [];
for (let i = 0; i < runs; i++) {
  comparing.push(await time(async () => {
    const earlier = await checkBase(base, dataDir, DEFAULT_TEMPLATES_DIR);
    const comparison = compareModels(earlier.model, model);
    for (const document of revision.render(model, revisionWords, { municipalities: model.region.municipalities, comparison })) await serialize(document);
  }));
}
console.log(`the comparison's own share (base read + validated, change list, 新旧対照表 PDF + xlsx), warm: ${stats(comparing)}`);
console.log(`peak memory (max RSS of this process): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
rmSync(out, { recursive: true, force: true });
rmSync(base, { recursive: true, force: true });
