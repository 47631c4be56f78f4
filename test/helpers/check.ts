import path from 'node:path';
import { checkData } from '../../src/index.js';
import { formatMessage } from '../../src/messages/index.js';
import type { Problem } from '../../src/problem.js';

/** A problem with its words in English (or `lang`), as the CLI would print them: what tests compare. */
export type WordedProblem = Omit<Problem, 'message' | 'hint'> & { readonly message: string; readonly hint?: string };

export function inWords(problems: readonly Problem[], lang: 'ja' | 'en' = 'en'): WordedProblem[] {
  return problems.map(({ message, hint, ...rest }) => ({ ...rest, message: formatMessage(message, lang), ...(hint ? { hint: formatMessage(hint, lang) } : {}) }));
}

/** The errors a data folder produces, in English words, with file names relative to the folder for easy assertions. */
export async function errorsOf(dir: string, lang: 'ja' | 'en' = 'en'): Promise<(WordedProblem & { name: string })[]> {
  const { problems } = await checkData(dir);
  return inWords(problems.filter((p) => p.severity === 'error'), lang).map((p) => ({ ...p, name: path.relative(dir, path.resolve(p.file)) }));
}
