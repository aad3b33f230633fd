import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compact } from '../../src/claims/prose.js';

/** The plain definition compact must keep to: drop every /\s/ character, map the rest back. */
function compactByRegex(text: string, start: number, end: number): { s: string; map: number[] } {
  let s = '';
  const map: number[] = [];
  for (let i = start; i < end; i++) {
    if (/\s/.test(text[i])) continue;
    s += text[i];
    map.push(i);
  }
  return { s, map };
}

describe('compact', () => {
  it('drops spaces, tabs, line breaks, full-width and no-break spaces, keeping offsets', () => {
    const text = '本年度 共受理\u3000政府信息公开申请\n72件，\u00a0办结\t70件。';
    const { s, map } = compact(text, 0, text.length);
    expect(s).toBe('本年度共受理政府信息公开申请72件，办结70件。');
    expect(text[map[s.indexOf('72')]]).toBe('7');
    expect(map).toHaveLength(s.length);
  });

  it('keeps zero-width characters (not whitespace to /\\s/) and reads only [start, end)', () => {
    const text = '共 收到\u200b申请 5 件';
    expect(compact(text, 2, 8)).toEqual(compactByRegex(text, 2, 8));
    expect(compact(text, 2, 8).s).toBe('收到\u200b申请');
  });

  it('agrees with the regex definition over whole seed reports', () => {
    const dir = new URL('../../corpora/seeds/', import.meta.url);
    for (const name of readdirSync(dir)) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      expect(compact(text, 0, text.length)).toEqual(compactByRegex(text, 0, text.length));
      expect(compact(text, 100, 2000)).toEqual(compactByRegex(text, 100, 2000));
    }
  });
});
