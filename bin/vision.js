#!/usr/bin/env node
/**
 * Runs the program compiled to dist/ (`node bin/vision.js build …` is what `npm run build` runs),
 * so no TypeScript loader is paid for at every start. `npm install` compiles it (the `prepare`
 * script); when a source has changed since, this compiles again first, so an edit under src/ is
 * never run stale. Plain JavaScript: it must run before anything is compiled.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const entry = path.join(dist, 'cli.js');

/** The compiler settings and every source file: what dist/ is made from. */
function inputs() {
  const sources = readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true });
  return [
    path.join(root, 'tsconfig.json'),
    path.join(root, 'tsconfig.build.json'),
    ...sources.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)),
  ];
}

function modified(file) {
  return statSync(file, { throwIfNoEntry: false })?.mtimeMs;
}

/** dist/cli.js carries the time its compile started (see compile()). */
function isFresh(compiled) {
  return inputs().every((file) => (modified(file) ?? 0) <= compiled);
}

/** The program's own rule (src/messages/lang.ts), which cannot be loaded before it is compiled. */
function isEnglish(argv, env) {
  const flag = argv.find((arg, i) => argv[i - 1] === '--lang') ?? argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  if (flag === 'ja' || flag === 'en') return flag === 'en';
  return /^en([_.@-]|$)/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
}

const LINES = {
  first: ['プログラムを準備しています（初回のみ）…', 'Preparing the program (first run only)…'],
  again: ['プログラムのソースが変わったので、準備し直しています…', 'The program’s sources changed: preparing it again…'],
  noCompiler: ['TypeScript が見つかりません。npm install を実行してください', 'TypeScript is missing: run npm install'],
  typeErrors: ['型の誤りがあります（上のとおり）が、そのまま実行します', 'Type errors (above): running the program all the same'],
  failed: ['プログラムを準備できませんでした（上のエラーを直してください）', 'The program could not be prepared (see the errors above)'],
};

function say(key, english) {
  process.stderr.write(`${LINES[key][english ? 1 : 0]}\n`);
}

/**
 * tsc's exit status when it reports type errors and still writes the JavaScript. That program
 * runs as it did under tsx, which never checked types: the errors are shown once, and `npm test`
 * fails on them.
 */
const TYPE_ERRORS_BUT_EMITTED = 2;

/**
 * Compiles into a folder of its own and then puts it in place of dist/, so a failed compile
 * leaves the last good program, and a build started meanwhile never loads a half-written file.
 */
function compile(english) {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) {
    say('noCompiler', english);
    return false;
  }
  const next = path.join(root, `.dist-${process.pid}.tmp`);
  // A source saved while tsc runs may or may not be in its output: dist/ is dated from the
  // compile's start, so such a source is newer and the next run compiles again.
  const started = new Date();
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--outDir', next], { stdio: ['ignore', 2, 2] });
  if (result.status !== 0 && result.status !== TYPE_ERRORS_BUT_EMITTED) {
    rmSync(next, { recursive: true, force: true });
    say('failed', english);
    return false;
  }
  if (result.status === TYPE_ERRORS_BUT_EMITTED) say('typeErrors', english);
  utimesSync(path.join(next, 'cli.js'), started, started);
  replaceDist(next);
  return true;
}

/** Two launchers may compile at once: whichever finishes second keeps the first one's dist/. */
function replaceDist(next) {
  const old = `${next}.old`;
  try {
    renameSync(dist, old);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  try {
    renameSync(next, dist);
  } catch (error) {
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    rmSync(next, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
}

const compiled = modified(entry);
if (compiled === undefined || !isFresh(compiled)) {
  const english = isEnglish(process.argv.slice(2), process.env);
  say(compiled === undefined ? 'first' : 'again', english);
  if (!compile(english)) process.exit(1);
}
await import(pathToFileURL(entry).href);
