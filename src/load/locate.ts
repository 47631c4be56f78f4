import { isMap, isNode, isScalar, type Node } from 'yaml';
import type { DataPath } from '../problem.js';
import { positionAt } from './position.js';
import type { ParsedFile } from './parse-yaml.js';

export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Where a data path sits in its file. A path that does not exist (a missing key) falls back
 * to the nearest parent that does, so "missing field" points at the object that lacks it.
 */
export function locate(file: ParsedFile, path: DataPath): Position {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = nodeAt(file, path.slice(0, depth));
    if (node?.range) return position(file, node.range[0]);
  }
  return { line: 1, column: 1 };
}

/** Position of a key inside the mapping at `path`, for problems about the key itself (unknown keys). */
export function locateKey(file: ParsedFile, path: DataPath, key: string): Position {
  const node = nodeAt(file, path);
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
    if (isNode(pair?.key) && pair.key.range) return position(file, pair.key.range[0]);
  }
  return locate(file, path);
}

function nodeAt(file: ParsedFile, path: DataPath): Node | undefined {
  if (path.length === 0) return file.doc.contents ?? undefined;
  const found: unknown = file.doc.getIn(path, true);
  return isNode(found) ? found : undefined;
}

function position(file: ParsedFile, offset: number): Position {
  return positionAt(file.lineCounter, offset);
}
