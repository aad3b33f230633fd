import { describe, expect, it } from 'vitest';
import { comparableText, shingles, sketchJaccard, textSignature } from '../../src/corpus/minhash.js';
import { corpusText } from '../themes/reports.js';

const prose = comparableText(corpusText('seeds/003_b4cc88434c90d8f5.txt'));
const other = comparableText(corpusText('seeds/000_c38e258c7dab84f9.txt'));

/** The exact Jaccard similarity of two texts' shingle sets. */
function exactJaccard(a: string, b: string): number {
  const sa = shingles(a);
  const sb = shingles(b);
  let both = 0;
  for (const s of sa) if (sb.has(s)) both++;
  return both / (sa.size + sb.size - both);
}

describe('textSignature', () => {
  it('keeps the smallest distinct shingle hashes, ascending, on real report prose of any length', () => {
    const repeated = comparableText('严格落实政府信息公开制度。严格落实政府信息公开制度。');
    for (const text of ['公开', '政府信息公开', repeated, prose.slice(0, 300), prose]) {
      const sig = textSignature(text);
      expect(sig.length).toBe(Math.min(128, shingles(text).size));
      expect([...sig].sort((x, y) => x - y)).toEqual(sig);
      expect(new Set(sig).size).toBe(sig.length);
    }
    // a repeated phrase adds no shingle, so the sketch is that of its distinct windows
    expect(textSignature(repeated)).toEqual(textSignature(comparableText('严格落实政府信息公开制度。严格落实政府信息公开制度')));
    expect(textSignature('')).toEqual([]);
    expect(textSignature(prose)).not.toEqual(textSignature(prose.slice(0, 300)));
  });
});

describe('sketchJaccard', () => {
  it('is exact for texts with fewer shingles than the sketch holds', () => {
    const a = prose.slice(0, 60);
    const b = prose.slice(30, 100);
    expect(sketchJaccard(textSignature(a), textSignature(b))).toBeCloseTo(exactJaccard(a, b), 10);
    expect(sketchJaccard(textSignature(a), textSignature(a))).toBe(1);
    expect(sketchJaccard([], textSignature(a))).toBe(0);
  });
  it('estimates the Jaccard similarity of long report texts', () => {
    const half = prose.slice(0, Math.floor(prose.length / 2));
    for (const [a, b] of [[prose, prose], [prose, half], [prose, other], [prose + other, other]] as const) {
      expect(Math.abs(sketchJaccard(textSignature(a), textSignature(b)) - exactJaccard(a, b))).toBeLessThan(0.12);
    }
  });
});

describe('comparableText', () => {
  /** What it is defined as: whitespace, punctuation and symbols (Unicode properties, by code
   *  point) taken out, then ASCII digits folded to 0. */
  const byRegex = (text: string): string => text.replace(/[\s\p{P}\p{S}]/gu, '').replace(/\d/g, '0');

  it('drops whitespace, punctuation and symbols and folds digits, as the regex definition does, on report text', () => {
    const text = corpusText('seeds/004_5ef633064578115e.txt');
    expect(comparableText(text)).toBe(byRegex(text));
    expect(comparableText('（一）主动公开政府信息491条，同比增长12.5%。')).toBe('一主动公开政府信息000条同比增长000');
  });

  it('reads code points: an emoji (two code units) is one symbol, a lone surrogate is kept, full-width digits are not folded', () => {
    for (const text of ['a😀b', 'x\ud800y', '\udc00z', '１２３ 123', '\u3000\u00a0全角空格', '€100', '𠀀字']) {
      expect(comparableText(text)).toBe(byRegex(text));
    }
    expect(comparableText('a😀b')).toBe('ab');
  });
});
