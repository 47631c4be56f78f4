import { main } from '../../src/cli/main.js';

/** Runs the command line in this process, collecting what it prints; in English unless `LANG` says otherwise. */
export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return runWith({ LANG: 'en_US.UTF-8' }, ...argv);
}

/** The same with the environment given, e.g. `{}` for a Japanese machine's default. */
export async function runWith(env: Record<string, string>, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
