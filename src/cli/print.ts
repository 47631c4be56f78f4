import type { Model } from '../model/index.js';
import { sortProblems, type Problem } from '../problem.js';
import { printable } from './printable.js';
import type { Manifest } from '../write/index.js';

/** `file:line:column  path  message`, one group of lines per file, hints indented under their line. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const problem of sortProblems(problems)) {
    if (currentFile !== undefined && problem.file !== currentFile) lines.push('');
    currentFile = problem.file;
    const file = printable(problem.file);
    const where = problem.line === undefined ? file : `${file}:${problem.line}:${problem.column ?? 1}`;
    const label = problem.severity === 'warning' ? 'warning: ' : '';
    lines.push([where, printable(problem.path) || '-', `${label}${printable(problem.message)}`].join('  '));
    if (problem.hint) lines.push(`    hint: ${printable(problem.hint)}`);
  }
  return lines.join('\n');
}

export function formatTally(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.length - errors.length;
  const files = new Set(errors.map((p) => p.file)).size;
  const parts = [];
  if (errors.length > 0) parts.push(`${errors.length} error${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`);
  if (warnings > 0) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return parts.join(', ');
}

export function formatSummary(model: Model): string {
  const fields = model.pillars.flatMap((p) => p.sections.flatMap((s) => s.fields));
  return [
    `${printable(model.vision.title)} (data as of ${model.vision.asOf.iso})`,
    `  ${model.region.municipalities.length} municipalities`,
    `  ${model.policies.priorities.length} priority policies + 1 common policy`,
    `  ${model.pillars.length} pillars, ${fields.length} fields`,
    `  ${model.projects.length} projects`,
  ].join('\n');
}

/** The outputs this build wrote (a partial build's manifest also lists earlier ones). */
export function formatWritten(manifest: Manifest, written: readonly string[], outDir: string): string {
  const mine = new Set(written);
  const folder = printable(outDir);
  const lines = manifest.outputs.filter((o) => mine.has(o.path)).map((o) => `  ${folder}/${printable(o.path)}  ${o.bytes} bytes`);
  return [`wrote ${lines.length} output${lines.length === 1 ? '' : 's'} and the manifest to ${folder}/`, ...lines].join('\n');
}
