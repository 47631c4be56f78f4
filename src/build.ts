import path from 'node:path';
import { InvalidInputError } from './errors.js';
import { displayPath, readDataFiles } from './load/index.js';
import { buildModel, type Model } from './model/index.js';
import type { Problem } from './problem.js';
import { renderers } from './render/index.js';
import { validate } from './validate/index.js';
import { hashInputs, writeOutputs, type Manifest } from './write/index.js';

export interface CheckResult {
  /** Present when the data has no error. */
  readonly model?: Model;
  /** Errors and warnings, in the order found. */
  readonly problems: readonly Problem[];
  readonly inputSha256?: string;
}

/** Load → validate → model. Nothing is written. */
export async function checkData(dataDir: string): Promise<CheckResult> {
  const loaded = await readDataFiles(dataDir);
  const { dataset, problems } = validate(loaded.files, displayPath(path.resolve(dataDir)));
  const all = [...loaded.problems, ...problems];
  if (!dataset) return { problems: all };
  return { model: buildModel(dataset), problems: all, inputSha256: hashInputs(loaded.files.map((f) => ({ path: f.name, text: f.text }))) };
}

export interface BuildResult {
  readonly model: Model;
  readonly problems: readonly Problem[];
  readonly manifest: Manifest;
}

/** The whole flow. Throws InvalidInputError before anything is written if the data has errors. */
export async function build(options: { dataDir: string; outDir: string }): Promise<BuildResult> {
  const checked = await checkData(options.dataDir);
  if (!checked.model || checked.inputSha256 === undefined) throw new InvalidInputError(checked.problems);
  const documents = renderers.flatMap((renderer) => renderer.render(checked.model!));
  const manifest = await writeOutputs(options.outDir, documents, checked.model.vision, checked.inputSha256);
  return { model: checked.model, problems: checked.problems, manifest };
}
