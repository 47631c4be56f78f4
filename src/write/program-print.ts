import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from './manifest.js';

/** The program's own folder (src/ when run from sources, dist/ when compiled) and the project root above it. */
const PROGRAM_DIR = fileURLToPath(new URL('..', import.meta.url));
const PACKAGE_JSON = path.join(PROGRAM_DIR, '..', 'package.json');

let print: Promise<string> | undefined;

/**
 * A hash of the program that turns descriptions into bytes: every file of its own code and the
 * versions of the libraries it is pinned to. An output is skipped only if it was made by this
 * same program, so an upgrade (a new pdfmake, a changed writer) can never leave an old file
 * standing for a new one. Read once per process; a few milliseconds.
 */
export function programPrint(): Promise<string> {
  print ??= computePrint();
  return print;
}

async function computePrint(): Promise<string> {
  const files = (await readdir(PROGRAM_DIR, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const texts = await Promise.all(files.map(async (f) => `${path.relative(PROGRAM_DIR, f)}\0${await readFile(f, 'utf8')}`));
  const { dependencies } = JSON.parse(await readFile(PACKAGE_JSON, 'utf8')) as { dependencies?: unknown };
  return sha256([JSON.stringify(dependencies ?? {}), ...texts].join('\0'));
}
