/**
 * 全国地方公共団体コード check digit: weights 6,5,4,3,2 on the first five digits,
 * check = (11 − sum mod 11) mod 10.
 */
export function expectedCheckDigit(code: string): number {
  const weights = [6, 5, 4, 3, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(code[i]), 0);
  return (11 - (sum % 11)) % 10;
}

export function hasValidCheckDigit(code: string): boolean {
  return /^\d{6}$/.test(code) && Number(code[5]) === expectedCheckDigit(code);
}
