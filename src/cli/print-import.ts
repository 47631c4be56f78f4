import { isUnchanged } from '../compare/index.js';
import type { ImportResult } from '../import/index.js';
import { msg, type Lang } from '../messages/index.js';
import { formatComparison } from './print-comparison.js';
import { say } from './print.js';
import { printable } from './printable.js';

/**
 * What an import changes in the data, as the documents print it (the same summary as
 * `compare`), then the files and how many places in each; and whether they were written.
 */
/** `again` is the command that repeats this import with --write. */
export function formatImport(result: Extract<ImportResult, { ok: true }>, workbook: string, dataFolder: string, again: string, lang: Lang): string {
  if (result.changes.length === 0) return say(msg('import.noChanges', { workbook, folder: dataFolder }), lang);
  const { comparison } = result;
  const lines = [say(msg(result.written ? 'import.appliedHeading' : 'import.wouldHeading', { workbook, folder: dataFolder }), lang)];
  if (isUnchanged(comparison)) lines.push(say(msg(comparison.revisionRecordChanged ? 'import.revisionsOnly' : 'import.unprintedOnly'), lang));
  else lines.push(formatComparison(comparison, dataFolder, lang));
  for (const change of result.changes) lines.push(`  ${printable(change.file)}  ${say(msg('import.places', { count: change.edits }), lang)}`);
  if (!result.written) lines.push(say(msg('import.writeHint', { command: again }), lang));
  return lines.join('\n');
}
