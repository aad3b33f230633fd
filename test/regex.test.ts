import { describe, expect, it } from 'vitest';
import { allMatches } from '../src/regex.js';

const viaMatchAll = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
const viaAllMatches = (re: RegExp, text: string) => allMatches(re, text).map((m) => [m.index, ...m]);

describe('allMatches', () => {
  const text = '本年度主动公开政府信息491条，收到申请1条；行政复议 0 件。😀二〇二三年';
  const cases: RegExp[] = [
    /(\d+)\s*(条|件)/g,
    /[。；]/g,
    /(?:^|[，；])\s*/g, // empty matches
    /(?:)/gu, // empty everywhere, unicode: steps over the surrogate pair
    /(?:)/g,
    /(?<y>[〇一二三]{4})年/gu,
    /^.+$/gm,
  ];
  it.each(cases)('gives what matchAll gives for %s', (re) => {
    expect(viaAllMatches(re, text)).toEqual(viaMatchAll(re, text));
    expect(re.lastIndex).toBe(0);
  });
  it('keeps named groups', () => {
    expect(allMatches(/(?<n>\d+)(?<u>条|件)/g, text).map((m) => m.groups)).toEqual([
      { n: '491', u: '条' },
      { n: '1', u: '条' },
    ]);
  });
  it('can be nested on the same regex (it collects before returning)', () => {
    const re = /\d+/g;
    const outer = allMatches(re, 'a1b22');
    const inner = outer.map((m) => allMatches(re, m[0] + 'x9').length);
    expect(inner).toEqual([2, 2]);
  });
  it('refuses a regex without the g flag', () => {
    expect(() => allMatches(/\d/, '1')).toThrow(/global/);
  });
});
