import path from 'node:path';
import { checkData } from '../../src/build.js';
import type { Problem } from '../../src/problem.js';

/** The errors a data folder produces, with file names relative to the folder for easy assertions. */
export async function errorsOf(dir: string): Promise<(Problem & { name: string })[]> {
  const { problems } = await checkData(dir);
  return problems.filter((p) => p.severity === 'error').map((p) => ({ ...p, name: path.relative(dir, path.resolve(p.file)) }));
}
