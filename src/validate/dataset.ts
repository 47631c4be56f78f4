import { LIMITS } from '../limits.js';
import { locate } from '../load/locate.js';
import type { ParsedFile } from '../load/parse-yaml.js';
import { msg, type Message } from '../messages/index.js';
import { field, listOf } from '../plain-data.js';
import { formatDataPath, type DataPath, type Problem } from '../problem.js';
import type { PillarData, PoliciesData, ProjectData, ProjectProvenanceData, RegionData, VisionData } from './schema.js';
import type { Section, ShapedFile } from './shape.js';

/** Where a value came from: its file and its data path there. */
export interface Origin {
  readonly source: ParsedFile;
  readonly path: DataPath;
}

export interface Located<T> {
  readonly value: T;
  readonly at: Origin;
}

export interface LocatedProject extends Located<ProjectData> {
  /** The file's `projectProvenance` with the project's own entries laid over it. */
  readonly provenance: ProjectProvenanceData;
}

/** Every file's sections brought together, each value still knowing where it was written. */
export interface Dataset {
  readonly vision: Located<VisionData>;
  readonly region: Located<RegionData>;
  readonly policies: Located<PoliciesData>;
  readonly pillars: readonly Located<PillarData>[];
  readonly projects: readonly LocatedProject[];
}

/**
 * What could be brought together when some sections failed their shape: the rules run on
 * whatever is whole, so one run still reports as much as it can.
 */
export type PartialDataset = Partial<Pick<Dataset, 'vision' | 'region' | 'policies'>> &
  Pick<Dataset, 'pillars' | 'projects'> & {
    /** False when some pillars or projects may be missing (a file failed to parse or to take shape). */
    readonly complete: { readonly pillars: boolean; readonly projects: boolean };
  };

export function problemAt(at: Origin, sub: DataPath, message: Message, hint?: Message, severity: Problem['severity'] = 'error'): Problem {
  const path = [...at.path, ...sub];
  return { severity, file: at.source.file, ...locate(at.source, path), path: formatDataPath(path), message, ...(hint ? { hint } : {}) };
}

/** file:line:column of a value, for a message that points back at another place. */
export function describeOrigin(at: Origin): Message {
  const { line, column } = locate(at.source, at.path);
  return msg('common.at', { file: at.source.file, line, column });
}

const SINGLETONS = ['vision', 'region', 'policies'] as const;

/**
 * Brings the files together. The vision, the region and the policies must each be written
 * exactly once; pillars and projects may be spread over any number of files. A section that
 * failed its shape somewhere is left out of the result (and not reported missing).
 */
export function combine(files: readonly ShapedFile[], dataFolder: string, unreadable: ReadonlySet<Section>): { partial: PartialDataset; dataset?: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  // Sections of a file that could not be read may be anything: none of them is called missing.
  const failed = new Set<Section>([...unreadable, ...files.flatMap((f) => [...f.failed])]);
  const found: Partial<Record<(typeof SINGLETONS)[number], Located<unknown>>> = {};
  const pillars: Located<PillarData>[] = [];
  const projects: LocatedProject[] = [];
  for (const { source, data, indexes } of files) {
    for (const key of SINGLETONS) {
      if (data[key] === undefined) continue;
      const at: Origin = { source, path: [key] };
      const earlier = found[key];
      if (earlier) {
        problems.push(problemAt(at, [], msg('rules.sectionTwice', { section: key, first: describeOrigin(earlier.at) }), msg('rules.keepOne')));
      } else {
        found[key] = { value: data[key], at };
      }
    }
    data.pillars?.forEach((value, i) => pillars.push({ value, at: { source, path: ['pillars', indexes.pillars?.[i] ?? i] } }));
    data.projects?.forEach((value, i) =>
      projects.push({ value, at: { source, path: ['projects', indexes.projects?.[i] ?? i] }, provenance: { ...data.projectProvenance, ...value.provenance } }),
    );
  }
  for (const key of SINGLETONS) {
    if (!found[key] && !failed.has(key)) {
      problems.push({ severity: 'error', file: dataFolder, path: key, message: msg('rules.sectionMissing', { section: key }), hint: msg('rules.addSection', { section: key }) });
    }
  }
  for (const key of ['pillars', 'projects'] as const) {
    const list = key === 'pillars' ? pillars : projects;
    if (list.length === 0 && !failed.has(key)) problems.push({ severity: 'error', file: dataFolder, path: key, message: msg('rules.listEmpty', { section: key }) });
    // Counted as written, bad items included: the limit bounds the work, whatever the items hold.
    const written = files.reduce((n, f) => n + rawLength(f.source.data, key), 0);
    if (written > LIMITS[key]) problems.push({ severity: 'error', file: dataFolder, path: key, message: msg('rules.tooMany', { count: written, section: key, limit: LIMITS[key] }) });
  }
  const partial: PartialDataset = {
    ...(found.vision ? { vision: found.vision as Located<VisionData> } : {}),
    ...(found.region ? { region: found.region as Located<RegionData> } : {}),
    ...(found.policies ? { policies: found.policies as Located<PoliciesData> } : {}),
    pillars,
    projects,
    complete: { pillars: !failed.has('pillars'), projects: !failed.has('projects') && !failed.has('projectProvenance') },
  };
  const { vision, region, policies } = partial;
  const whole = failed.size === 0 && problems.length === 0 && vision && region && policies;
  return whole ? { partial, dataset: { vision, region, policies, pillars, projects }, problems } : { partial, problems };
}

function rawLength(data: unknown, key: string): number {
  return listOf(field(data, key)).length;
}
