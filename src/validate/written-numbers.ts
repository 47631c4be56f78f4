import type { ParsedFile } from '../load/index.js';
import { field } from '../plain-data.js';

/**
 * A base written before projects had ids numbers them with `no:` instead. Read as the migration
 * hint tells people to convert their own files (`no: 3` becomes `id: p03`), so an edition kept
 * from before ids compares with the converted data project by project. Only for a base: it is
 * read, never written, and the current data must say what it means.
 */
export function adoptWrittenNumbers(file: ParsedFile): ParsedFile {
  const written = field(file.data, 'projects');
  if (!Array.isArray(written)) return file;
  const projects = written.map((project: unknown) => {
    if (project === null || typeof project !== 'object' || Array.isArray(project)) return project;
    const { no, ...rest } = project as Record<string, unknown>;
    if (typeof no !== 'number' || !Number.isInteger(no)) return project;
    return 'id' in rest ? rest : { id: `p${String(no).padStart(2, '0')}`, ...rest };
  });
  return { ...file, data: { ...(file.data as object), projects } };
}
