import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { BaseUnreadableError } from '../errors.js';
import { msg, type Message } from '../messages/index.js';

const run = promisify(execFile);

/** Folders of a repository as they were at one revision, copied out into a temporary folder. */
export interface RevisionCopy {
  /** Where each requested folder now is, by the path given; a folder the revision does not have is absent. */
  readonly folders: ReadonlyMap<string, string>;
  /** The repository's top folder as it was at the revision, inside a temporary folder that `dispose` removes. */
  readonly tree: string;
  /** The full commit id the revision names. */
  readonly commit: string;
  dispose(): Promise<void>;
}

/**
 * Copies `folders` (paths on this machine inside one git working tree) as they were at
 * `ref`, with `git archive`: the working tree, the index and HEAD are never touched.
 */
export async function copyAtRevision(ref: string, folders: readonly string[], label: string): Promise<RevisionCopy> {
  // A ref that starts with "-" would be read by git as an option.
  if (ref === '' || ref.startsWith('-')) throw new BaseUnreadableError(label, msg('compare.refNeeded'));
  const first = path.resolve(folders[0]!);
  // Asked from inside the folder itself: the data folder may be the repository's top folder.
  const inside = (await stat(first).catch(() => undefined))?.isDirectory() ? first : path.dirname(first);
  const top = (await git(inside, ['rev-parse', '--show-toplevel'], label, msg('compare.notInRepo', { folder: first }))).trim();
  const exists = await git(top, ['rev-parse', '--verify', '--quiet', ref], label, msg('compare.noRevision', { ref, top })).then(() => true, () => false);
  const commit = (await git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], label, exists ? msg('compare.notACommit', { ref }) : msg('compare.noRevision', { ref, top }))).trim();
  const inRepo = new Map<string, string>();
  for (const folder of folders) {
    const relative = path.relative(top, await realpath(folder).catch(() => path.resolve(folder)));
    if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
    const listed = await git(top, ['ls-tree', '-d', '--name-only', commit, '--', pathspec(relative)], label, msg('compare.cannotRead', { ref: commit }));
    if (listed.trim() !== '') inRepo.set(folder, relative);
  }
  const root = await mkdtemp(path.join(tmpdir(), 'vision-base-'));
  const dispose = () => rm(root, { recursive: true, force: true });
  const tree = path.join(root, 'tree');
  try {
    const archive = path.join(root, 'revision.tar');
    await mkdir(tree);
    if (inRepo.size > 0) {
      await git(top, ['archive', '--format=tar', `--output=${archive}`, commit, '--', ...[...inRepo.values()].map(pathspec)], label, msg('compare.cannotRead', { ref: commit }));
      await run('tar', ['-x', '--no-same-owner', '--no-same-permissions', '-f', archive, '-C', tree]);
    }
    return { folders: new Map([...inRepo].map(([folder, relative]) => [folder, path.join(tree, relative)])), tree, commit, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** A folder inside the repository as git names it: forward slashes, `.` for the top folder. */
function pathspec(relative: string): string {
  return relative.split(path.sep).join('/') || '.';
}

async function git(cwd: string, args: readonly string[], label: string, failure: Message): Promise<string> {
  try {
    const { stdout } = await run('git', [...args], { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    return stdout;
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT' && !(cause as { stderr?: unknown }).stderr) throw new BaseUnreadableError(label, msg('compare.noGit'), { cause });
    throw new BaseUnreadableError(label, failure, { cause });
  }
}
