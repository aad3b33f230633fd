import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { presegmented, segment, segmentMany, USER_DICT_PATH } from '../../src/structure/segment.js';
import { normalizeText } from '../../src/structure/normalize.js';
import { findSections } from '../../src/structure/sections.js';
import { corpus, corpusTextFiles, readText } from './corpus.js';

const words = (t: string) => segment(t).map((x) => x.word);

describe('segment', () => {
  it('finds the domain dictionary at the package root', () => {
    expect(existsSync(USER_DICT_PATH)).toBe(true);
    expect(readFileSync(USER_DICT_PATH, 'utf8')).toMatch(/^政府信息公开 \d+ n$/m);
  });
  it('keeps numbers whole (HMM on): 491, 1.95', () => {
    const w = words('主动公开政府信息数491条，其中政府网站5条');
    expect(w).toContain('491');
    expect(words('兑付资金1.95万元')).toContain('1.95');
  });
  it('keeps dictionary words whole', () => {
    const w = words('存在重建设轻管理的问题，依申请公开和行政规范性文件的政策解读有待加强，未收取信息处理费');
    for (const d of ['重建设轻管理', '依申请公开', '行政规范性文件', '政策解读', '信息处理费']) expect(w).toContain(d);
    expect(words('申请人逾期未按收费通知要求缴纳费用，不予处理')).toContain('不予处理');
  });
  it('gives offsets into the text (+offset) and drops whitespace', () => {
    const text = '一、总体情况 2022年，政务新媒体 运行平稳。';
    const toks = segment(text, 100);
    for (const t of toks) {
      expect(text.slice(t.start - 100, t.end - 100)).toBe(t.word);
      expect(t.word.trim()).toBe(t.word);
      expect(t.word).not.toBe('');
    }
    expect(toks.map((t) => t.word).join('')).toBe(text.replace(/\s/g, ''));
    expect(segment('')).toEqual([]);
  });
  it('segments a section body of a real report with offsets in the whole text', () => {
    const text = normalizeText(corpus('003'));
    const s = findSections(text).find((x) => x.id === 'problems')!;
    const toks = segment(text.slice(s.bodyStart, s.end), s.bodyStart);
    expect(toks.length).toBeGreaterThan(50);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(toks[0]!.start).toBeGreaterThanOrEqual(s.bodyStart);
    expect(toks[toks.length - 1]!.end).toBeLessThanOrEqual(s.end);
  });
});

describe('segmentMany', () => {
  // clauses of every corpus text, cut at punctuation the way claims and problem items are
  const clauses = corpusTextFiles()
    .flatMap(([, path]) => normalizeText(readText(path)).split(/[，。；：、！？\n]/))
    .map((c) => c.trim())
    .filter((c) => c.length > 0);

  it('gives every text the words segment gives it alone, from one call', () => {
    expect(clauses.length).toBeGreaterThan(500);
    const many = segmentMany(clauses);
    clauses.forEach((c, i) => expect(many[i], c).toEqual(segment(c)));
  });
  it('keeps texts with spaces, digits, Latin letters and inner line breaks apart', () => {
    const texts = ['主动公开政府信息数491条', '', '  收到申请 1条 ', 'ABC公司\n申请公开', '1.95万元', '三件'];
    expect(segmentMany(texts)).toEqual(texts.map((t) => segment(t)));
  });
  it('answers known texts at any offset and segments unknown ones when asked', () => {
    const cut = presegmented(['政务新媒体运行平稳', '政务新媒体运行平稳']);
    expect(cut('政务新媒体运行平稳', 7)).toEqual(segment('政务新媒体运行平稳', 7));
    expect(cut('行政复议2件')).toEqual(segment('行政复议2件'));
  });
});
