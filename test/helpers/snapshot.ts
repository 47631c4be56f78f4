import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir` (links included, folders not), relative with forward slashes, sorted. */
export function filesUnder(dir: string, under = ''): string[] {
  return readdirSync(path.join(dir, under), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(dir, path.posix.join(under, e.name)) : [path.posix.join(under, e.name)]))
    .sort();
}

/** Every file's bytes, to show a folder was not touched (a pipe or link by its kind: reading a pipe would wait). */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    filesUnder(dir).map((f) => {
      const stats = lstatSync(path.join(dir, f));
      return [f, `${stats.mtimeMs} ${stats.isFile() ? readFileSync(path.join(dir, f), 'base64') : stats.isSymbolicLink() ? 'link' : 'not a file'}`];
    }),
  );
}

/** Every file below a folder and its bytes, modification times aside: two folders that hold the same, however and whenever written. */
export function snapshotBytes(dir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(snapshot(dir)).map(([file, entry]) => [file, entry.slice(entry.indexOf(' ') + 1)]));
}
