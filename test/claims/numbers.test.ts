import { describe, expect, it } from 'vitest';
import { isWellFormedNumeral, parseNumber } from '../../src/claims/numbers.js';

describe('parseNumber', () => {
  it.each([
    ['11', 11],
    ['21207.84', 21207.84],
    ['1,234', 1234],
    ['三', 3],
    ['十二', 12],
    ['二十', 20],
    ['一百', 100],
    ['两千零五', 2005],
    ['十万', 100000],
    ['1.95万', 19500],
    ['34800万', 348000000],
    ['3万4千', 34000],
    ['2亿5000万', 250000000],
  ])('%s → %d', (expr, value) => {
    expect(parseNumber(expr)).toBe(value);
  });

  it('rejects digit-by-digit names and years (十四五, 二〇三五)', () => {
    expect(parseNumber('十四五')).toBeNull();
    expect(parseNumber('二〇三五')).toBeNull();
    expect(isWellFormedNumeral('十四五')).toBe(false);
  });

  it('rejects text that is no number', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('万')).toBeNull();
    expect(parseNumber('项')).toBeNull();
  });
});
