/**
 * Build speed, printed as figures beside a floor measured in the same run:
 * `npm run bench [-- --runs 7] [--no-scale] [--only build|import|scale …]`.
 *
 * Every figure is a fresh process started as `npm run build` starts it (`node bin/vision.js …`,
 * the compiled program), timed from outside, with its CPU time and peak resident memory from GNU
 * time: that is what a user waits for and what a machine must hold. The machine's other load
 * shows in the spread, so each figure is a median with its min–max.
 * - floor: a fresh Node that reads the font and writes as many files as the build writes;
 * - cold full build (`--force`), no-op rebuild, one project renamed, one handout, compare;
 * - pdfmake alone: the PDFs of one handout and of a full build, timed inside a fresh process
 *   once the data is read, and with the floor the least a build making them can take here;
 * - the launcher's own cost beside running dist/cli.js directly;
 * - the input workbook: export, import of the exported workbook unedited (a dry run, which must
 *   find nothing to change) and import --write of one with one project renamed, each on a copy
 *   of the data, for the data and (unless `--no-scale`) a synthetic plan of 1,000 × 12;
 * - the scale series (on unless `--no-scale`): synthetic plans with every member in every
 *   project, built fresh, with pages, seconds and milliseconds per page, and pdfmake alone.
 * - with `--reference <git revision>`: the cold full build and one handout by that revision of
 *   this program, run alternately with this one (see referenceFigures).
 * `--only` runs just the parts named (repeat it, or separate them with commas): `build` (the
 * builds, compare and the launcher), `import` (the input workbook), `scale` (the scale series),
 * `reference`; `--only import --no-scale` times the input workbook of the data alone.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { FONT_FILES } from '../src/write/font.js';
import { generatePlan, writePlan } from './generate-data.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const LAUNCHER = path.join(ROOT, 'bin', 'vision.js');
const COMPILED = path.join(ROOT, 'dist', 'cli.js');
const GNU_TIME = '/usr/bin/time';
/** Peak resident set in KiB, then user and system CPU seconds: GNU time's last line on stderr. */
const TIME_FORMAT = '%M %U %S';
/** The 1,000 × 200 build took 987 s before the work on speed; past this, waiting tells nothing more. */
const SCALE_LIMIT_MS = 15 * 60_000;
const SCALE_SERIES = [
  { projects: 53, members: 12 },
  { projects: 250, members: 50 },
  { projects: 1000, members: 200 },
] as const;
/** A size this large is built once whatever `--runs` says: it takes minutes. */
const BUILT_ONCE_FROM_PROJECTS = 1000;
/** The synthetic plan whose input workbook is timed beside the data's. */
const WORKBOOK_SCALE = { projects: 1000, members: 12 } as const;
/** The sheet and the heading of the cell renamed in the edited workbook, as export writes them. */
const PROJECTS_SHEET = '連携事業';
const NAME_HEADING = '連携事業名';
const PARTS = ['build', 'import', 'scale', 'reference'] as const;
const MEMBER = 'sapporo';
const SIZE_WIDTH = 12;
const LABEL_WIDTH = 48;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    data: { type: 'string', default: 'data' },
    'no-scale': { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
    reference: { type: 'string' },
  },
});
const runs = Number(values.runs);
const only = (values.only ?? [...PARTS]).flatMap((part) => part.split(','));
for (const part of only) if (!(PARTS as readonly string[]).includes(part)) throw new Error(`--only ${part}: the parts are ${PARTS.join(', ')}`);
const parts = new Set(only);
// Naming a revision asks for the comparison, whatever `--only` lists; `--only reference` needs one named.
if (values.reference !== undefined) parts.add('reference');
else if (values.only && parts.has('reference')) throw new Error('--only reference: name the revision to compare with, --reference <git revision>');
const dataDir = path.resolve(values.data);
/** The data folder as the tables name it. */
const dataName = `${path.relative(ROOT, dataDir) || dataDir}/`;
const scratch = mkdtempSync(path.join(tmpdir(), 'vision-bench-'));

interface Run {
  readonly ms: number;
  readonly cpuMs: number;
  readonly rssMiB: number;
  readonly status: number | null;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

/** The process group of the command being timed, so an interrupted bench leaves nothing running. */
let running: ChildProcess | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (running?.pid) process.kill(-running.pid, 'SIGKILL');
    rmSync(scratch, { recursive: true, force: true });
    process.exit(130);
  });
}

/**
 * Runs a command in a fresh process under GNU time. Detached into a group of its own so that
 * stopping it at the limit stops the program and not only `time` in front of it.
 */
function fresh(command: readonly string[], limitMs?: number, cwd = ROOT): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(GNU_TIME, ['-f', TIME_FORMAT, ...command], { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    running = child;
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = limitMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid!, 'SIGKILL');
    }, limitMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      running = undefined;
      resolve({ ms: performance.now() - start, status, timedOut, stdout, ...measured(stderr) });
    });
  });
}

function measured(stderr: string): { cpuMs: number; rssMiB: number; stderr: string } {
  const lines = stderr.trimEnd().split('\n');
  const figures = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(lines.at(-1) ?? '');
  if (!figures) return { cpuMs: NaN, rssMiB: NaN, stderr };
  return { rssMiB: Number(figures[1]) / 1024, cpuMs: (Number(figures[2]) + Number(figures[3])) * 1000, stderr: lines.slice(0, -1).join('\n') };
}

function vision(...args: string[]): string[] {
  return [process.execPath, LAUNCHER, ...args, '--quiet', '--lang', 'en'];
}

async function succeeded(command: readonly string[], cwd = ROOT): Promise<Run> {
  const run = await fresh(command, undefined, cwd);
  if (run.status !== 0) throw new Error(`${command.join(' ')} exited ${run.status}:\n${run.stderr}`);
  return run;
}

/**
 * `command` is asked anew for each run, as it may empty a folder first; `check`, when given,
 * looks at what each run did before the next begins, and throws when it did the wrong thing.
 */
async function repeat(times: number, command: () => readonly string[], check?: (run: Run) => void): Promise<Run[]> {
  const samples: Run[] = [];
  for (let i = 0; i < times; i++) {
    const run = await succeeded(command());
    check?.(run);
    samples.push(run);
  }
  return samples;
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function spread(samples: readonly number[]): string {
  return `${median(samples).toFixed(0)} ms (${Math.min(...samples).toFixed(0)}–${Math.max(...samples).toFixed(0)})`;
}

/** One line of the table: the median time and its spread, times the floor, CPU, peak memory, a note. */
function row(label: string, samples: readonly Run[], floorMs: number, note = ''): string {
  const ms = samples.map((s) => s.ms);
  const times = `${(median(ms) / floorMs).toFixed(1)}×`;
  const cpu = `${(median(samples.map((s) => s.cpuMs)) / 1000).toFixed(2)} s`;
  const rss = `${Math.max(...samples.map((s) => s.rssMiB)).toFixed(0)} MiB`;
  return `${label.padEnd(LABEL_WIDTH)}${spread(ms).padEnd(24)}${times.padStart(7)}${cpu.padStart(10)}${rss.padStart(10)}  ${note}`.trimEnd();
}

/**
 * The floor the figures stand beside: a fresh Node process that reads the two font files and
 * writes as many files as a build writes, doing none of the work. Nothing can be faster.
 */
async function floor(files: number, times: number): Promise<Run[]> {
  const folder = mkdtempSync(path.join(scratch, 'floor-'));
  const script = `const fs=require('fs');const f=${JSON.stringify(Object.values(FONT_FILES))}.map((p)=>fs.readFileSync(p));for(let i=0;i<${files};i++)fs.writeFileSync(require('path').join(${JSON.stringify(folder)},'floor-'+i+'.bin'),f[0].subarray(0,100000));`;
  return repeat(times, () => [process.execPath, '-e', script]);
}

/**
 * What pdfmake alone costs a fresh process, timed inside one: loading the program's PDF writer
 * and making the PDFs a build of `data` (of one member's handout, with `municipality`) makes,
 * their definitions rendered in between and untimed. Reading the data has already parsed the
 * typeface, which a build pays for too, so this is less than the PDFs cost any build: with the
 * floor, it is a time no build that makes these PDFs with pdfmake can beat on this machine.
 */
async function pdfLibraryFloor(times: number, data: string, municipality?: string): Promise<{ ms: number[]; documents: number }> {
  const dist = (file: string) => JSON.stringify(pathToFileURL(path.join(ROOT, 'dist', file)).href);
  const options = JSON.stringify({ dataDir: data, ...(municipality ? { municipality } : {}) });
  const script = [
    "import { setFlagsFromString } from 'node:v8';",
    // The program's own setting (src/cli.ts): the same collector, the same work.
    "setFlagsFromString('--heap-growing-percent=100');",
    `const { prepare, isPrepared } = await import(${dist('check.js')});`,
    `const { renderChecked } = await import(${dist('render/index.js')});`,
    `const prepared = await prepare(${options});`,
    "if (!isPrepared(prepared)) throw new Error('the data has errors');",
    'let ms = 0;',
    'let documents = 0;',
    'let pdfBytes;',
    // A unit at a time, as a build renders them, so that a large plan's definitions are not all held at once.
    'for (const job of prepared.jobs.filter((job) => job.wanted)) {',
    "  for (const { document } of renderChecked(prepared.input, prepared.templates, job.unit).documents.filter(({ document }) => document.kind === 'pdf')) {",
    '    const start = performance.now();',
    `    pdfBytes ??= (await import(${dist('write/pdf.js')})).pdfBytes;`,
    '    await pdfBytes(document.definition);',
    '    ms += performance.now() - start;',
    '    documents += 1;',
    '  }',
    '}',
    'console.log(JSON.stringify({ ms, documents }));',
  ].join('\n');
  const samples = (await repeat(times, () => [process.execPath, '--input-type=module', '-e', script])).map((run) => JSON.parse(run.stdout) as { ms: number; documents: number });
  return { ms: samples.map((s) => s.ms), documents: samples[0]!.documents };
}

/**
 * Compiles the program if its sources changed (so no run below pays for that) and tells whether
 * this build knows `--force`; without it every build makes everything, from an empty folder here.
 */
function prepareProgram(): boolean {
  const help = spawnSync(process.execPath, [LAUNCHER, 'build', '--help', '--lang', 'en'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (help.status !== 0) throw new Error('the program could not be prepared');
  return help.stdout.includes('--force');
}

/** The arguments of a build that must make everything, emptying the folder when `--force` is unknown. */
function everything(outDir: string): string[] {
  if (canForce) return ['--force'];
  rmSync(outDir, { recursive: true, force: true });
  return [];
}

function outputsIn(outDir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as { outputs: { path: string }[] };
  return manifest.outputs.map((o) => o.path);
}

/** A file's identity: written again (in place or renamed over), it changes. */
function identities(outDir: string): Map<string, string> {
  return new Map(outputsIn(outDir).map((file) => {
    const stat = statSync(path.join(outDir, file));
    return [file, `${stat.ino}:${stat.mtimeMs}:${stat.size}`];
  }));
}

/**
 * How many outputs a build wrote and how many it left alone, read from the files themselves
 * rather than from what the build prints, so it holds whatever the build says and in any language.
 */
function rewritten(before: Map<string, string>, outDir: string): { written: number; untouched: number } {
  const after = identities(outDir);
  const untouched = [...after].filter(([file, id]) => before.get(file) === id).length;
  return { written: after.size - untouched, untouched };
}

/** A copy of the data whose first project is renamed, a new name each time, as an officer's edit. */
function editableCopy(): { folder: string; rename: (i: number) => void } {
  const folder = mkdtempSync(path.join(scratch, 'edited-data-'));
  cpSync(dataDir, folder, { recursive: true });
  const file = path.join(folder, 'projects', 'pillar-1.yaml');
  const original = readFileSync(file, 'utf8');
  return { folder, rename: (i) => writeFileSync(file, original.replace(/^( {4}name: )(.+)$/m, `$1$2（改${i + 1}）`)) };
}

/**
 * An earlier edition of the data for the comparison: the same plan without its p15 and with
 * p02 under its draft name, so the current data reads as one project inserted (NOs after it
 * renumbered) and one renamed.
 */
function earlierEdition(): string {
  const folder = mkdtempSync(path.join(scratch, 'base-'));
  cpSync(dataDir, folder, { recursive: true });
  const edit = (file: string, change: (text: string) => string) => writeFileSync(path.join(folder, file), change(readFileSync(path.join(folder, file), 'utf8')));
  edit('projects/pillar-2.yaml', (t) => t.replace(/  - id: p15\n(    .*\n)+/, ''));
  edit('projects/pillar-1.yaml', (t) => t.replace('name: 連携した企業誘致の推進', 'name: 企業誘致の推進'));
  return folder;
}

/** Builds the renamed data into the folder built before the rename, counting what it wrote. */
async function oneProjectEdit(): Promise<{ samples: Run[]; counts: Set<string> }> {
  const { folder, rename } = editableCopy();
  const outDir = path.join(scratch, 'edited-out');
  const build = () => vision('build', '--data', folder, '--out', outDir);
  await succeeded(build());
  const samples: Run[] = [];
  const counts = new Set<string>();
  for (let i = 0; i < runs; i++) {
    rename(i);
    const before = identities(outDir);
    samples.push(await succeeded(build()));
    const { written, untouched } = rewritten(before, outDir);
    counts.add(`${written} written, ${untouched} untouched`);
  }
  return { samples, counts };
}

/**
 * Paired runs, so the machine's drifting load falls on both sides of each difference; CPU time
 * too, as the other load moves it far less than the wall clock.
 */
async function launcherOverhead(): Promise<{ wall: number[]; cpu: number[] }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < Math.max(2 * runs, 10); i++) {
    const direct = await succeeded([process.execPath, COMPILED, 'build', '--help']);
    const launched = await succeeded([process.execPath, LAUNCHER, 'build', '--help']);
    wall.push(launched.ms - direct.ms);
    cpu.push(launched.cpuMs - direct.cpuMs);
  }
  return { wall, cpu };
}

function difference(samples: readonly number[]): string {
  const signed = (ms: number) => `${ms >= 0 ? '+' : '−'}${Math.abs(ms).toFixed(0)} ms`;
  return `${signed(median(samples))} (${signed(Math.min(...samples))} to ${signed(Math.max(...samples))})`;
}

function pagesIn(outDir: string): number {
  const pdfs = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.pdf'));
  return pdfs.reduce((sum, file) => {
    const info = spawnSync('pdfinfo', [path.join(outDir, file)], { encoding: 'utf8' });
    const pages = /^Pages:\s+(\d+)$/m.exec(info.stdout)?.[1];
    if (pages === undefined) throw new Error(`pdfinfo could not read ${file}: ${info.stderr}`);
    return sum + Number(pages);
  }, 0);
}

/** The 1,000 × 200 plan is built once whatever `--runs` says; the smaller twice when runs allow. */
function scaleRepeats(projects: number): number {
  return runs >= 3 && projects < BUILT_ONCE_FROM_PROJECTS ? 2 : 1;
}

/** A synthetic plan written to a folder of its own: every member in every project. */
function syntheticPlan(projects: number, members: number): string {
  const data = mkdtempSync(path.join(scratch, 'scale-data-'));
  writePlan(data, generatePlan({ projects, members }));
  return data;
}

async function scaleRow(projects: number, members: number): Promise<string> {
  const label = `${projects} × ${members}`.padEnd(SIZE_WIDTH);
  const data = syntheticPlan(projects, members);
  const outDir = path.join(scratch, `scale-${projects}x${members}`);
  const samples: Run[] = [];
  for (let i = 0; i < scaleRepeats(projects); i++) {
    rmSync(outDir, { recursive: true, force: true });
    const run = await fresh(vision('build', '--data', data, '--out', outDir, ...(canForce ? ['--force'] : [])), SCALE_LIMIT_MS);
    if (run.status !== 0) return `${label}${failure(run)}`;
    samples.push(run);
  }
  const files = outputsIn(outDir).length;
  const pages = pagesIn(outDir);
  const floorMs = median((await floor(files, scaleRepeats(projects))).map((s) => s.ms));
  rmSync(outDir, { recursive: true, force: true });
  const pdfs = await pdfLibraryFloor(1, data);
  rmSync(data, { recursive: true, force: true });
  const seconds = median(samples.map((s) => s.ms)) / 1000;
  const perPage = (median(samples.map((s) => s.ms)) / pages).toFixed(1);
  const cpuPerPage = (median(samples.map((s) => s.cpuMs)) / pages).toFixed(1);
  const rss = Math.max(...samples.map((s) => s.rssMiB)).toFixed(0);
  return `${label}${String(files).padStart(7)}${String(pages).padStart(8)}${seconds.toFixed(1).padStart(9)}${perPage.padStart(9)}${cpuPerPage.padStart(9)}${`${rss} MiB`.padStart(11)}${`${(floorMs / 1000).toFixed(2)} s`.padStart(9)}${`${(median(pdfs.ms) / 1000).toFixed(1)} s`.padStart(10)}   n=${samples.length}`;
}

function failure(run: Run): string {
  const after = `after ${(run.ms / 1000).toFixed(1)} s, peak ${run.rssMiB.toFixed(0)} MiB`;
  if (run.timedOut) return `stopped at the ${SCALE_LIMIT_MS / 60_000}-minute limit (${after})`;
  const reason = run.stderr.split('\n').find((line) => line.trim() !== '') ?? '';
  return `failed, exit ${run.status} ${after}: ${reason.slice(0, 160)}`;
}

function header(): void {
  console.log(`machine: ${availableParallelism()} cores (nproc), ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, load average ${loadavg()[0]!.toFixed(2)} at start`);
  console.log(`each figure: fresh processes through bin/vision.js (the compiled program), --runs ${runs}: wall-clock median (min–max), × the floor's median, median CPU (user + system), largest peak RSS`);
  if (parts.has('build') || parts.has('scale')) console.log(canForce ? 'full builds pass --force (every output made again, into the same folder)' : 'this build has no --force: each full build starts from an empty folder');
}

/** The headings of the table `row` prints; `times` names what its times column divides by. */
function columns(times = '×floor'): void {
  console.log('');
  console.log(`${'what'.padEnd(LABEL_WIDTH)}${'wall, median (min–max)'.padEnd(24)}${times.padStart(7)}${'CPU'.padStart(10)}${'peak RSS'.padStart(10)}`);
}

async function mainFigures(): Promise<void> {
  columns();
  const out = path.join(scratch, 'out');
  const cold = await repeat(runs, () => vision('build', '--data', dataDir, '--out', out, ...everything(out)));
  // The floor writes as many files as the build just did, so it is known only now.
  const files = outputsIn(out).length;
  const floorRuns = await floor(files, runs);
  const floorMs = median(floorRuns.map((s) => s.ms));
  console.log(row(`floor (fresh Node, read font, write ${files} files)`, floorRuns, floorMs));
  console.log(row(`cold full build${canForce ? ' (--force)' : ''}`, cold, floorMs));
  console.log(row('no-op rebuild (nothing changed)', await repeat(runs, () => vision('build', '--data', dataDir, '--out', out)), floorMs));
  const edit = await oneProjectEdit();
  console.log(row('one project renamed, same folder', edit.samples, floorMs, `outputs: ${[...edit.counts].join('; ')}`));
  console.log(row(`one handout (--municipality ${MEMBER})`, await repeat(runs, () => vision('build', '--data', dataDir, '--out', out, '--municipality', MEMBER, ...everything(out))), floorMs));
  const base = earlierEdition();
  const compareOut = path.join(scratch, 'compare-out');
  console.log(row('compare --base (all outputs + the comparison)', await repeat(runs, () => vision('compare', '--base', base, '--data', dataDir, '--out', compareOut, ...everything(compareOut))), floorMs));
  console.log(`pdfmake alone, timed inside a fresh process once the data is read (see pdfLibraryFloor); with the floor, the least a build that makes these PDFs can take here:`);
  for (const [label, municipality] of [[`one handout (--municipality ${MEMBER})`, MEMBER], ['cold full build', undefined]] as const) {
    const pdfs = await pdfLibraryFloor(runs, dataDir, municipality);
    const least = median(pdfs.ms) + floorMs;
    console.log(`${`  ${label}: ${pdfs.documents} PDF${pdfs.documents === 1 ? '' : 's'}`.padEnd(LABEL_WIDTH)}${spread(pdfs.ms).padEnd(24)}  + the floor = ${least.toFixed(0)} ms (${(least / floorMs).toFixed(1)}× the floor)`);
  }
  const overhead = await launcherOverhead();
  console.log(`launcher: bin/vision.js over node dist/cli.js (build --help), median of ${overhead.wall.length} paired runs: wall ${difference(overhead.wall)}, CPU ${difference(overhead.cpu)}`);
}

/** Every file of a folder by its path inside it, with its bytes. */
function contents(folder: string): Map<string, Buffer> {
  return new Map(filesIn(folder).map((file) => [path.relative(folder, file), readFileSync(file)]));
}

/** Every file under a folder, by its full path. */
function filesIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** The files of `folder` that are not the bytes of `before` (changed, added or removed). */
function changedFiles(before: Map<string, Buffer>, folder: string): string[] {
  const after = contents(folder);
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => {
    const [was, is] = [before.get(name), after.get(name)];
    return !was || !is || !was.equals(is);
  }).sort();
}

/**
 * A copy of the exported workbook with the first project's name changed, as a user would change
 * one cell; saved by exceljs, as the tests' edited workbooks are. The sheet and the column are
 * found by the names export gives them.
 */
async function withOneProjectRenamed(exported: string, edited: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(exported) as unknown as ArrayBuffer);
  const projects = workbook.getWorksheet(PROJECTS_SHEET);
  const column = projects?.getRow(1).values;
  const at = Array.isArray(column) ? column.indexOf(NAME_HEADING) : -1;
  if (!projects || at < 1) throw new Error(`${exported} has no sheet ${PROJECTS_SHEET} with the heading ${NAME_HEADING} in its first row`);
  const cell = projects.getCell(2, at);
  cell.value = `${String(cell.value)}（改）`;
  writeFileSync(edited, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/**
 * The input workbook of one plan, on a copy of its data: export; import of that workbook as
 * exported (a dry run, which must say there is nothing to change and write nothing); import
 * --write of the workbook with one project renamed, into a fresh copy of the data each run.
 * What each import did is read from the data files themselves.
 */
async function workbookRows(size: string, data: string, floorMs: number): Promise<void> {
  const folder = mkdtempSync(path.join(scratch, 'workbook-'));
  const source = path.join(folder, 'data');
  cpSync(data, source, { recursive: true });
  const exported = path.join(folder, 'input.xlsx');
  const exports = await repeat(runs, () => vision('export', '--data', source, '--out', exported));
  console.log(row(`export (${size})`, exports, floorMs, `workbook ${(statSync(exported).size / 1024).toFixed(0)} KiB`));
  const pristine = contents(source);
  const unedited = await repeat(runs, () => vision('import', exported, '--data', source), (run) => {
    if (!run.stdout.includes('nothing to change')) throw new Error(`import of the unedited workbook of ${size} found something to change:\n${run.stdout}`);
    const changed = changedFiles(pristine, source);
    if (changed.length > 0) throw new Error(`import without --write changed ${changed.join(', ')}`);
  });
  console.log(row(`import, unedited (${size}, dry run)`, unedited, floorMs, 'nothing to change'));
  const edited = path.join(folder, 'edited.xlsx');
  await withOneProjectRenamed(exported, edited);
  const target = path.join(folder, 'imported');
  const written = new Set<string>();
  const imports = await repeat(runs, () => {
    rmSync(target, { recursive: true, force: true });
    cpSync(source, target, { recursive: true });
    return vision('import', edited, '--data', target, '--write');
  }, () => {
    const changed = changedFiles(pristine, target);
    if (changed.length === 0) throw new Error(`import --write of the edited workbook of ${size} changed no file`);
    written.add(changed.join(', '));
  });
  console.log(row(`import --write, one name edited (${size})`, imports, floorMs, `changed: ${[...written].join('; ')}`));
  rmSync(folder, { recursive: true, force: true });
}

/** The input workbook of the data and, unless `--no-scale`, of a synthetic plan of 1,000 projects. */
async function workbookFigures(): Promise<void> {
  console.log('');
  console.log(`input workbook: export, import of it unedited (dry run), import --write of it with one project renamed; each on a copy of the data${values['no-scale'] ? '' : `, for ${dataName} and a synthetic ${WORKBOOK_SCALE.projects} × ${WORKBOOK_SCALE.members} (every member in every project)`}`);
  columns();
  const floorRuns = await floor(1, runs);
  const floorMs = median(floorRuns.map((s) => s.ms));
  console.log(row('floor (fresh Node, read font, write 1 file)', floorRuns, floorMs));
  await workbookRows(dataName, dataDir, floorMs);
  if (values['no-scale']) return;
  const { projects, members } = WORKBOOK_SCALE;
  const data = syntheticPlan(projects, members);
  await workbookRows(`${projects} × ${members}`, data, floorMs);
  rmSync(data, { recursive: true, force: true });
}

/**
 * Another revision of this program, unpacked from git into the scratch folder. It shares this
 * node_modules when its package-lock.json is this one's, and installs its own otherwise.
 */
function unpack(revision: string): string {
  const folder = mkdtempSync(path.join(scratch, 'reference-'));
  const archive = spawnSync('git', ['archive', '--format=tar', revision], { cwd: ROOT, maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new Error(`git archive ${revision}: ${archive.stderr.toString()}`);
  const untar = spawnSync('tar', ['-x', '-C', folder], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`unpacking ${revision}: ${untar.stderr.toString()}`);
  const lock = (root: string) => readFileSync(path.join(root, 'package-lock.json'), 'utf8');
  if (lock(folder) === lock(ROOT)) symlinkSync(path.join(ROOT, 'node_modules'), path.join(folder, 'node_modules'), 'dir');
  else if (spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: folder, stdio: 'inherit' }).status !== 0) throw new Error(`npm ci for ${revision} failed`);
  return folder;
}

/**
 * The revision's own `build` script from its package.json (`tsx src/cli.ts build`, or
 * `node bin/vision.js build`), to be run in its folder without npm in front, as this program is run here.
 */
function buildScript(folder: string): { readonly script: string; readonly command: readonly string[] } {
  const script = ((JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { scripts?: { build?: string } }).scripts?.build ?? '').trim();
  const [program, ...args] = script.split(/\s+/);
  if (!program || /[&|;<>'"$`]/.test(script)) throw new Error(`the reference's build script is not one plain command: ${script}`);
  return { script, command: [program === 'node' ? process.execPath : path.join(folder, 'node_modules', '.bin', program), ...args] };
}

/**
 * The cold full build and one handout by another revision (`--reference`), each run alternately
 * with this program's, so the machine's drifting load falls on both; each builds its own data/
 * into an empty folder. The floor above tells how fast this machine starts Node; this tells how
 * fast it runs the work itself, so a target set on a faster or slower machine can be read here.
 */
async function referenceFigures(revision: string): Promise<void> {
  const folder = unpack(revision);
  const theirs = buildScript(folder);
  const out = path.join(scratch, 'reference-out');
  // Each command empties the folder first; the reference runs in its own folder, where its script's paths lead.
  const ourCommand = (args: readonly string[]) => {
    rmSync(out, { recursive: true, force: true });
    return vision('build', '--data', dataDir, '--out', out, ...args);
  };
  const theirCommand = (args: readonly string[]) => {
    rmSync(out, { recursive: true, force: true });
    return [...theirs.command, '--data', path.join(folder, 'data'), '--out', out, ...args];
  };
  const cases = [
    { label: 'cold full build', args: [] },
    { label: `one handout (${MEMBER})`, args: ['--municipality', MEMBER] },
  ];
  console.log('');
  console.log(`reference: ${revision}, run by its own build script (${theirs.script}) in a folder of its own; each program builds its own data/ into an empty folder, the two alternately, each case once untimed first`);
  columns('×ref');
  for (const { label, args } of cases) {
    // An older revision may not know a case (`--municipality`, say): that case is reported, not timed.
    const first = await fresh(theirCommand(args), undefined, folder);
    if (first.status !== 0) {
      console.log(`${`${label}: ${revision}`.padEnd(LABEL_WIDTH)}${failure(first)}`);
      continue;
    }
    await succeeded(ourCommand(args));
    const ours: Run[] = [];
    const reference: Run[] = [];
    const made = { ours: 0, theirs: 0 };
    for (let i = 0; i < runs; i++) {
      ours.push(await succeeded(ourCommand(args)));
      made.ours = filesIn(out).length;
      reference.push(await succeeded(theirCommand(args), folder));
      made.theirs = filesIn(out).length;
    }
    const referenceMs = median(reference.map((s) => s.ms));
    const ratio = median(ours.map((s) => s.ms)) / referenceMs;
    console.log(row(`${label}: ${revision}`, reference, referenceMs, `${made.theirs} files`));
    console.log(row(`${label}: this program`, ours, referenceMs, `${made.ours} files; ${ratio.toFixed(2)}× the time of ${revision}`));
  }
  rmSync(folder, { recursive: true, force: true });
}

async function scaleSeries(): Promise<void> {
  console.log('');
  console.log(`scale series: synthetic plans of projects × members, every member in every project, each built fresh into an empty folder${canForce ? ' with --force' : ''}; the 1,000 × 200 once, the others ${runs >= 3 ? 'twice (median)' : 'once'}; pdfmake: its PDFs alone, once, timed inside a fresh process (see pdfLibraryFloor)`);
  console.log(`${'size'.padEnd(SIZE_WIDTH)}${'outputs'.padStart(7)}${'pages'.padStart(8)}${'seconds'.padStart(9)}${'ms/page'.padStart(9)}${'CPU/page'.padStart(9)}${'peak RSS'.padStart(11)}${'floor'.padStart(9)}${'pdfmake'.padStart(10)}`);
  for (const { projects, members } of SCALE_SERIES) console.log(await scaleRow(projects, members));
}

if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} (GNU time) is needed for each process's peak memory`);
const canForce = prepareProgram();
const compiledAt = statSync(COMPILED).mtimeMs;
try {
  header();
  if (parts.has('build')) await mainFigures();
  if (parts.has('import')) await workbookFigures();
  if (parts.has('scale') && !values['no-scale']) await scaleSeries();
  if (parts.has('reference') && values.reference !== undefined) await referenceFigures(values.reference);
  // The launcher compiles again when a source is edited meanwhile, inside whichever run comes next.
  if (statSync(COMPILED).mtimeMs !== compiledAt) console.log('\nnote: src/ changed during the bench and the program was compiled again inside a timed run: run it again');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
