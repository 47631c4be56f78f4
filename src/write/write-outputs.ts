import { rm } from 'node:fs/promises';
import path from 'node:path';
import { msg, type Message } from '../messages/index.js';
import type { Vision } from '../model/index.js';
import type { OutputDocument } from '../render/index.js';
import { writeFileAtomic } from './atomic.js';
import { attempt } from './attempt.js';
import type { DocumentCache } from './cache.js';
import { JOURNAL_NAME, removeJournal, writeJournal } from './journal.js';
import { checkPathLimits } from './limits.js';
import { LOCK_NAME, withOutputLock } from './lock.js';
import { createManifest, MANIFEST_NAME, type Manifest, type ManifestEntry } from './manifest.js';
import { matchesEntry, readPrevious, type Previous } from './previous.js';
import { serialize } from './serialize.js';
import { checkTargets, folderTrouble } from './targets.js';
import { removeFile, removeLeftoverTemporaries } from './tidy.js';

export interface WriteOptions {
  /** One member's handout only: the manifest keeps its entries for everything else. */
  readonly partial: boolean;
  /** How long to wait for another build writing the same folder before giving up (default 30 s). */
  readonly lockWaitMs?: number;
  /** Bytes already made for some documents (laid out to check they fit), by path. */
  readonly made?: ReadonlyMap<string, Uint8Array>;
  /** Told after each document is made: how many of how many. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Documents made before in this process: one described as then is not made again. */
  readonly cache?: DocumentCache;
}

export interface WriteResult {
  readonly manifest: Manifest;
  /** Paths written by this build, relative to the output folder. */
  readonly written: readonly string[];
  /** Of those, the ones whose bytes came from the cache: described exactly as before, not made again. */
  readonly unchanged: readonly string[];
  /** What the user should know about the folder (an interrupted build's outputs dropped, say). */
  readonly warnings: readonly Message[];
}

const DEFAULT_LOCK_WAIT_MS = 30_000;

/**
 * Turns every document into bytes first, and checks every name fits, and only then writes: a
 * renderer that fails, or a name that is too long, leaves the output folder as it was.
 *
 * Writing holds the folder's lock, so builds into one folder take turns. Before the first file
 * is touched a journal records every path that may be ours; then the old manifest is removed,
 * so a build that stops half-way leaves no manifest vouching for the folder, each file is
 * swapped in atomically, outputs the new manifest does not list are removed, the new manifest
 * comes next and the journal goes last. A build killed at any point leaves the previous
 * complete set with its manifest, or no manifest and the journal the next build cleans up by.
 *
 * A full build removes every earlier output it no longer makes (a member renamed or removed).
 * A partial build (one member's handout) keeps the earlier entries for the outputs it did not
 * write, each with the input hash it was built from; after an interrupted build, only those
 * whose file still has the entry's bytes, and it warns about the rest.
 */
export async function writeOutputs(outDir: string, documents: readonly OutputDocument[], vision: Vision, inputSha256: string, options: WriteOptions = { partial: false }): Promise<WriteResult> {
  const files: Serialised[] = [];
  const unchanged: string[] = [];
  for (const document of documents) {
    const make = async () => options.made?.get(document.path) ?? (await serialize(document));
    const made = options.cache ? await options.cache.bytes(document, make) : { bytes: await make(), reused: false };
    if (made.reused) unchanged.push(document.path);
    files.push({ path: document.path, bytes: made.bytes });
    options.onProgress?.(files.length, documents.length);
  }
  checkPathLimits([...files.map((f) => f.path), MANIFEST_NAME, JOURNAL_NAME, LOCK_NAME].map((p) => path.resolve(outDir, p)));
  const result = await withOutputLock(outDir, options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS, () => replaceOutputs(outDir, files, vision, inputSha256, options.partial));
  return { ...result, unchanged };
}

interface Serialised {
  readonly path: string;
  readonly bytes: Uint8Array;
}

async function replaceOutputs(outDir: string, files: readonly Serialised[], vision: Vision, inputSha256: string, partial: boolean): Promise<Omit<WriteResult, 'unchanged'>> {
  await checkTargets(outDir, [...files.map((f) => f.path), MANIFEST_NAME, JOURNAL_NAME]);
  const previous = await readPrevious(outDir);
  const made = new Set(files.map((f) => f.path));
  const manifest = createManifest(vision, inputSha256, files, partial ? await keptEntries(outDir, previous, made) : []);
  const listed = new Set(manifest.outputs.map((o) => o.path));
  const manifestPath = path.join(outDir, MANIFEST_NAME);

  await writeJournal(outDir, previous.entries, [...previous.paths, ...made]);
  await attempt(manifestPath, () => rm(manifestPath, { force: true }));
  for (const file of files) await writeFileAtomic(path.join(outDir, file.path), file.bytes);
  const removed: string[] = [];
  for (const stale of [...previous.paths].filter((p) => !listed.has(p)).sort()) {
    // A manifest may name a path through a linked folder: nothing outside the output folder is removed.
    if ((await folderTrouble(outDir, path.posix.dirname(stale))) === undefined && (await removeFile(path.join(outDir, stale)))) removed.push(stale);
  }
  await removeLeftoverTemporaries(outDir, [...previous.paths, ...made]);
  await writeFileAtomic(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  await removeJournal(outDir);

  // A full build makes everything anew; a partial one after an interruption leaves gaps to report.
  const lost = partial && !previous.vouched ? [...new Set([...previous.entries.map((e) => e.path).filter((p) => !listed.has(p)), ...removed])].sort() : [];
  return { manifest, written: files.map((f) => f.path), warnings: lost.length > 0 ? [interruptedWarning(outDir, lost)] : [] };
}

/**
 * The earlier entries a partial build keeps. A manifest's are kept as they are; without one a
 * build was interrupted, and an entry is kept only if its file still has the entry's bytes.
 */
async function keptEntries(outDir: string, previous: Previous, made: ReadonlySet<string>): Promise<readonly ManifestEntry[]> {
  if (previous.vouched) return previous.entries;
  const kept: ManifestEntry[] = [];
  for (const entry of previous.entries) if (!made.has(entry.path) && (await matchesEntry(outDir, entry))) kept.push(entry);
  return kept;
}

function interruptedWarning(outDir: string, lost: readonly string[]): Message {
  return msg('output.interrupted', { outDir, lost });
}
