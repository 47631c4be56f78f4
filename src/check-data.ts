import { displayFolder, readDataFiles } from './load/index.js';
import { buildModel, type Model } from './model/index.js';
import { hasErrors, type Problem } from './problem.js';
import { validate } from './validate/index.js';
import { fontCharacters } from './write/font.js';

export interface CheckResult {
  /** Present when the data has no error. */
  readonly model?: Model;
  /** Errors and warnings, in the order found. */
  readonly problems: readonly Problem[];
  /** Every data file read, by its path relative to the data folder: what the outputs are built from. */
  readonly inputs: readonly { readonly path: string; readonly text: string }[];
}

/** Load → validate → model, for the data alone. Nothing is written. */
/**
 * `shownAs` names the folder in messages when its path would mislead (a base read from git into
 * a temporary folder); `asBase` reads a base written before ids (its `no:` as ids).
 */
export async function checkData(dataDir: string, options: { readonly shownAs?: string; readonly asBase?: boolean } = {}): Promise<CheckResult> {
  const { shownAs, asBase = false } = options;
  const loaded = await readDataFiles(dataDir, shownAs);
  const { dataset, problems } = validate(loaded.files, shownAs ?? displayFolder(dataDir), { complete: loaded.complete, printable: fontCharacters, adoptWrittenNumbers: asBase });
  const all = [...loaded.problems, ...problems];
  const inputs = loaded.files.map((f) => ({ path: f.name, text: f.text }));
  if (!dataset || hasErrors(all)) return { problems: all, inputs };
  return { model: buildModel(dataset), problems: all, inputs };
}
