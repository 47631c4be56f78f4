import { formatMessage, msg, type Lang, type Message } from '../messages/index.js';
import type { PlanFigures } from '../model/index.js';
import { sortProblems, type Problem } from '../problem.js';
import type { Manifest } from '../write/index.js';
import { printable } from './printable.js';
import { columnLetter } from '../render/xlsx/spec.js';

/** A catalogue message in the user's language, safe to print on one line. */
export function say(message: Message, lang: Lang): string {
  return printable(formatMessage(message, lang));
}

/** `file:line:column  path  message`, one group of lines per file, hints indented under their line. */
export function formatProblems(problems: readonly Problem[], lang: Lang): string {
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const problem of sortProblems(problems)) {
    if (currentFile !== undefined && problem.file !== currentFile) lines.push('');
    currentFile = problem.file;
    const file = printable(problem.file);
    const where = problem.cell ? `${file} ${printable(problem.cell.sheet)}!${columnLetter(problem.cell.column)}${problem.cell.row}` : problem.line === undefined ? file : `${file}:${problem.line}:${problem.column ?? 1}`;
    const text = say(problem.message, lang);
    lines.push([where, printable(problem.path) || '-', problem.severity === 'warning' ? say(msg('cli.warning', { text }), lang) : text].join('  '));
    if (problem.hint) lines.push(`    ${say(msg('cli.hint', { text: say(problem.hint, lang) }), lang)}`);
  }
  return lines.join('\n');
}

export function formatTally(problems: readonly Problem[], lang: Lang): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file)).size;
  const parts: Message[] = [];
  if (errors > 0) parts.push(msg(errors === 1 ? (files === 1 ? 'cli.oneErrorOneFile' : 'cli.oneError') : files === 1 ? 'cli.errorsOneFile' : 'cli.errors', { errors, files }));
  if (warnings > 0) parts.push(msg(warnings === 1 ? 'cli.oneWarning' : 'cli.warnings', { warnings }));
  return parts.map((p) => say(p, lang)).join(say(msg('cli.and'), lang));
}

export function formatSummary(figures: PlanFigures, lang: Lang): string {
  return [
    say(msg('cli.summaryTitle', { title: figures.title, date: figures.date }), lang),
    `  ${say(msg('cli.summaryMembers', { count: figures.members }), lang)}`,
    `  ${say(msg('cli.summaryPolicies', { count: figures.priorities }), lang)}`,
    `  ${say(msg('cli.summaryStructure', { pillars: figures.pillars, fields: figures.fields }), lang)}`,
    `  ${say(msg('cli.summaryProjects', { count: figures.projects }), lang)}`,
  ].join('\n');
}

/** The outputs this build wrote (a partial build's manifest also lists earlier ones). */
export function formatWritten(manifest: Manifest, written: readonly string[], skipped: readonly string[], outDir: string, lang: Lang): string {
  const mine = new Set(written);
  const folder = printable(outDir);
  if (written.length === 0 && skipped.length > 0) return say(msg('cli.allCurrent', { count: skipped.length, folder: `${folder}/` }), lang);
  const lines = manifest.outputs.filter((o) => mine.has(o.path)).map((o) => `  ${folder}/${printable(o.path)}  ${say(msg('cli.bytes', { bytes: o.bytes }), lang)}`);
  const left = skipped.length > 0 ? [say(msg('cli.skipped', { count: skipped.length }), lang)] : [];
  return [say(msg(lines.length === 1 ? 'cli.wroteOne' : 'cli.wrote', { count: lines.length, folder: `${folder}/` }), lang), ...lines, ...left].join('\n');
}
