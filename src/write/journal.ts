import { rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic.js';
import { attempt } from './attempt.js';
import type { ManifestEntry } from './manifest.js';

/**
 * While a build writes, the folder has no manifest (none may vouch for a half-written set), so
 * this file says what the next build needs if this one is killed: the entries of the last
 * complete manifest and every path that may be ours.
 */
export const JOURNAL_NAME = '.build-journal.json';

interface Journal {
  readonly entries: readonly ManifestEntry[];
  readonly paths: readonly string[];
}

/** Written, atomically, before the first output is touched. */
export async function writeJournal(outDir: string, entries: readonly ManifestEntry[], paths: Iterable<string>): Promise<void> {
  const journal: Journal = { entries, paths: [...new Set(paths)].sort() };
  await writeFileAtomic(path.join(outDir, JOURNAL_NAME), `${JSON.stringify(journal, null, 2)}\n`);
}

/** Removed last, once the new manifest is in place. */
export async function removeJournal(outDir: string): Promise<void> {
  const journal = path.join(outDir, JOURNAL_NAME);
  await attempt(journal, () => rm(journal, { force: true }));
}
