import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Vision } from '../model/index.js';
import type { OutputDocument } from '../render/index.js';
import { writeFileAtomic } from './atomic.js';
import { createManifest, type Manifest, type ManifestEntry } from './manifest.js';
import { serialize } from './serialize.js';

export const MANIFEST_NAME = 'manifest.json';

/**
 * Turns every document into bytes first, and only then writes: a renderer that fails leaves
 * the output folder as it was. Each file, the manifest last, is swapped in atomically.
 * A partial build (one member's handout) keeps the manifest's entries for the outputs it did
 * not write, each with the input hash it was built from.
 */
export async function writeOutputs(outDir: string, documents: readonly OutputDocument[], vision: Vision, inputSha256: string, options: { partial: boolean } = { partial: false }): Promise<{ manifest: Manifest; written: readonly string[] }> {
  const files: { path: string; bytes: Uint8Array }[] = [];
  for (const document of documents) files.push({ path: document.path, bytes: await serialize(document) });
  const kept = options.partial ? await previousEntries(outDir) : [];
  for (const file of files) await writeFileAtomic(path.join(outDir, file.path), file.bytes);
  const manifest = createManifest(vision, inputSha256, files, kept);
  await writeFileAtomic(path.join(outDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, written: files.map((f) => f.path) };
}

async function previousEntries(outDir: string): Promise<ManifestEntry[]> {
  try {
    const previous = JSON.parse(await readFile(path.join(outDir, MANIFEST_NAME), 'utf8')) as Partial<Manifest>;
    return Array.isArray(previous.outputs) ? previous.outputs : [];
  } catch {
    // No manifest yet, or not one of ours: start afresh.
    return [];
  }
}
