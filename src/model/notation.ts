/** Number forms the plan prints. Geometry-free and word-free: only how a number is written. */

const FULL_WIDTH_ZERO = 0xff10;
const CIRCLED_ONE = 0x2460;
const PARENTHESIZED_ONE = 0x2474;

/** 12 → １２ */
export function fullWidthNumber(n: number): string {
  return [...String(n)].map((d) => String.fromCodePoint(FULL_WIDTH_ZERO + Number(d))).join('');
}

/** 1 → ① (1 to 20) */
export function circledNumber(n: number): string {
  return String.fromCodePoint(CIRCLED_ONE + n - 1);
}

/** 1 → ⑴ (1 to 20) */
export function parenthesizedNumber(n: number): string {
  return String.fromCodePoint(PARENTHESIZED_ONE + n - 1);
}
