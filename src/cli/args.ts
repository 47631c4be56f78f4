import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { msg, type Message } from '../messages/index.js';
import { closest } from '../validate/suggest.js';

export type Command = 'validate' | 'build' | 'compare' | 'export' | 'import';

export interface CliOptions {
  readonly command: Command;
  readonly dataDir: string;
  readonly outDir: string;
  /** export only: the file to write (`--out`), instead of xlsx/input.xlsx in the output folder. */
  readonly outFile?: string;
  /** import only: the workbook to read. */
  readonly workbook?: string;
  /** import only: replace the data files (otherwise only say what would change). */
  readonly write: boolean;
  /** build only: code, name or slug (or a unique beginning of one) of the one member whose handout to build. */
  readonly municipality?: string;
  /** compare only: the data folder or `git:REF` to compare with. */
  readonly base?: string;
  /** compare only: print the change list as JSON instead of the summary. */
  readonly json: boolean;
  /** No progress line, even on a terminal. */
  readonly quiet: boolean;
  /** build only: keep building whenever the data or the templates change. */
  readonly watch: boolean;
  /** build and compare: remake every output, even those whose files are current. */
  readonly force: boolean;
  /** build and compare: worker threads to make outputs in; absent, one (made in the main thread). */
  readonly workers?: number;
  readonly help: boolean;
}

const OPTIONS = {
  data: { type: 'string' },
  out: { type: 'string' },
  municipality: { type: 'string' },
  base: { type: 'string' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  watch: { type: 'boolean', short: 'w' },
  force: { type: 'boolean' },
  write: { type: 'boolean' },
  workers: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The language asked for with `--lang`, read before anything else so even a usage error is
 * printed in it; `--lang` with another value is a usage error of its own (reported by parseCli).
 */
export function langFlag(argv: readonly string[]): string | undefined {
  const { values } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true });
  return typeof values.lang === 'string' ? values.lang : undefined;
}

/** Reads argv (without node and the script); throws UsageError with a one-line reason. */
export function parseCli(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (cause) {
    throw new UsageError(optionProblem(cause as NodeJS.ErrnoException), { cause });
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  if (values.lang !== undefined && values.lang !== 'ja' && values.lang !== 'en') throw new UsageError(msg('cli.badLang', { lang: values.lang }));
  // For export, --out names the workbook's file; the output folder is then the default one.
  const common = { dataDir: values.data ?? 'data', outDir: (command === 'export' ? undefined : values.out) ?? 'output', json: values.json ?? false, quiet: values.quiet ?? false, watch: values.watch ?? false, force: values.force ?? false, write: values.write ?? false };
  if (values.help) return { command: command === 'build' || command === 'compare' || command === 'export' || command === 'import' ? command : 'validate', ...common, help: true };
  if (command !== 'validate' && command !== 'build' && command !== 'compare' && command !== 'export' && command !== 'import') throw new UsageError(command ? commandProblem(command) : msg('cli.noCommand'));
  // import alone takes an argument: the workbook.
  const [workbook, ...more] = command === 'import' ? extra : [undefined, ...extra];
  if (more.length > 0) throw new UsageError(msg('cli.unexpectedArgument', { argument: more[0]! }));
  if (command === 'import' && !workbook) throw new UsageError(msg('cli.importNeedsFile'));
  if (command !== 'import' && values.write) throw new UsageError(msg('cli.onlyFor', { option: '--write', command: 'import' }));
  if (command === 'import' && values.out !== undefined) throw new UsageError(msg('cli.onlyFor', { option: '--out', command: 'build / export' }));
  if (values.data === '') throw new UsageError(msg('cli.needsFolder', { option: '--data' }));
  if (values.out === '') throw new UsageError(msg(command === 'export' ? 'cli.needsFile' : 'cli.needsFolder', { option: '--out' }));
  // Excel opens a workbook by its name's extension.
  if (command === 'export' && values.out !== undefined && !/\.xlsx$/i.test(values.out)) throw new UsageError(msg('cli.exportNeedsXlsx', { file: values.out }));
  if (command === 'validate' && values.out !== undefined) throw new UsageError(msg('cli.onlyFor', { option: '--out', command: 'build' }));
  if ((command === 'validate' || command === 'export' || command === 'import') && values.municipality !== undefined) throw new UsageError(msg('cli.onlyFor', { option: '--municipality', command: 'build' }));
  if (values.municipality === '') throw new UsageError(msg('cli.municipalityEmpty'));
  if (command === 'compare' && values.municipality !== undefined) throw new UsageError(msg('cli.compareBuildsAll'));
  if (command !== 'compare' && values.base !== undefined) throw new UsageError(msg('cli.onlyFor', { option: '--base', command: 'compare' }));
  if (command !== 'compare' && values.json) throw new UsageError(msg('cli.onlyFor', { option: '--json', command: 'compare' }));
  if (command !== 'build' && values.watch) throw new UsageError(msg('cli.onlyFor', { option: '--watch', command: 'build' }));
  if (command === 'compare' && !values.base) throw new UsageError(msg('cli.compareNeedsBase'));
  if ((command === 'validate' || command === 'export' || command === 'import') && values.force) throw new UsageError(msg('cli.onlyFor', { option: '--force', command: 'build' }));
  if ((command === 'validate' || command === 'export' || command === 'import') && values.workers !== undefined) throw new UsageError(msg('cli.onlyFor', { option: '--workers', command: 'build' }));
  return {
    command,
    ...common,
    ...(values.workers === undefined ? {} : { workers: workerCount(values.workers) }),
    ...(command === 'export' && values.out !== undefined ? { outFile: values.out } : {}),
    ...(workbook === undefined ? {} : { workbook }),
    ...(values.municipality === undefined ? {} : { municipality: values.municipality }),
    ...(values.base === undefined ? {} : { base: values.base }),
    help: false,
  };
}

const COMMANDS = ['validate', 'build', 'compare', 'export', 'import'];

/** More threads than this only wait on each other: the documents are made by CPU alone. */
const MAX_WORKERS = 16;

function workerCount(value: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_WORKERS)) throw new UsageError(msg('cli.badWorkers', { value, max: MAX_WORKERS }));
  return n;
}

function commandProblem(command: string): Message {
  const near = closest(COMMANDS, command);
  return near === undefined ? msg('cli.unknownCommand', { command }) : msg('cli.unknownCommandNear', { command, near });
}

/**
 * parseArgs says what is wrong only in English text; its code tells the kind, and the option it
 * names is quoted in that text, so the message can be put in the user's words.
 */
function optionProblem(error: NodeJS.ErrnoException): Message {
  const text = error.message.split('\n')[0]!;
  const option = /'(-{1,2}[^' ]+)/.exec(text)?.[1];
  if (option && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const near = closest(Object.keys(OPTIONS).map((o) => `--${o}`), option);
    return near === undefined ? msg('cli.unknownOption', { option }) : msg('cli.unknownOptionNear', { option, near });
  }
  if (option && error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return msg('cli.optionNeedsValue', { option });
  return msg('cli.badOption', { error: text.replace(/\. To specify a positional argument.*/, '') });
}
