import { describe, expect, it } from 'vitest';
import { expectedCheckDigit, hasValidCheckDigit } from '../../src/validate/municipality-code.js';

describe('municipality code check digit', () => {
  it('accepts all twelve members', () => {
    for (const code of ['011002', '012033', '012106', '012173', '012246', '012319', '012343', '012351', '013030', '013048', '014231', '014290']) {
      expect(hasValidCheckDigit(code), code).toBe(true);
    }
  });

  it('computes (11 − sum mod 11) mod 10 with weights 6,5,4,3,2', () => {
    // 01100: 0·6 + 1·5 + 1·4 + 0·3 + 0·2 = 9; 11 − 9 = 2
    expect(expectedCheckDigit('011002')).toBe(2);
    // 13101 (千代田区): 6+15+4+0+2 = 27 → 27 mod 11 = 5 → 6
    expect(expectedCheckDigit('131016')).toBe(6);
    expect(hasValidCheckDigit('011003')).toBe(false);
    expect(hasValidCheckDigit('11002')).toBe(false);
  });
});
