import { build, checkAll, isChecked } from '../build.js';
import { InvalidInputError, OutputLockedError, OutputWriteError, RenderError, UsageError } from '../errors.js';
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
    io.out(formatSummary(result.model));
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
  if (error instanceof RenderError || error instanceof OutputWriteError || error instanceof OutputLockedError) {
    io.err(`error: ${printable(error.message)}`);
    return 1;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.err(`internal error: ${detail.split('\n').map(printable).join('\n')}`);
  return 70;
}
