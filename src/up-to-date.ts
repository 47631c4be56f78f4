import { lstat } from 'node:fs/promises';
import path from 'node:path';
import type { BuildOptions, BuildResult } from './build.js';
import { displayFolder, displayPath } from './load/display-path.js';
import { DATA_FILES, TEMPLATE_FILES } from './load/input-files.js';
import { readInputTexts } from './load/input-texts.js';
import type { PlanFigures } from './model/index.js';
import type { Problem } from './problem.js';
import { DEFAULT_TEMPLATES_DIR } from './templates-dir.js';
import { JOURNAL_NAME } from './write/journal.js';
import { LOCK_NAME } from './write/lock.js';
import { buildInputsSha256, sealCheck, type CheckRecord, type Manifest } from './write/manifest.js';
import { matchesEntry, readPrevious } from './write/previous.js';
import { programPrint } from './write/program-print.js';
import { leftoverTemporaries } from './write/tidy.js';

/**
 * What a full build found, to record in its manifest: its warnings name their files inside the
 * data folder, so the record holds wherever the folder is read from. Undefined when a warning
 * names a file outside it, which the record could not name again from elsewhere.
 */
export async function checkRecord(dataDir: string, figures: PlanFigures, problems: readonly Problem[]): Promise<Omit<CheckRecord, 'seal'> | undefined> {
  const folder = path.resolve(dataDir);
  const inside = problems.map((p) => ({ ...p, file: path.relative(folder, path.resolve(p.file)).split(path.sep).join('/') }));
  if (inside.some((p) => p.file.startsWith('..') || path.isAbsolute(p.file))) return undefined;
  return { program: await programPrint(), figures, problems: inside };
}

/** A recorded warning's file as this run names it: as the full build would print it. */
function shownFrom(dataDir: string, file: string): string {
  return file === '' ? displayFolder(dataDir) : displayPath(path.join(path.resolve(dataDir), ...file.split('/')));
}

/**
 * A full build with nothing to do, found without parsing anything: the manifest was written by a
 * full build of this same program from input files byte for byte these, its record is sealed
 * with its outputs as written, every output is still its bytes, and no killed build left a
 * journal, a lock or temporary files to clean up. The build would then find exactly what the
 * record says and make exactly those files, so it prints the record and stops. Undefined
 * whenever anything differs: the build then runs, and skips what it can file by file.
 */
export async function upToDate(options: BuildOptions): Promise<BuildResult | undefined> {
  if (options.force || options.municipality !== undefined || options.base !== undefined) return undefined;
  const templatesDir = options.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  const { outDir } = options;
  const previous = await readPrevious(outDir);
  const { check, inputSha256, entries } = previous;
  if (!previous.vouched || previous.journaled || check === undefined || inputSha256 === undefined) return undefined;
  if (check.seal !== sealCheck(check, inputSha256, entries) || check.program !== (await programPrint())) return undefined;
  const [data, templates] = await Promise.all([readInputTexts(options.dataDir, DATA_FILES), readInputTexts(templatesDir, TEMPLATE_FILES)]);
  if (!data || !templates || buildInputsSha256({ data, templates }) !== inputSha256) return undefined;
  for (const entry of entries) if (entry.inputSha256 !== inputSha256 || !(await matchesEntry(outDir, entry))) return undefined;
  if ((await present(path.join(outDir, LOCK_NAME))) || (await present(path.join(outDir, JOURNAL_NAME)))) return undefined;
  if ((await leftoverTemporaries(outDir, entries.map((e) => e.path))).length > 0) return undefined;
  const problems = check.problems.map((p) => ({ ...p, file: shownFrom(options.dataDir, p.file) }));
  const manifest: Manifest = { vision: { title: check.figures.title, date: check.figures.date }, inputSha256, outputs: entries, check };
  return { figures: check.figures, problems, manifest, written: [], skipped: entries.map((e) => e.path), warnings: [] };
}

async function present(file: string): Promise<boolean> {
  return (await lstat(file).catch(() => undefined)) !== undefined;
}
