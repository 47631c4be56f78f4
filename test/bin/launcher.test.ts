import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const LAUNCHER = path.resolve(import.meta.dirname, '../../bin/vision.js');

/**
 * Stands in for tsc, so the test runs in milliseconds: it writes a dist/cli.js that prints its
 * arguments, notes each compile in a log, and fails as tsc does (1: nothing written; 2: type
 * errors, the JavaScript written all the same) when the source asks it to.
 */
const FAKE_TSC = `
const fs = require('node:fs');
const path = require('node:path');
const root = path.dirname(process.argv[process.argv.indexOf('-p') + 1]);
const outDir = process.argv[process.argv.indexOf('--outDir') + 1];
fs.appendFileSync(path.join(root, 'compiles.log'), 'compiled\\n');
const source = fs.readFileSync(path.join(root, 'src', 'cli.ts'), 'utf8');
if (source.includes('SAVED_WHILE_COMPILING')) { const at = Date.now() + 20; while (Date.now() < at); const now = new Date(); fs.utimesSync(path.join(root, 'src', 'write', 'pdf.ts'), now, now); }
if (source.includes('BROKEN')) { console.log('src/cli.ts(1,1): error TS1005'); process.exit(1); }
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'cli.js'), 'console.log("ran " + process.argv.slice(2).join(" "));');
if (source.includes('MISTYPED')) { console.log('src/cli.ts(1,1): error TS2322'); process.exit(2); }
`;

let root: string;

/** The smallest project the launcher can serve: its own copy, sources, settings and a compiler. */
function fakeProject(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'vision-launcher-'));
  mkdirSync(path.join(folder, 'bin'));
  mkdirSync(path.join(folder, 'src', 'write'), { recursive: true });
  mkdirSync(path.join(folder, 'node_modules', 'typescript', 'bin'), { recursive: true });
  copyFileSync(LAUNCHER, path.join(folder, 'bin', 'vision.js'));
  writeFileSync(path.join(folder, 'package.json'), '{ "type": "module" }');
  writeFileSync(path.join(folder, 'tsconfig.json'), '{}');
  writeFileSync(path.join(folder, 'tsconfig.build.json'), '{}');
  writeFileSync(path.join(folder, 'src', 'cli.ts'), '// the program');
  writeFileSync(path.join(folder, 'src', 'write', 'pdf.ts'), '// a module deeper down');
  writeFileSync(path.join(folder, 'node_modules', 'typescript', 'package.json'), '{}');
  writeFileSync(path.join(folder, 'node_modules', 'typescript', 'bin', 'tsc'), FAKE_TSC);
  return folder;
}

function launch(...argv: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [path.join(root, 'bin', 'vision.js'), ...argv], { encoding: 'utf8', env: { ...process.env, LANG: 'ja_JP.UTF-8', LC_ALL: '' } });
}

function compiles(): number {
  const log = path.join(root, 'compiles.log');
  return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0;
}

/** Moves a file's modification time a minute on: an edit, without waiting for the clock. */
function edit(relative: string): void {
  const later = new Date(Date.now() + 60_000);
  utimesSync(path.join(root, relative), later, later);
}

beforeEach(() => {
  root = fakeProject();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('bin/vision.js', () => {
  it('compiles when dist/ is missing, saying so in one line, then runs the program with the arguments', () => {
    const result = launch('build', '--quiet');
    expect(result.stderr).toBe('プログラムを準備しています（初回のみ）…\n');
    expect(result.stdout).toBe('ran build --quiet\n');
    expect(result.status).toBe(0);
    expect(compiles()).toBe(1);
  });

  it('does not compile again while dist/ is as new as every source', () => {
    launch('build');
    const result = launch('validate');
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('ran validate\n');
    expect(compiles()).toBe(1);
  });

  it('compiles again when any source, however deep, or a compiler setting is newer than dist/', () => {
    launch('build');
    edit('src/write/pdf.ts');
    expect(launch('build').stderr).toBe('プログラムのソースが変わったので、準備し直しています…\n');
    edit('tsconfig.build.json');
    launch('build');
    expect(compiles()).toBe(3);
  });

  it('compiles again after a source was saved while the compiler ran (it may have read the old text)', () => {
    writeFileSync(path.join(root, 'src', 'cli.ts'), '// SAVED_WHILE_COMPILING');
    launch('build');
    writeFileSync(path.join(root, 'src', 'cli.ts'), '// the program');
    utimesSync(path.join(root, 'src', 'cli.ts'), new Date(0), new Date(0));
    expect(launch('build').stderr).toBe('プログラムのソースが変わったので、準備し直しています…\n');
    expect(compiles()).toBe(2);
  });

  it('speaks English when asked to', () => {
    expect(launch('build', '--lang', 'en').stderr).toBe('Preparing the program (first run only)…\n');
  });

  it('keeps the last good program when a compile fails, exits 1 and tries again next time', () => {
    launch('build');
    writeFileSync(path.join(root, 'src', 'cli.ts'), 'BROKEN');
    edit('src/cli.ts');
    const result = launch('build');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('error TS1005');
    expect(result.stderr).toContain('プログラムを準備できませんでした');
    expect(readFileSync(path.join(root, 'dist', 'cli.js'), 'utf8')).toContain('ran');
    expect(readdirSync(root).filter((name) => name.endsWith('.tmp') || name.endsWith('.old'))).toEqual([]);
    launch('build');
    expect(compiles()).toBe(3);
  });

  it('runs a program with type errors as tsx would, after showing them once', () => {
    writeFileSync(path.join(root, 'src', 'cli.ts'), 'MISTYPED');
    const first = launch('build');
    expect(first.stderr).toContain('error TS2322');
    expect(first.stderr).toContain('型の誤りがあります');
    expect(first.stdout).toBe('ran build\n');
    expect(launch('build').stderr).toBe('');
    expect(compiles()).toBe(1);
  });

  it('says how to get the compiler when it is missing', () => {
    rmSync(path.join(root, 'node_modules'), { recursive: true });
    const result = launch('build');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm install');
  });
});
