import { isMap, isScalar } from 'yaml';
import type { ParsedFile } from '../load/index.js';
import type { Problem } from '../problem.js';
import { combine, type Dataset } from './dataset.js';
import { checkRules } from './rules.js';
import { dataFileSchema } from './schema.js';
import { checkShape, type Section, type ShapedFile } from './shape.js';

export type { Dataset } from './dataset.js';
export * from './schema.js';

/**
 * Shapes first (per file), then the files together, then the cross-reference rules.
 * Every stage that can run does, so one run reports as much as possible.
 */
export function validate(files: readonly ParsedFile[], dataFolder: string): { dataset?: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const shaped: ShapedFile[] = [];
  const unreadable = new Set<Section>();
  for (const file of files) {
    // A file that could not be parsed has been reported by the loader already.
    if (file.data === undefined) {
      for (const section of sectionsDeclared(file)) unreadable.add(section);
      continue;
    }
    const result = checkShape(file);
    problems.push(...result.problems);
    shaped.push(result.shaped);
  }
  // The loader has said why there is nothing to read; "nothing defines X" would only repeat it.
  if (files.length === 0) return { problems };
  const combined = combine(shaped, dataFolder, unreadable);
  problems.push(...combined.problems);
  problems.push(...checkRules(combined.partial));
  return combined.dataset && !problems.some((p) => p.severity === 'error') ? { dataset: combined.dataset, problems } : { problems };
}

/**
 * The sections an unparsable file seems to hold, read from the parser's recovered top-level
 * keys; all of them when even those cannot be made out.
 */
function sectionsDeclared(file: ParsedFile): Section[] {
  const all = Object.keys(dataFileSchema.shape) as Section[];
  const contents = file.doc.contents;
  if (!isMap(contents)) return all;
  return contents.items.flatMap((pair) => (isScalar(pair.key) && all.includes(String(pair.key.value) as Section) ? [String(pair.key.value) as Section] : []));
}
