import path from 'node:path';

/** A path as printed to the user: relative to the working directory when inside it. */
export function displayPath(absolute: string): string {
  const rel = path.relative(process.cwd(), absolute);
  return rel === '' ? '.' : rel.startsWith('..') ? absolute : rel;
}

/** A folder as printed in a problem about it: its path with a trailing slash, so it reads as a folder. */
export function displayFolder(folder: string): string {
  return `${displayPath(path.resolve(folder))}/`;
}
