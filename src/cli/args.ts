import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';

export type Command = 'validate' | 'build' | 'compare';

export interface CliOptions {
  readonly command: Command;
  readonly dataDir: string;
  readonly outDir: string;
  /** build only: code, name or slug of the one member whose handout to build. */
  readonly municipality?: string;
  /** compare only: the data folder or `git:REF` to compare with. */
  readonly base?: string;
  /** compare only: print the change list as JSON instead of the summary. */
  readonly json: boolean;
  readonly help: boolean;
}

export const USAGE = `usage: npm run validate -- [--data <dir>]
       npm run build -- [--data <dir>] [--out <dir>] [--municipality <code|name|slug>]
       npm run compare -- --base <dir|git:REF> [--data <dir>] [--out <dir>] [--json]

  --data <dir>            folder of YAML data files (default: data)
  --out <dir>             folder the outputs are written to (default: output)
  --municipality <which>  build only that member's handout (PDF and workbook)
  --base <dir|git:REF>    compare: the earlier version, a data folder or data/ at a git revision
                          (git:HEAD, git:HEAD~1, a tag); builds everything plus the 新旧対照表
  --json                  compare: print the change list as JSON instead of the summary
  --help                  show this text

exit status: 0 done (warnings allowed), 1 invalid data or failed output, 2 wrong usage`;

/** Reads argv (without node and the script); throws UsageError with a one-line reason. */
export function parseCli(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: 'string' },
        out: { type: 'string' },
        municipality: { type: 'string' },
        base: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (cause) {
    throw new UsageError((cause as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*/, ''), { cause });
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  if (values.help) return { command: command === 'build' || command === 'compare' ? command : 'validate', dataDir: 'data', outDir: 'output', json: false, help: true };
  if (command !== 'validate' && command !== 'build' && command !== 'compare') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (values.data === '') throw new UsageError('--data needs a folder');
  if (values.out === '') throw new UsageError('--out needs a folder');
  if (command === 'validate' && values.out !== undefined) throw new UsageError('--out applies to build only');
  if (command === 'validate' && values.municipality !== undefined) throw new UsageError('--municipality applies to build only');
  if (values.municipality === '') throw new UsageError('--municipality needs a code, name or slug');
  if (command === 'compare' && values.municipality !== undefined) throw new UsageError('--municipality applies to build only: compare builds every handout');
  if (command !== 'compare' && values.base !== undefined) throw new UsageError('--base applies to compare only');
  if (command !== 'compare' && values.json) throw new UsageError('--json applies to compare only');
  if (command === 'compare' && !values.base) throw new UsageError('compare needs --base <data folder> or --base git:<revision>, e.g. --base git:HEAD');
  return {
    command,
    dataDir: values.data ?? 'data',
    outDir: values.out ?? 'output',
    ...(values.municipality === undefined ? {} : { municipality: values.municipality }),
    ...(values.base === undefined ? {} : { base: values.base }),
    json: values.json ?? false,
    help: false,
  };
}
