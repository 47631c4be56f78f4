import { createHash } from 'node:crypto';
import type { CalendarDate } from '../calendar-date.js';
import type { PlanFigures } from '../model/index.js';
import type { Problem } from '../problem.js';

export const MANIFEST_NAME = 'manifest.json';

export interface ManifestEntry {
  /** Relative to the output folder, with forward slashes. */
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
  /** The input hash this output was built from (differs from the manifest's after a partial build of stale data). */
  readonly inputSha256: string;
  /** fingerprint(): what exactly the output was made from, so a build can tell it need not make it again. */
  readonly renderedFrom?: string;
}

/** What a build wrote and from what: enough to tell whether an output matches its data. */
export interface Manifest {
  readonly vision: { readonly title: string; readonly date: string };
  /** sha256 over every input file (relative path and bytes), in path order. */
  readonly inputSha256: string;
  readonly outputs: readonly ManifestEntry[];
  /** Written by a full build: what it found, so a build of the same inputs by the same program need not read them again. */
  readonly check?: CheckRecord;
}

/**
 * What a full build found on its way, recorded like a compiler's incremental build info: a
 * later build whose program and input files are byte for byte the same, read from the same
 * folders, would find exactly this again, and prints it instead of working it out.
 */
export interface CheckRecord {
  /** programPrint() of the program that checked. */
  readonly program: string;
  readonly figures: PlanFigures;
  /** The warnings (a build that wrote had no errors), each file named inside the data folder, so the record holds wherever the folder is. */
  readonly problems: readonly Problem[];
  /** sealCheck(): a record edited by hand, or a manifest whose outputs were, no longer matches it and is not trusted. */
  readonly seal: string;
}

/** The hash of a check record with the manifest it is part of: the input, and every output with its bytes. */
export function sealCheck(check: Omit<CheckRecord, 'seal'>, inputSha256: string, outputs: readonly ManifestEntry[]): string {
  return hashParts([JSON.stringify([check.program, check.figures, check.problems]), inputSha256, JSON.stringify(outputs)]);
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** One hash for a set of files, independent of where the folder sits or the order they were read. */
function hashInputs(files: readonly { readonly path: string; readonly text: string }[]): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return hashParts(sorted.flatMap((f) => [f.path, f.text]));
}

/**
 * One hash of several texts, each preceded by its length in bytes, so no two different lists
 * hash alike (a separator could be forged by a text that holds it).
 */
export function hashParts(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${Buffer.byteLength(part)}:`).update(part);
  return hash.digest('hex');
}

/** The hash of everything a build reads: the data, the templates and a base's data, each file under its folder's name. */
export function buildInputsSha256(inputs: { readonly data: readonly InputFile[]; readonly templates: readonly InputFile[]; readonly base?: readonly InputFile[] }): string {
  const under = (folder: string, files: readonly InputFile[] = []) => files.map((f) => ({ path: `${folder}/${f.path}`, text: f.text }));
  return hashInputs([...under('data', inputs.data), ...under('templates', inputs.templates), ...under('base', inputs.base)]);
}

type InputFile = { readonly path: string; readonly text: string };

/** The hash of the template files alone, as they count among a build's inputs. */
export function templatesSha256(sources: readonly { readonly path: string; readonly text: string }[]): string {
  return buildInputsSha256({ data: [], templates: sources });
}

/** The manifest listing `entries` (outputs written now, and those kept from before), in path order. */
export function createManifest(vision: { title: string; asOf: CalendarDate }, inputSha256: string, entries: readonly ManifestEntry[], check?: Omit<CheckRecord, 'seal'>): Manifest {
  const outputs = [...entries].sort((a, b) => (a.path < b.path ? -1 : 1));
  return {
    vision: { title: vision.title, date: vision.asOf.iso },
    inputSha256,
    outputs,
    ...(check ? { check: { ...check, seal: sealCheck(check, inputSha256, outputs) } } : {}),
  };
}
