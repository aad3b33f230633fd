import { describe, expect, it } from 'vitest';
import { comparableText, minhash, shingles, textSignature } from '../../src/corpus/minhash.js';
import { corpusText } from '../themes/reports.js';

describe('textSignature', () => {
  it('equals the MinHash of the distinct shingles, on real report prose of any length', () => {
    const prose = comparableText(corpusText('seeds/003_b4cc88434c90d8f5.txt'));
    // repeated windows (the same phrase twice) must not change the signature
    const repeated = comparableText('严格落实政府信息公开制度。严格落实政府信息公开制度。');
    for (const text of ['', '公开', '政府信息公开', repeated, prose.slice(0, 300), prose]) {
      expect(textSignature(text)).toEqual(minhash(shingles(text)));
    }
    expect(textSignature(prose)).not.toEqual(textSignature(prose.slice(0, 300)));
  });
});
