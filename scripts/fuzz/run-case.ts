/**
 * Runs one mutated data set through `validate` and, when asked, `build`, in this process, and
 * lists every broken promise: a crash, an exit code that disagrees with what was printed, a
 * message that is not one positioned line, validate passing what build rejects, a failed
 * build touching the output folder, a manifest that disagrees with the files, a project
 * missing from the listing.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { checkData } from '../../src/index.js';
import { main } from '../../src/cli/main.js';
import type { Files } from './mutations.js';

export interface CaseResult {
  readonly validate: number;
  readonly build?: number;
  readonly violations: readonly string[];
  readonly validateMs: number;
}

/** A problem line (`file:line:column  path  message` or `folder/  path  message`), a hint, the tally or the closing line. */
const PRINTED_LINE = /^(\S[^\n]*?(:\d+:\d+)?  .+?  \S.*|    hint: .*|\d+ errors? in \d+ files?(, \d+ warnings?)?|\d+ warnings?|nothing was written|)$/;

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  // The printed-line checks below read the English format.
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), env: { LANG: 'en' } });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function printedViolations(command: string, result: { code: number; out: string; err: string }): string[] {
  const violations: string[] = [];
  if (result.code !== 0 && result.code !== 1) violations.push(`${command} exited ${result.code}: ${result.err.split('\n').slice(0, 3).join(' | ')}`);
  if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/.test(result.out + result.err)) violations.push(`${command} printed a control character`);
  const errors = result.err.split('\n').filter((l) => /^\S.*  .+?  (?!warning: )\S/.test(l));
  if (result.code === 0 && errors.length > 0) violations.push(`${command} exited 0 but printed errors: ${errors[0]}`);
  if (result.code === 1 && command === 'validate' && errors.length === 0) violations.push('validate exited 1 without printing an error');
  const bad = result.err.split('\n').find((l) => !PRINTED_LINE.test(l));
  if (result.code !== 70 && bad !== undefined && !bad.startsWith('error: ')) violations.push(`${command} printed an unformatted line: ${bad.slice(0, 120)}`);
  return violations;
}

function writeFiles(dir: string, files: Files): void {
  for (const [name, bytes] of files) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), bytes);
  }
}

function folderState(dir: string): string {
  if (!existsSync(dir)) return '';
  const hash = createHash('sha256');
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) hash.update(name).update(readFileSync(file)).update(String(statSync(file).mtimeMs));
  }
  return hash.digest('hex');
}

/** `reference`: an output folder a good build made, copied as the folder a build may overwrite. */
export async function runCase(files: Files, options: { build: boolean; reference: string }): Promise<CaseResult> {
  const work = mkdtempSync(path.join(tmpdir(), 'vision-fuzz-'));
  try {
    const data = path.join(work, 'data');
    mkdirSync(data);
    writeFiles(data, files);
    const started = performance.now();
    const validated = await cli(['validate', '--data', data]);
    const validateMs = performance.now() - started;
    const violations = printedViolations('validate', validated);
    if (!options.build) return { validate: validated.code, violations, validateMs };
    const out = path.join(work, 'out');
    cpSync(options.reference, out, { recursive: true, preserveTimestamps: true });
    const before = folderState(out);
    const built = await cli(['build', '--data', data, '--out', out]);
    violations.push(...printedViolations('build', built));
    if (validated.code === 0 && built.code !== 0) violations.push(`validate passed but build exited ${built.code}: ${built.err.split('\n').slice(-3).join(' | ')}`);
    if (validated.code !== 0 && built.code === 0) violations.push('validate failed but build passed');
    if (built.code !== 0 && folderState(out) !== before) violations.push('a failed build changed the output folder');
    if (built.code === 0) violations.push(...(await outputViolations(data, out)));
    return { validate: validated.code, build: built.code, violations, validateMs };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The manifest lists exactly the files there, with their hashes; every project is in the listing. */
async function outputViolations(data: string, out: string): Promise<string[]> {
  const violations: string[] = [];
  const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { outputs: { path: string; sha256: string }[] };
  const listed = new Set(manifest.outputs.map((o) => o.path));
  for (const entry of manifest.outputs) {
    const file = path.join(out, entry.path);
    if (!existsSync(file)) violations.push(`manifest lists ${entry.path}, which is missing`);
    else if (createHash('sha256').update(readFileSync(file)).digest('hex') !== entry.sha256) violations.push(`${entry.path} does not match its manifest entry`);
  }
  for (const name of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
    if (/^(pdf|xlsx)\/.*\.(pdf|xlsx)$/.test(name) && !listed.has(name)) violations.push(`${name} is not in the manifest`);
    if (name.endsWith('.tmp')) violations.push(`temporary file ${name} left behind`);
  }
  const { model } = await checkData(data);
  const listing = await pdfText(readFileSync(path.join(out, 'pdf/project-listing.pdf')));
  for (const project of model?.projects ?? []) {
    if (!listing.includes(project.name.replace(/\s/g, ''))) violations.push(`NO ${project.no} ${project.id} (${project.name.slice(0, 20)}) is missing from the listing`);
  }
  return violations;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: VerbosityLevel.ERRORS }).promise;
  try {
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      for (const item of content.items) if ('str' in item) text += item.str;
    }
    return text.replace(/\s/g, '');
  } finally {
    await doc.destroy();
  }
}
