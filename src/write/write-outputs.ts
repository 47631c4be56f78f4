import path from 'node:path';
import type { Vision } from '../model/index.js';
import type { OutputDocument } from '../render/index.js';
import { writeFileAtomic } from './atomic.js';
import { createManifest, type Manifest } from './manifest.js';
import { serialize } from './serialize.js';

export const MANIFEST_NAME = 'manifest.json';

/**
 * Turns every document into bytes first, and only then writes: a renderer that fails leaves
 * the output folder as it was. Each file, the manifest last, is swapped in atomically.
 */
export async function writeOutputs(outDir: string, documents: readonly OutputDocument[], vision: Vision, inputSha256: string): Promise<Manifest> {
  const files: { path: string; bytes: Uint8Array }[] = [];
  for (const document of documents) files.push({ path: document.path, bytes: await serialize(document) });
  for (const file of files) await writeFileAtomic(path.join(outDir, file.path), file.bytes);
  const manifest = createManifest(vision, inputSha256, files);
  await writeFileAtomic(path.join(outDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
