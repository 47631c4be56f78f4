import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Files } from './mutations.js';

/** The YAML files of a data folder, by path relative to it. */
export function readFolder(dir: string): Files {
  const files: Files = new Map();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.yaml')).sort()) {
    files.set(name, new Uint8Array(readFileSync(path.join(dir, name))));
  }
  return files;
}
