import type { LineCounter } from 'yaml';

/** 1-based line and column of a character offset. */
export function positionAt(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
