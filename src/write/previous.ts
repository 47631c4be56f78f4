import { constants } from 'node:fs';
import { lstat, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { field, listOf } from '../plain-data.js';
import { attempt, onCode } from './attempt.js';
import { JOURNAL_NAME } from './journal.js';
import { MANIFEST_NAME, sha256, type CheckRecord, type ManifestEntry } from './manifest.js';
import { isCheckRecord, isManifestEntry, isOutputPath } from './ours.js';

/** What the output folder tells a build about the builds before it. */
export interface Previous {
  /** The outputs of the last complete build: its manifest's, or those an interrupted build's journal saved. */
  readonly entries: readonly ManifestEntry[];
  /** True when a manifest lists `entries`: no build has touched those files since. */
  readonly vouched: boolean;
  /** True when a build that was killed left its journal. */
  readonly journaled: boolean;
  /** Every output path that may be ours: the entries' and those interrupted builds meant to write. */
  readonly paths: ReadonlySet<string>;
  /** The manifest's input hash and what its build found, when it has them in our shape. */
  readonly inputSha256?: string;
  readonly check?: CheckRecord;
}

/**
 * Reads manifest.json and any journal a killed build left. A manifest is present only while the
 * folder holds the complete set it lists; without one, the journal's entries are what the last
 * complete build made, which the interrupted build may since have replaced or removed.
 * Anything not of our shape (not JSON, foreign entries, paths that are not outputs) is ignored.
 */
export async function readPrevious(outDir: string): Promise<Previous> {
  const manifest = await readJson(path.join(outDir, MANIFEST_NAME));
  const journal = await readJson(path.join(outDir, JOURNAL_NAME));
  const entries = listOf(manifest === undefined ? field(journal, 'entries') : field(manifest, 'outputs')).filter(isManifestEntry);
  const paths = listOf(field(journal, 'paths')).filter(isOutputPath);
  const inputSha256 = field(manifest, 'inputSha256');
  const check = field(manifest, 'check');
  return {
    entries,
    vouched: manifest !== undefined,
    journaled: journal !== undefined,
    paths: new Set([...entries.map((e) => e.path), ...paths]),
    ...(typeof inputSha256 === 'string' ? { inputSha256 } : {}),
    ...(isCheckRecord(check) ? { check } : {}),
  };
}

/** Whether the file at the entry's path is a regular file with the entry's bytes. */
export async function matchesEntry(outDir: string, entry: ManifestEntry): Promise<boolean> {
  const target = path.join(outDir, entry.path);
  // A file where one of its folders should be (ENOTDIR) means the output is gone as surely as ENOENT.
  const stats = await attempt(target, () => lstat(target).catch(onCode('ENOENT', undefined)).catch(onCode('ENOTDIR', undefined)));
  if (!stats?.isFile() || stats.size !== entry.bytes) return false;
  return sha256(await attempt(target, () => readFile(target))) === entry.sha256;
}

/** A manifest is small; anything larger is not ours. */
const MAX_JSON_BYTES = 16 * 1024 * 1024;

/**
 * The JSON in a regular file, or undefined. Never through a link, and never from a pipe or
 * device put where the manifest goes, which would make a plain read wait forever.
 */
async function readJson(file: string): Promise<unknown> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile() || stats.size > MAX_JSON_BYTES) return undefined;
    return JSON.parse(await handle.readFile('utf8'));
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}
