import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashParts } from './manifest.js';

/** The program's own folder (src/ when run from sources, dist/ when compiled) and the project root above it. */
const PROGRAM_DIR = fileURLToPath(new URL('..', import.meta.url));
const ROOT = path.join(PROGRAM_DIR, '..');
/**
 * What npm installed, every package with its version and integrity: npm rewrites it on every
 * install, so a library that changed under a range (pdfkit under pdfmake's ^0.19.1) shows. The
 * project's own lock stands in where the installed one is missing.
 */
const INSTALLED = [path.join(ROOT, 'node_modules', '.package-lock.json'), path.join(ROOT, 'package-lock.json')];

let print: Promise<string> | undefined;

/**
 * A hash of the program that turns descriptions into bytes: every file of its own code, the
 * libraries as installed, and the Node.js that runs it (pdfkit compresses with Node's zlib). An
 * output is skipped only if it was made by this same program, so an upgrade (a new pdfmake or
 * pdfkit, a changed writer, another Node) can never leave an old file standing for a new one.
 * Read once per process; a few milliseconds.
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
  const installed = await firstReadable(INSTALLED);
  return hashParts([process.version, installed, ...texts]);
}

async function firstReadable(files: readonly string[]): Promise<string> {
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined) return text;
  }
  return '';
}
