import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { OutputLockedError } from '../../src/errors.js';
import { writeOutputs } from '../../src/write/index.js';
import { fixture, MINIMAL, tempDir } from '../helpers/fixture.js';
import { deadPid, documentsOf, expectExactlyTheManifest, OLDER_DATA, snapshot, tinyPdf } from './folder.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill();
});

/** A live process that is not a build, to hold a lock. */
function sleeper(): number {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
  running.push(child);
  return child.pid!;
}

/** `npm run build` as a separate process: its pid, and its exit code and output once done. */
function cli(...args: string[]): { pid: number; done: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'build', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  running.push(child);
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return { pid: child.pid!, done: new Promise((resolve, reject) => child.on('error', reject).on('close', (code) => resolve({ code, stderr }))) };
}

/**
 * Resolves once the process uses next to no CPU (at most 2 clock ticks in half a second, from
 * Linux's /proc): a build that has rendered everything and now polls for the lock. Also once it
 * has ended, and after 15 s at most, well before a build stops waiting.
 */
async function idle(pid: number): Promise<void> {
  const cpu = () => {
    if (!existsSync(`/proc/${pid}/stat`)) return undefined;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After "(comm) " come the fields from the 3rd on; utime and stime are the 14th and 15th.
    const [utime, stime] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 13).map(Number);
    return utime! + stime!;
  };
  const giveUp = Date.now() + 15_000;
  for (let before = cpu(); before !== undefined && Date.now() < giveUp; ) {
    await sleep(500);
    const now = cpu();
    if (now === undefined || now - before <= 2) return;
    before = now;
  }
}

/**
 * Whichever build finished last, the folder is a full build of the current data: every output,
 * each built from the manifest's input (no entry of the older build kept), true to the disk.
 */
async function expectCurrentFullBuild(out: string, olderInput: string): Promise<void> {
  const manifest = expectExactlyTheManifest(out);
  expect(manifest.inputSha256).not.toBe(olderInput);
  const paths = (await documentsOf(MINIMAL)).documents.map((d) => d.path).sort();
  expect(manifest.outputs.map((o) => [o.path, o.inputSha256])).toEqual(paths.map((p) => [p, manifest.inputSha256]));
}

describe('the output folder lock', () => {
  it('makes a build wait while another holds the lock, then fail naming the folder, the pid and what to do', async () => {
    const out = tempDir();
    const { model } = await documentsOf();
    // Once the PDF library is loaded, nearly all the time until the error is spent waiting.
    await writeOutputs(tempDir(), [tinyPdf('pdf/x.pdf')], model.vision, 'input');
    const holder = sleeper();
    writeFileSync(path.join(out, '.build.lock'), `${holder}\n`);
    const before = snapshot(out);
    const started = Date.now();
    const error = await writeOutputs(out, [tinyPdf('pdf/x.pdf')], model.vision, 'input', { partial: false, lockWaitMs: 300 }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(error).toBeInstanceOf(OutputLockedError);
    expect((error as Error).message).toBe(
      `output folder ${out} is in use by another build (pid ${holder}), which did not finish within 0.3 s; run again when it has, or, if process ${holder} is not a build, delete ${out}/.build.lock`,
    );
    expect(snapshot(out)).toEqual(before);
  });

  it('lets the waiting build go ahead once the holder lets go', async () => {
    const out = tempDir();
    const { model } = await documentsOf();
    const holder = sleeper();
    writeFileSync(path.join(out, '.build.lock'), `${holder}\n`);
    const released = sleep(400).then(() => {
      const before = snapshot(out);
      rmSync(path.join(out, '.build.lock'));
      return before;
    });
    const { manifest } = await writeOutputs(out, [tinyPdf('pdf/x.pdf')], model.vision, 'input', { partial: false, lockWaitMs: 10_000 });
    // Until the holder let go, the folder held its lock and nothing else.
    expect(Object.keys(await released)).toEqual(['.build.lock']);
    expect(manifest.outputs.map((o) => o.path)).toEqual(['pdf/x.pdf']);
    expectExactlyTheManifest(out);
  });

  it.each([
    ['the pid of a process that has ended', () => `${deadPid()}\n`],
    ['no pid (killed before it wrote one)', () => ''],
    ['something that is not a pid', () => 'not a pid\n'],
  ])('takes over a lock holding %s', async (_, content) => {
    const out = tempDir();
    const { model } = await documentsOf();
    writeFileSync(path.join(out, '.build.lock'), content());
    const { manifest } = await writeOutputs(out, [tinyPdf('pdf/x.pdf')], model.vision, 'input', { partial: false, lockWaitMs: 0 });
    expect(manifest.outputs.map((o) => o.path)).toEqual(['pdf/x.pdf']);
    expect(existsSync(path.join(out, '.build.lock'))).toBe(false);
    expectExactlyTheManifest(out);
  });

  it('lets two builds that find the same killed build\'s lock take turns', async () => {
    const out = tempDir();
    const { model } = await documentsOf();
    writeFileSync(path.join(out, '.build.lock'), `${deadPid()}\n`);
    const results = await Promise.all(
      ['a', 'b'].map((text) => writeOutputs(out, [tinyPdf('pdf/x.pdf', text), tinyPdf(`pdf/${text}.pdf`, text)], model.vision, text, { partial: true, lockWaitMs: 5_000 })),
    );
    // The second keeps the first's other output; both wrote pdf/x.pdf, the last one's stands.
    const manifest = expectExactlyTheManifest(out);
    expect(manifest.outputs.map((o) => o.path)).toEqual(['pdf/a.pdf', 'pdf/b.pdf', 'pdf/x.pdf']);
    expect(results.map((r) => r.manifest.outputs.length).sort()).toEqual([2, 3]);
  });

  it('lets builds into one folder take turns: full and partial builds at once leave a manifest true to every file', async () => {
    const out = tempDir();
    const older = (await build({ dataDir: fixture(OLDER_DATA), outDir: out })).manifest;
    await Promise.all([
      build({ dataDir: MINIMAL, outDir: out }),
      build({ dataDir: MINIMAL, outDir: out, municipality: 'otaru' }),
      build({ dataDir: MINIMAL, outDir: out }),
    ]);
    await expectCurrentFullBuild(out, older.inputSha256);
  });

  it.runIf(process.platform === 'linux')('makes two build commands in separate processes take turns: both exit 0, the manifest is true to every file', async () => {
    const out = tempDir();
    const older = (await build({ dataDir: fixture(OLDER_DATA), outDir: out })).manifest;
    // Held until both have rendered and wait for it, so their writing certainly contends.
    const lock = path.join(out, '.build.lock');
    writeFileSync(lock, `${sleeper()}\n`);
    const before = snapshot(out);
    const full = cli('--data', MINIMAL, '--out', out);
    const partial = cli('--data', MINIMAL, '--out', out, '--municipality', 'otaru');
    await Promise.all([idle(full.pid), idle(partial.pid)]);
    expect(snapshot(out), 'nothing is written while another holds the lock').toEqual(before);
    rmSync(lock);
    const [a, b] = await Promise.all([full.done, partial.done]);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    await expectCurrentFullBuild(out, older.inputSha256);
  }, 60_000);
});
