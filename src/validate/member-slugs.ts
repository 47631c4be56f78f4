import type { ParsedFile } from '../load/index.js';
import { nameKey } from './name-key.js';

/**
 * Each member's slug by its name as written in the region data of any file, read before the
 * shapes are checked: a participant written as 札幌市 can then be answered with `sapporo`.
 */
export function memberSlugs(files: readonly ParsedFile[]): (name: string) => string | undefined {
  const slugs = new Map<string, string>();
  for (const file of files) {
    const region = field(file.data, 'region');
    const members = field(region, 'municipalities');
    if (!Array.isArray(members)) continue;
    for (const m of members) {
      const name = field(m, 'name');
      const slug = field(m, 'slug');
      if (typeof name === 'string' && typeof slug === 'string') slugs.set(nameKey(name), slug);
    }
  }
  return (name) => slugs.get(nameKey(name));
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}
