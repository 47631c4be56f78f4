import { build } from '../build.js';
import { displayFolder } from '../load/display-path.js';
import { printable } from './printable.js';
import { BaseUnreadableError, ExplainedError, InvalidBaseError, InvalidInputError, UsageError } from '../errors.js';
import { formatMessage, msg, resolveLang, type Lang } from '../messages/index.js';
import { planFigures } from '../model/figures.js';
import type { Problem } from '../problem.js';
import type { Manifest } from '../write/index.js';
import { langFlag, parseCli, type CliOptions } from './args.js';
import { formatProblems, formatSummary, formatTally, formatWritten, say } from './print.js';
import { watchBuild } from './watch.js';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Rewrites one status line in place; absent when there is no terminal to rewrite it on. */
  readonly status?: (text: string) => void;
  /** The environment the language is read from (LC_ALL, LC_MESSAGES, LANG). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Ends a `--watch`; without it, Ctrl+C does. */
  readonly stop?: AbortSignal;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  ...(process.stderr.isTTY ? { status: (text: string) => process.stderr.write(`\r\u001b[K${text}`) } : {}),
  env: process.env,
};

/** The one place that decides what is printed, in which language, and which exit code a run ends with. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const lang = resolveLang(langFlag(argv), io.env ?? {});
  try {
    const options = parseCli(argv);
    if (options.help) {
      io.out(usage(lang));
      return 0;
    }
    if (options.command === 'validate') {
      const { checkAll, isChecked } = await import('../check.js');
      const result = await checkAll({ dataDir: options.dataDir });
      report(io, result.problems, lang);
      if (!isChecked(result)) return 1;
      io.out(formatSummary(planFigures(result.model), lang));
      io.out(say(msg('cli.valid'), lang));
      return 0;
    }
    if (options.command === 'export') return await runExport(options, io, lang);
    if (options.command === 'import') return await runImport(options, io, lang);
    if (options.watch) return await watchBuild(options, { out: io.out, problems: (problems) => report(io, problems, lang), report: (once) => once().catch((error: unknown) => void handle(error, io, lang)), stop: io.stop ?? interrupted() }, lang);
    return await runBuild(options, io, lang);
  } catch (error) {
    return handle(error, io, lang);
  }
}

/** Aborted by Ctrl+C, so a watch ends with exit 0 and its last build complete. */
function interrupted(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return controller.signal;
}

async function runBuild(options: CliOptions, io: Io, lang: Lang): Promise<number> {
  const status = options.quiet ? undefined : io.status;
  const result = await build({ ...options, ...(status ? { onProgress: (done: number, total: number) => status(say(msg('cli.progress', { done, total }), lang)) } : {}) });
  status?.('');
  report(io, result.problems, lang);
  for (const warning of result.warnings) io.err(say(msg('cli.warning', { text: warning }), lang));
  if (result.comparison && options.json) {
    // The JSON alone goes to stdout, so it can be piped; what was written goes to stderr.
    const { comparisonJson } = await import('../compare/index.js');
    io.out(JSON.stringify(comparisonJson(result.comparison.changes, result.comparison.base.label), null, 2));
    io.err(formatWritten(result.manifest, result.written, result.skipped, options.outDir, lang));
    return 0;
  }
  io.out(formatSummary(result.figures, lang));
  if (result.comparison) io.out((await import('./print-comparison.js')).formatComparison(result.comparison.changes, result.comparison.base.label, lang));
  io.out(formatWritten(result.manifest, result.written, result.skipped, options.outDir, lang));
  const stale = staleOutputs(result.manifest, result.written);
  if (stale > 0) io.err(say(msg('cli.staleOthers', { count: stale, command: fullBuildCommand(options) }), lang));
  return 0;
}

async function runExport(options: CliOptions, io: Io, lang: Lang): Promise<number> {
  const { exportInput } = await import('../export.js');
  const result = await exportInput({ dataDir: options.dataDir, outDir: options.outDir, ...(options.outFile === undefined ? {} : { outFile: options.outFile }) });
  report(io, result.problems, lang);
  io.out(say(msg('cli.exported', { file: result.file, bytes: result.bytes }), lang));
  io.out(say(msg('cli.exportNext'), lang));
  return 0;
}

async function runImport(options: CliOptions, io: Io, lang: Lang): Promise<number> {
  const [{ importWorkbook }, { formatImport }] = await Promise.all([import('../import/index.js'), import('./print-import.js')]);
  const workbook = options.workbook!;
  const result = await importWorkbook({ workbook, dataDir: options.dataDir, write: options.write });
  report(io, result.problems, lang);
  if (!result.ok) {
    io.err(say(msg('cli.nothingWritten'), lang));
    return 1;
  }
  const again = `npm run import -- ${[workbook, ...(options.dataDir === 'data' ? [] : ['--data', options.dataDir]), '--write'].map(quoted).join(' ')}`;
  io.out(formatImport(result, printable(workbook), displayFolder(options.dataDir), again, lang));
  return 0;
}

/** The command that builds everything from the same data into the same folder. */
function fullBuildCommand(options: CliOptions): string {
  const folders = [...(options.dataDir === 'data' ? [] : ['--data', options.dataDir]), ...(options.outDir === 'output' ? [] : ['--out', options.outDir])];
  return folders.length === 0 ? 'npm run build' : `npm run build -- ${folders.map(quoted).join(' ')}`;
}

/** A word as a shell reads it back: quoted when it holds anything but plain path characters. */
function quoted(word: string): string {
  return /^[\w./@:+-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** Outputs a partial build kept that were made from other data than this build's: older than the data. */
function staleOutputs(manifest: Manifest, written: readonly string[]): number {
  const mine = new Set(written);
  return manifest.outputs.filter((o) => !mine.has(o.path) && o.inputSha256 !== manifest.inputSha256).length;
}

function report(io: Io, problems: readonly Problem[], lang: Lang): void {
  if (problems.length === 0) return;
  io.err(formatProblems(problems, lang));
  io.err(formatTally(problems, lang));
}

function handle(error: unknown, io: Io, lang: Lang): number {
  if (error instanceof InvalidInputError) {
    report(io, error.problems, lang);
    io.err(say(msg('cli.nothingWritten'), lang));
    return 1;
  }
  if (error instanceof InvalidBaseError) {
    io.err(say(msg('compare.baseInvalid', { base: error.base }), lang));
    report(io, error.problems, lang);
    io.err(say(msg('cli.nothingWritten'), lang));
    return 1;
  }
  if (error instanceof ExplainedError) {
    io.err(say(msg('cli.error', { text: error.detail }), lang));
    if (error instanceof UsageError) {
      io.err(say(msg('cli.seeHelp'), lang));
      return 2;
    }
    if (error instanceof BaseUnreadableError) io.err(say(msg('cli.nothingWritten'), lang));
    return 1;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.err(say(msg('cli.internalError', { detail: detail.split('\n')[0]! }), lang));
  for (const line of detail.split('\n').slice(1)) io.err(say(msg('cli.plain', { text: line }), lang));
  return 70;
}

/** The usage text holds no input, so it is printed as the catalogue has it, line breaks and all. */
function usage(lang: Lang): string {
  return formatMessage(msg('cli.usage'), lang);
}
