import type { ParsedFile } from '../load/index.js';
import { field, listOf } from '../plain-data.js';

const NUMBERED = /^p(\d{1,6})$/;

/**
 * Hands out ids in the `p01` style that no project in the files uses, each after the highest
 * in use, so an id given up by a removed project is not handed out again within the data.
 */
export function freshProjectIds(files: readonly ParsedFile[]): () => string {
  let highest = 0;
  for (const file of files) {
    for (const id of writtenIds(file.data)) {
      const match = NUMBERED.exec(id);
      if (match) highest = Math.max(highest, Number(match[1]));
    }
  }
  return () => `p${String(++highest).padStart(2, '0')}`;
}

function writtenIds(data: unknown): string[] {
  return listOf(field(data, 'projects')).flatMap((p) => {
    const id = field(p, 'id');
    return typeof id === 'string' ? [id] : [];
  });
}
