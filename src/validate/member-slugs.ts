import type { ParsedFile } from '../load/index.js';
import { field, listOf } from '../plain-data.js';
import { nameKey } from './name-key.js';

/**
 * Each member's slug by its name as written in the region data of any file, read before the
 * shapes are checked: a participant written as 札幌市 can then be answered with `sapporo`.
 */
export function memberSlugs(files: readonly ParsedFile[]): (name: string) => string | undefined {
  const slugs = new Map<string, string>();
  for (const file of files) {
    const region = field(file.data, 'region');
    for (const m of listOf(field(region, 'municipalities'))) {
      const name = field(m, 'name');
      const slug = field(m, 'slug');
      if (typeof name === 'string' && typeof slug === 'string') slugs.set(nameKey(name), slug);
    }
  }
  return (name) => slugs.get(nameKey(name));
}
