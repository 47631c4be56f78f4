import type { BuildOptions, BuildResult } from './build.js';
import { displayFolder } from './load/display-path.js';
import { DATA_FILES, TEMPLATE_FILES } from './load/input-files.js';
import { readInputTexts } from './load/input-texts.js';
import type { PlanFigures } from './model/index.js';
import type { Problem } from './problem.js';
import { DEFAULT_TEMPLATES_DIR } from './templates-dir.js';
import { buildInputsSha256, type CheckRecord, type Manifest } from './write/manifest.js';
import { matchesEntry, readPrevious } from './write/previous.js';
import { programPrint } from './write/program-print.js';

/**
 * What a full build found, to record in its manifest; undefined when a warning names a file
 * outside the data folder, which the record could not name again from elsewhere.
 */
export async function checkRecord(dataDir: string, figures: PlanFigures, problems: readonly Problem[]): Promise<CheckRecord | undefined> {
  const folder = displayFolder(dataDir);
  if (problems.some((p) => !p.file.startsWith(folder))) return undefined;
  return { program: await programPrint(), figures, problems: problems.map((p) => ({ ...p, file: p.file.slice(folder.length) })) };
}

/**
 * A full build with nothing to do, found without parsing anything: the manifest was written by
 * a full build of this same program from input files byte for byte these, and every output it
 * lists is still its bytes. The build would then find exactly what the manifest records and
 * make exactly those files, so it prints the record and stops. Undefined whenever anything
 * differs: the build then runs, and skips what it can file by file.
 */
export async function upToDate(options: BuildOptions): Promise<BuildResult | undefined> {
  if (options.force || options.municipality !== undefined || options.base !== undefined) return undefined;
  const templatesDir = options.templatesDir ?? DEFAULT_TEMPLATES_DIR;
  const previous = await readPrevious(options.outDir);
  const { check, inputSha256 } = previous;
  if (!previous.vouched || check === undefined || inputSha256 === undefined || previous.paths.size !== previous.entries.length) return undefined;
  if (check.program !== (await programPrint())) return undefined;
  const [data, templates] = await Promise.all([readInputTexts(options.dataDir, DATA_FILES), readInputTexts(templatesDir, TEMPLATE_FILES)]);
  if (!data || !templates || buildInputsSha256({ data, templates }) !== inputSha256) return undefined;
  for (const entry of previous.entries) if (entry.inputSha256 !== inputSha256 || !(await matchesEntry(options.outDir, entry))) return undefined;
  const manifest: Manifest = { vision: { title: check.figures.title, date: check.figures.date }, inputSha256, outputs: previous.entries, check };
  const folder = displayFolder(options.dataDir);
  const problems = check.problems.map((p) => ({ ...p, file: `${folder}${p.file}` }));
  return { figures: check.figures, problems, manifest, written: [], skipped: previous.entries.map((e) => e.path), warnings: [] };
}
