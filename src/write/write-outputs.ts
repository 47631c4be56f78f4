import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { msg, type Message } from '../messages/index.js';
import type { Vision } from '../model/index.js';
import { hasErrors, type Problem } from '../problem.js';
import { described, type OutputDocument } from '../render/index.js';
import { writeFileAtomic } from './atomic.js';
import { attempt } from './attempt.js';
import { JOURNAL_NAME, removeJournal, writeJournal } from './journal.js';
import { checkPathLimits } from './limits.js';
import { LOCK_NAME, LOCK_WAIT_MS, withOutputLock } from './lock.js';
import { makeDocuments, type Made, type MakeSettings, type UnitResult } from './make-unit.js';
import { createManifest, MANIFEST_NAME, type CheckRecord, type Manifest, type ManifestEntry } from './manifest.js';
import { matchesEntry, readPrevious, type Previous } from './previous.js';
import { programPrint } from './program-print.js';
import { commitStaged, discardStaged, foldersDownTo, removeEmptyFolders, type Staged } from './stage.js';
import { checkTargets, folderTrouble } from './targets.js';
import { removeFile, removeLeftoverTemporaries } from './tidy.js';

/** Where a build's documents come from: rendered and made a unit at a time, in this thread or in workers. */
export interface DocumentMaker {
  /** How many units `make` yields, for progress. */
  readonly units: number;
  make(settings: MakeSettings): AsyncIterable<UnitResult>;
}

export interface WriteOptions {
  /** One member's handout only: the manifest keeps its entries for everything else. */
  readonly partial: boolean;
  /** Make every document, even those whose files are current (`--force`). */
  readonly force?: boolean;
  /** How long to wait for another build writing the same folder before giving up (default 30 s). */
  readonly lockWaitMs?: number;
  /** Told after each unit is made: how many of how many. */
  readonly onProgress?: (done: number, total: number) => void;
  /** What the build found, for the manifest (a full build only; sealed there with the outputs). */
  readonly check?: Omit<CheckRecord, 'seal'>;
}

export interface WriteResult {
  readonly manifest: Manifest;
  /** Paths made and written by this build, relative to the output folder. */
  readonly written: readonly string[];
  /** Paths whose files already held exactly what this build would make: left as they were. */
  readonly skipped: readonly string[];
  /** What the user should know about the folder (an interrupted build's outputs dropped, say). */
  readonly warnings: readonly Message[];
}

/**
 * Makes every document and only then puts them in place: a document is rendered, its bytes made
 * and written beside their target under a temporary name, and released before the next, so a
 * build holds one document at a time. A renderer that fails on the data (returned as problems)
 * or a file that cannot be written leaves the output folder as it was.
 *
 * A document whose fingerprint (what it is made from) is the one the last build recorded, and
 * whose file still has that build's bytes, is not made again (unless `force`): a build with
 * nothing changed writes nothing, and an edit remakes exactly the documents it shows in.
 *
 * Everything happens under the folder's lock, so builds into one folder take turns. Before the
 * first file is swapped in, a journal records every path that may be ours; then the old manifest
 * is removed, so a build that stops half-way leaves no manifest vouching for the folder, each
 * file is swapped in atomically, outputs the new manifest does not list are removed, the new
 * manifest comes next and the journal goes last. A build killed at any point leaves the previous
 * complete set with its manifest, or no manifest and the journal the next build cleans up by.
 *
 * A full build removes every earlier output it no longer makes (a member renamed or removed).
 * A partial build (one member's handout) keeps the earlier entries for the outputs it did not
 * write, each with the input hash it was built from; after an interrupted build, only those
 * whose file still has the entry's bytes, and it warns about the rest.
 */
export async function writeOutputs(outDir: string, documents: readonly OutputDocument[], vision: Vision, inputSha256: string, options?: WriteOptions): Promise<WriteResult>;
export async function writeOutputs(outDir: string, maker: DocumentMaker, vision: Vision, inputSha256: string, options?: WriteOptions): Promise<WriteResult | { readonly problems: readonly Problem[] }>;
export async function writeOutputs(outDir: string, source: readonly OutputDocument[] | DocumentMaker, vision: Vision, inputSha256: string, options: WriteOptions = { partial: false }): Promise<WriteResult | { readonly problems: readonly Problem[] }> {
  const maker = isMaker(source) ? source : fixedDocuments(source);
  checkPathLimits([MANIFEST_NAME, JOURNAL_NAME, LOCK_NAME].map((p) => path.resolve(outDir, p)));
  const program = await programPrint();
  // A build that turns out to have nothing to write leaves no folder it made behind.
  const madeOutDir = await attempt(outDir, () => mkdir(outDir, { recursive: true }));
  const result = await withOutputLock(outDir, options.lockWaitMs ?? LOCK_WAIT_MS, () => makeAndReplace(outDir, maker, program, vision, inputSha256, options)).catch(async (error: unknown) => {
    if (madeOutDir) await removeEmptyFolders(foldersDownTo(madeOutDir, outDir));
    throw error;
  });
  if ('problems' in result && madeOutDir) await removeEmptyFolders(foldersDownTo(madeOutDir, outDir));
  return result;
}

async function makeAndReplace(outDir: string, maker: DocumentMaker, program: string, vision: Vision, inputSha256: string, options: WriteOptions): Promise<WriteResult | { readonly problems: readonly Problem[] }> {
  const previous = await readPrevious(outDir);
  const settings: MakeSettings = { outDir, previous: new Map(previous.entries.map((e) => [e.path, e])), force: options.force ?? false, program };
  const made: Made[] = [];
  const problems: Problem[] = [];
  try {
    let done = 0;
    for await (const result of maker.make(settings)) {
      if ('problem' in result) problems.push(result.problem);
      else made.push(...result.documents);
      options.onProgress?.((done += 1), maker.units);
    }
    if (hasErrors(problems)) {
      await discardStaged(staged(made));
      return { problems };
    }
    return await replaceOutputs(outDir, made, previous, vision, inputSha256, options);
  } catch (error) {
    await discardStaged(staged(made));
    throw error;
  }
}

function isMaker(source: readonly OutputDocument[] | DocumentMaker): source is DocumentMaker {
  return !Array.isArray(source);
}

/** Documents already rendered, as one unit, all wanted. */
function fixedDocuments(documents: readonly OutputDocument[]): DocumentMaker {
  return {
    units: 1,
    async *make(settings) {
      yield { unit: { renderer: -1 }, documents: await makeDocuments(documents.map(described), settings, true) };
    },
  };
}

function staged(made: readonly Made[]): Staged[] {
  return made.flatMap((m) => (m.state === 'made' ? [m] : []));
}

async function replaceOutputs(outDir: string, made: readonly Made[], previous: Previous, vision: Vision, inputSha256: string, { partial, check }: WriteOptions): Promise<WriteResult> {
  const staged = made.filter((m) => m.state === 'made');
  await checkTargets(outDir, [...staged.map((m) => m.path), MANIFEST_NAME, JOURNAL_NAME]);
  const before = new Map(previous.entries.map((e) => [e.path, e]));
  const entries: ManifestEntry[] = [];
  for (const m of made) {
    if (m.state === 'made') entries.push({ path: m.path, bytes: m.bytes, sha256: m.sha256, inputSha256, renderedFrom: m.renderedFrom });
    // A current file is exactly what this data makes: it is vouched for as made from this input.
    if (m.state === 'current') entries.push({ ...before.get(m.path)!, inputSha256, renderedFrom: m.renderedFrom });
  }
  const listedNow = new Set(entries.map((e) => e.path));
  const manifest = createManifest(vision, inputSha256, [...entries, ...(partial ? await keptEntries(outDir, previous, listedNow) : [])], partial ? undefined : check);
  const listed = new Set(manifest.outputs.map((o) => o.path));
  const manifestPath = path.join(outDir, MANIFEST_NAME);
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  // What this build was asked for and found current; a partial build checks the rest only.
  const skipped = made.filter((m) => m.state === 'current' && m.wanted).map((m) => m.path);
  const gone = [...previous.paths].filter((p) => !listed.has(p));
  // Nothing made, nothing to remove, no killed build's journal, the same manifest: the folder is
  // already this build's, once any temporary file a killed build left is gone.
  if (staged.length === 0 && gone.length === 0 && previous.vouched && !previous.journaled && (await readFile(manifestPath, 'utf8').catch(() => '')) === manifestText) {
    await removeLeftoverTemporaries(outDir, made.map((m) => m.path));
    return { manifest, written: [], skipped, warnings: [] };
  }

  await writeJournal(outDir, previous.entries, [...previous.paths, ...made.map((m) => m.path)]);
  await attempt(manifestPath, () => rm(manifestPath, { force: true }));
  for (const file of staged) await commitStaged(file, outDir, file.path);
  const removed: string[] = [];
  for (const stale of gone.sort()) {
    // A manifest may name a path through a linked folder: nothing outside the output folder is removed.
    if ((await folderTrouble(outDir, path.posix.dirname(stale))) === undefined && (await removeFile(path.join(outDir, stale)))) removed.push(stale);
  }
  await removeLeftoverTemporaries(outDir, [...previous.paths, ...made.map((m) => m.path)]);
  await writeFileAtomic(manifestPath, manifestText);
  await removeJournal(outDir);

  // A full build makes everything anew; a partial one after an interruption leaves gaps to report.
  const lost = partial && !previous.vouched ? [...new Set([...previous.entries.map((e) => e.path).filter((p) => !listed.has(p)), ...removed])].sort() : [];
  return { manifest, written: staged.map((m) => m.path), skipped, warnings: lost.length > 0 ? [interruptedWarning(outDir, lost)] : [] };
}

/**
 * The earlier entries a partial build keeps for outputs it did not list itself. A manifest's
 * are kept as they are; without one a build was interrupted, and an entry is kept only if its
 * file still has the entry's bytes.
 */
async function keptEntries(outDir: string, previous: Previous, listed: ReadonlySet<string>): Promise<readonly ManifestEntry[]> {
  const others = previous.entries.filter((e) => !listed.has(e.path));
  if (previous.vouched) return others;
  const kept: ManifestEntry[] = [];
  for (const entry of others) if (await matchesEntry(outDir, entry)) kept.push(entry);
  return kept;
}

function interruptedWarning(outDir: string, lost: readonly string[]): Message {
  return msg('output.interrupted', { outDir, lost });
}
