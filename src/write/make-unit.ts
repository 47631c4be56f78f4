import type { Templates } from '../load/index.js';
import type { Problem } from '../problem.js';
import { renderChecked, type Described, type RenderInput, type RenderUnit } from '../render/index.js';
import { stageFile, type Staged } from './stage.js';
import { fingerprint } from './fingerprint.js';
import type { ManifestEntry } from './manifest.js';
import { matchesEntry } from './previous.js';
import { serialize } from './serialize.js';

/** One unit to make; `wanted` false for the units a partial build only checks (every other member's). */
export interface UnitJob {
  readonly unit: RenderUnit;
  readonly wanted: boolean;
}

/** What every unit of one build is made against. Plain data: a worker thread gets a copy. */
export interface MakeSettings {
  readonly outDir: string;
  /** The last complete build's entries, by path. */
  readonly previous: ReadonlyMap<string, ManifestEntry>;
  /** Make every wanted document, even one whose file is current (`--force`). */
  readonly force: boolean;
  /** programPrint(): which program makes the bytes. */
  readonly program: string;
}

/**
 * A document of the unit: `current` when its file already holds exactly what it would be made
 * as (so it is not made again); `made` when its bytes were made and written beside their
 * target under a temporary name, to be swapped in once every document is made; `stale` when a
 * partial build did not want it and its file is not current.
 */
export type Made = { readonly path: string; readonly renderedFrom: string; readonly wanted: boolean } & ({ readonly state: 'current' | 'stale' } | ({ readonly state: 'made' } & Staged));

export type UnitResult = { readonly unit: RenderUnit; readonly documents: readonly Made[] } | { readonly unit: RenderUnit; readonly problem: Problem };

/** Renders a unit and makes what it needs: a template that fails on the data is a positioned problem, not a crash. */
export async function makeUnit(input: RenderInput, templates: Templates, job: UnitJob, settings: MakeSettings): Promise<UnitResult> {
  const rendered = renderChecked(input, templates, job.unit);
  if ('problem' in rendered) return { unit: job.unit, problem: rendered.problem };
  return { unit: job.unit, documents: await makeDocuments(rendered.documents, settings, job.wanted) };
}

/** Each document in turn: its fingerprint, then its bytes only if its file is not already current. One at a time, each released once written. */
export async function makeDocuments(documents: readonly Described[], settings: MakeSettings, wanted: boolean): Promise<Made[]> {
  const made: Made[] = [];
  for (const { document, described } of documents) {
    const renderedFrom = fingerprint(described, settings.program);
    const entry = settings.previous.get(document.path);
    if (!settings.force && entry?.renderedFrom === renderedFrom && (await matchesEntry(settings.outDir, entry))) {
      made.push({ path: document.path, renderedFrom, wanted, state: 'current' });
    } else if (!wanted) {
      made.push({ path: document.path, renderedFrom, wanted, state: 'stale' });
    } else {
      const staged = await stageFile(settings.outDir, document.path, await serialize(document));
      made.push({ path: document.path, renderedFrom, wanted, state: 'made', ...staged });
    }
  }
  return made;
}

