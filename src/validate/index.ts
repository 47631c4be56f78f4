import { isMap, isScalar } from 'yaml';
import type { ParsedFile } from '../load/index.js';
import { hasErrors, type Problem } from '../problem.js';
import { combine, type Dataset } from './dataset.js';
import { checkTypeface, type Printable } from './typeface.js';
import { checkRules } from './rules.js';
import { dataFileSchema } from './schema.js';
import { memberSlugs } from './member-slugs.js';
import { adoptWrittenNumbers } from './written-numbers.js';
import { freshProjectIds } from './project-ids.js';
import { checkShape, type Section, type ShapedFile } from './shape.js';

export type { Dataset } from './dataset.js';
export type { Printable } from './typeface.js';
export * from './schema.js';
export { nameKey } from './name-key.js';
export { closest } from './suggest.js';

export interface ValidateOptions {
  /** False when some data file could not be read at all. */
  readonly complete?: boolean;
  /** The code points the documents' typeface can print, asked for only when the data is whole; every text is checked against them when given. */
  readonly printable?: () => Printable;
  /** For a base only: read `no: 3` written before ids as `id: p03` (see written-numbers.ts). */
  readonly adoptWrittenNumbers?: boolean;
}

/**
 * Shapes first (per file), then the files together, then the cross-reference rules.
 * Every stage that can run does, so one run reports as much as possible. When some data file
 * could not be read at all (a link, a file in another encoding) its sections are unknown, so
 * none is called missing. A dataset comes back only when there is no error anywhere.
 */
export function validate(files: readonly ParsedFile[], dataFolder: string, options: ValidateOptions = {}): { dataset?: Dataset; problems: Problem[] } {
  const complete = options.complete ?? true;
  let problems: Problem[] = [];
  const shaped: ShapedFile[] = [];
  const unreadable = new Set<Section>(complete ? [] : allSections());
  let everyFileRead = complete;
  const freshProjectId = freshProjectIds(files);
  const slugOf = memberSlugs(files);
  for (const file of files) {
    // A file that could not be parsed has been reported by the loader already.
    if (file.data === undefined) {
      everyFileRead = false;
      for (const section of sectionsDeclared(file)) unreadable.add(section);
      continue;
    }
    const result = checkShape(options.adoptWrittenNumbers ? adoptWrittenNumbers(file) : file, { freshProjectId, slugOf });
    problems = problems.concat(result.problems);
    shaped.push(result.shaped);
  }
  // The loader has said why there is nothing to read; "nothing defines X" would only repeat it.
  if (files.length === 0) return { problems };
  const combined = combine(shaped, dataFolder, unreadable);
  problems = problems.concat(combined.problems, checkRules(combined.partial));
  if (combined.dataset && options.printable) problems = problems.concat(checkTypeface(combined.dataset, options.printable()));
  const whole = combined.dataset && everyFileRead && !hasErrors(problems);
  return whole ? { dataset: combined.dataset, problems } : { problems };
}

function allSections(): Section[] {
  return Object.keys(dataFileSchema.shape) as Section[];
}

/**
 * The sections an unparsable file seems to hold, read from the parser's recovered top-level
 * keys; all of them when those name none.
 */
function sectionsDeclared(file: ParsedFile): Section[] {
  const all = allSections();
  const contents = file.doc.contents;
  const named = isMap(contents) ? contents.items.flatMap((pair) => (isScalar(pair.key) && all.includes(String(pair.key.value) as Section) ? [String(pair.key.value) as Section] : [])) : [];
  return named.length > 0 ? named : all;
}
