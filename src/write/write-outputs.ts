import { readFile, rm } from 'node:fs/promises';
import { OutputWriteError } from '../errors.js';
import path from 'node:path';
import type { Vision } from '../model/index.js';
import type { OutputDocument } from '../render/index.js';
import { writeFileAtomic } from './atomic.js';
import { createManifest, type Manifest, type ManifestEntry } from './manifest.js';
import { serialize } from './serialize.js';

export const MANIFEST_NAME = 'manifest.json';

/**
 * Turns every document into bytes first, and only then writes: a renderer that fails leaves
 * the output folder as it was. The old manifest is removed before the first file is replaced,
 * so a build that stops half-way leaves no manifest vouching for the folder; each file is
 * swapped in atomically, and the new manifest comes last.
 *
 * A full build also removes outputs the previous manifest listed that it no longer makes (a
 * member renamed or removed). A partial build (one member's handout) keeps the manifest's
 * entries for the outputs it did not write, each with the input hash it was built from.
 */
export async function writeOutputs(outDir: string, documents: readonly OutputDocument[], vision: Vision, inputSha256: string, options: { partial: boolean } = { partial: false }): Promise<{ manifest: Manifest; written: readonly string[] }> {
  const files: { path: string; bytes: Uint8Array }[] = [];
  for (const document of documents) files.push({ path: document.path, bytes: await serialize(document) });
  const previous = await previousEntries(outDir);
  const made = new Set(files.map((f) => f.path));
  const manifest = createManifest(vision, inputSha256, files, options.partial ? previous : []);
  const manifestPath = path.join(outDir, MANIFEST_NAME);
  try {
    await rm(manifestPath, { force: true });
  } catch (cause) {
    throw new OutputWriteError(manifestPath, { cause });
  }
  for (const file of files) await writeFileAtomic(path.join(outDir, file.path), file.bytes);
  if (!options.partial) {
    for (const stale of previous.filter((e) => !made.has(e.path))) await rm(path.join(outDir, stale.path), { force: true });
  }
  await writeFileAtomic(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, written: files.map((f) => f.path) };
}

/**
 * The entries of the manifest already in the folder that look like ours. Anything else (no
 * manifest, not JSON, entries of another shape or pointing outside the folder) is ignored.
 */
async function previousEntries(outDir: string): Promise<ManifestEntry[]> {
  let previous: unknown;
  try {
    previous = JSON.parse(await readFile(path.join(outDir, MANIFEST_NAME), 'utf8'));
  } catch {
    return [];
  }
  const outputs = (previous as { outputs?: unknown } | null)?.outputs;
  if (!Array.isArray(outputs)) return [];
  return outputs.filter(
    (e): e is ManifestEntry =>
      e !== null &&
      typeof e === 'object' &&
      typeof e.path === 'string' &&
      /^(pdf|xlsx)\/[\w./-]+$/.test(e.path) &&
      !e.path.split('/').includes('..') &&
      typeof e.bytes === 'number' &&
      typeof e.sha256 === 'string' &&
      typeof e.inputSha256 === 'string',
  );
}
