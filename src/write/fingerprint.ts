import { sha256 } from './manifest.js';

/**
 * A hash of everything a document's bytes are made from: its description (the hash of it, see
 * described()) and the program that writes it. An output whose fingerprint is what its manifest entry records,
 * and whose file is still that entry's bytes, is not made again.
 */
export function fingerprint(described: string, program: string): string {
  return sha256(`${program}\0${described}`);
}
