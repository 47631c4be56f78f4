import { build, checkAll, isChecked } from '../build.js';
import { comparisonJson } from '../compare/index.js';
import { BaseUnreadableError, InvalidBaseError, InvalidInputError, OutputLockedError, OutputWriteError, RenderError, UsageError } from '../errors.js';
import { formatComparison } from './print-comparison.js';
import { formatProblems, formatSummary, formatTally, formatWritten } from './print.js';
import { parseCli, USAGE } from './args.js';
import { printable } from './printable.js';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** The one place that decides what is printed and which exit code a run ends with. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  try {
    const options = parseCli(argv);
    if (options.help) {
      io.out(USAGE);
      return 0;
    }
    if (options.command === 'validate') {
      const result = await checkAll({ dataDir: options.dataDir });
      report(io, result.problems);
      if (!isChecked(result)) return 1;
      io.out(formatSummary(result.model));
      io.out('valid');
      return 0;
    }
    const result = await build(options);
    report(io, result.problems);
    for (const warning of result.warnings) io.err(`warning: ${printable(warning)}`);
    if (result.comparison && options.json) {
      // The JSON alone goes to stdout, so it can be piped; what was written goes to stderr.
      io.out(JSON.stringify(comparisonJson(result.comparison.changes, result.comparison.base.label), null, 2));
      io.err(formatWritten(result.manifest, result.written, options.outDir));
      return 0;
    }
    io.out(formatSummary(result.model));
    if (result.comparison) io.out(formatComparison(result.comparison.changes, result.comparison.base.label));
    io.out(formatWritten(result.manifest, result.written, options.outDir));
    return 0;
  } catch (error) {
    return handle(error, io);
  }
}

function report(io: Io, problems: Parameters<typeof formatProblems>[0]): void {
  if (problems.length === 0) return;
  io.err(formatProblems(problems));
  io.err(formatTally(problems));
}

function handle(error: unknown, io: Io): number {
  if (error instanceof UsageError) {
    io.err(`error: ${printable(error.message)}`);
    io.err(USAGE);
    return 2;
  }
  if (error instanceof InvalidInputError) {
    report(io, error.problems);
    io.err('nothing was written');
    return 1;
  }
  if (error instanceof InvalidBaseError) {
    io.err(`the base ${printable(error.base)} is not valid data, so it cannot be compared with:`);
    report(io, error.problems);
    io.err('nothing was written');
    return 1;
  }
  if (error instanceof BaseUnreadableError) {
    io.err(`error: ${printable(error.message)}`);
    io.err('nothing was written');
    return 1;
  }
  if (error instanceof RenderError || error instanceof OutputWriteError || error instanceof OutputLockedError) {
    io.err(`error: ${printable(error.message)}`);
    return 1;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.err(`internal error: ${detail.split('\n').map(printable).join('\n')}`);
  return 70;
}
