import { stat } from 'node:fs/promises';
import path from 'node:path';
import { checkData } from './check-data.js';
import { BaseUnreadableError, InvalidBaseError } from './errors.js';
import { displayFolder, readTemplates } from './load/index.js';
import { copyAtRevision } from './load/git-revision.js';
import { msg } from './messages/index.js';
import type { Model } from './model/index.js';
import { hasErrors, type Problem } from './problem.js';

/** The version of the plan a comparison starts from. */
export interface Base {
  /** As the user wrote it, for every message: `git:HEAD~1`, or the folder. */
  readonly label: string;
  readonly model: Model;
  /** Its data files, by path in its data folder: outputs made against this base depend on them. */
  readonly inputs: readonly { readonly path: string; readonly text: string }[];
}

const GIT_PREFIX = 'git:';

/**
 * Reads and validates the base of a comparison: a data folder, or `git:REF`, the data folder
 * (and the templates folder) as committed at REF. The base must be valid on its own; its
 * problems name its files as the base's (`git:HEAD~1:data/vision.yaml`), so they are never
 * mistaken for the current data's.
 */
export async function checkBase(spec: string, dataDir: string, templatesDir: string): Promise<Base> {
  if (!spec.startsWith(GIT_PREFIX)) {
    const label = displayFolder(spec);
    // The loader's own message for a missing folder speaks of --data; this is the base.
    if (!(await stat(spec).catch(() => undefined))?.isDirectory()) throw new BaseUnreadableError(label, msg('compare.notAFolder'));
    const checked = await checkData(spec, { asBase: true });
    if (!checked.model) throw new InvalidBaseError(label, errorsOnly(checked.problems));
    return { label, model: checked.model, inputs: checked.inputs };
  }
  const ref = spec.slice(GIT_PREFIX.length);
  const copy = await copyAtRevision(ref, [dataDir, templatesDir], spec);
  try {
    const data = copy.folders.get(dataDir);
    if (!data) throw new BaseUnreadableError(spec, msg('compare.noDataFolder', { folder: displayFolder(dataDir) }));
    const shownAs = (folder: string) => `${spec}:${path.relative(copy.tree, folder).split(path.sep).join('/')}/`;
    const checked = await checkData(data, { shownAs: shownAs(data), asBase: true });
    const templates = copy.folders.get(templatesDir);
    const templateProblems = templates ? (await readTemplates(templates, shownAs(templates))).problems : [];
    const problems = [...checked.problems, ...templateProblems];
    if (!checked.model || hasErrors(problems)) throw new InvalidBaseError(spec, errorsOnly(problems));
    return { label: spec, model: checked.model, inputs: checked.inputs };
  } finally {
    await copy.dispose();
  }
}

/** What stops the comparison; the base's warnings are its own business, not this run's. */
function errorsOnly(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}
