import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { checkData, DEFAULT_TEMPLATES_DIR, wordsFor } from '../../src/index.js';
import { readTemplates } from '../../src/load/index.js';
import type { Model } from '../../src/model/index.js';
import { renderers, type OutputDocument } from '../../src/render/index.js';
import { FONT_FAMILY } from '../../src/render/pdf/style.js';
import { MINIMAL, replaceOnce } from '../helpers/fixture.js';
import { filesUnder } from '../helpers/snapshot.js';

export { filesUnder, snapshot } from '../helpers/snapshot.js';

/** Edits of the minimal data that change every output's bytes and rename one member's files. */
export const OLDER_DATA = {
  'vision.yaml': replaceOnce('issuer: テスト市企画局', 'issuer: テスト市総務局'),
  'region.yaml': replaceOnce('slug: shinshinotsu', 'slug: shinshino'),
};

export interface ManifestJson {
  inputSha256: string;
  outputs: { path: string; bytes: number; sha256: string; inputSha256: string }[];
}

export function manifestOf(out: string): ManifestJson {
  return JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
}

/**
 * The folder holds exactly the manifest's outputs, each with the size and sha256 the manifest
 * gives, plus `others` (files that were never ours): no temporary file, journal or lock.
 */
export function expectExactlyTheManifest(out: string, others: readonly string[] = []): ManifestJson {
  const manifest = expectManifestTrueToDisk(out);
  expect(filesUnder(out)).toEqual([...manifest.outputs.map((o) => o.path), 'manifest.json', ...others].sort());
  return manifest;
}

/** Every file the manifest lists is on disk with the size and sha256 it gives. */
export function expectManifestTrueToDisk(out: string): ManifestJson {
  const manifest = manifestOf(out);
  for (const output of manifest.outputs) {
    const bytes = readFileSync(path.join(out, output.path));
    expect({ path: output.path, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') }).toEqual({ path: output.path, bytes: output.bytes, sha256: output.sha256 });
  }
  return manifest;
}

/** The pid of a process that has exited: what a killed build leaves in its lock. */
export function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  if (pid === undefined) throw new Error('could not start node');
  return pid;
}

/** A one-line PDF at `path`, quick to serialise, for tests that call writeOutputs directly. */
export function tinyPdf(path: string, text = 'x'): OutputDocument {
  return { path, kind: 'pdf', definition: { content: text, defaultStyle: { font: FONT_FAMILY } } };
}

/** The data set's documents, as build() renders them: all, or one member's handout. */
export async function documentsOf(dataDir = MINIMAL, slug?: string): Promise<{ model: Model; documents: OutputDocument[] }> {
  const { model } = await checkData(dataDir);
  if (!model) throw new Error(`${dataDir} is not valid data`);
  const { templates } = await readTemplates(DEFAULT_TEMPLATES_DIR);
  const only = model.region.municipalities.filter((m) => m.slug === slug);
  const selected = slug === undefined ? renderers : renderers.filter((r) => r.per === 'municipality');
  const scope = { municipalities: slug === undefined ? model.region.municipalities : only };
  return { model, documents: selected.flatMap((r) => r.render(model, wordsFor(r, model, templates), scope)) };
}
