import { field } from '../plain-data.js';
import type { CheckRecord, ManifestEntry } from './manifest.js';

const SEGMENT = /^[^./\\\0][^/\\\0]*$/;

/**
 * True for a path shaped like one of our outputs: `pdf/…/<name>.pdf` or `xlsx/…/<name>.xlsx`,
 * relative, with forward slashes and no empty, `.` or `..` segment (nor any hidden name). Only
 * such paths from a manifest or journal are ever removed, so a hand-edited or foreign manifest
 * cannot point a build at a folder, at the output folder's own files or outside it.
 */
export function isOutputPath(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const segments = value.split('/');
  const [kind] = segments;
  return (kind === 'pdf' || kind === 'xlsx') && segments.length >= 2 && value.endsWith(`.${kind}`) && segments.slice(1).every((s) => SEGMENT.test(s));
}

/** A manifest entry of our shape for an output path; anything else in a manifest is ignored. */
export function isManifestEntry(value: unknown): value is ManifestEntry {
  if (value === null || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  return isOutputPath(e.path) && typeof e.bytes === 'number' && typeof e.sha256 === 'string' && typeof e.inputSha256 === 'string' && (e.renderedFrom === undefined || typeof e.renderedFrom === 'string');
}

/**
 * A check record of our shape. Its seal (see sealCheck) says whether a build wrote it as it
 * stands; this only makes it safe to read that far.
 */
export function isCheckRecord(value: unknown): value is CheckRecord {
  const figures = field(value, 'figures');
  return typeof field(value, 'program') === 'string' && typeof field(value, 'seal') === 'string' && figures !== null && typeof figures === 'object' && Array.isArray(field(value, 'problems'));
}
