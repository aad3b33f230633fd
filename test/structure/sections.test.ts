import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/structure/normalize.js';
import { classifyHeading, findSections } from '../../src/structure/sections.js';
import { SECTION_IDS, type Section } from '../../src/types.js';
import { corpus, corpusTextFiles, readText } from './corpus.js';

const ALL = [...SECTION_IDS];
const byId = (secs: Section[]) => Object.fromEntries(secs.map((s) => [s.id, s]));

function checkInvariants(text: string, secs: Section[]) {
  const ids = secs.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (let i = 0; i < secs.length; i++) {
    const s = secs[i]!;
    expect(s.start).toBeLessThan(s.bodyStart);
    expect(s.bodyStart).toBeLessThanOrEqual(s.end);
    expect(text.slice(s.start, s.bodyStart).trim()).toBe(s.heading);
    expect(s.end).toBe(i + 1 < secs.length ? secs[i + 1]!.start : text.length);
    // never a table row
    const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
    const lineEnd = text.indexOf('\n', s.start);
    expect(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)).not.toContain('\t');
  }
}

describe('findSections on the seeds', () => {
  it.each(['000', '001', '002', '003', '004'])('finds all six headings of seed %s in order', (id) => {
    const text = normalizeText(corpus(id));
    const secs = findSections(text);
    expect(secs.map((s) => s.id)).toEqual(ALL);
    checkInvariants(text, secs);
  });
  it('accepts the heading variants (002 行政机关…, 003 改进方向 / 其他需要报告的情况。, 004 改进措施)', () => {
    expect(byId(findSections(normalizeText(corpus('002')))).active!.heading).toBe('二、行政机关主动公开政府信息情况');
    const s3 = byId(findSections(normalizeText(corpus('003'))));
    expect(s3.problems!.heading).toBe('五、存在的主要问题及改进方向');
    expect(s3.other!.heading).toBe('六、其他需要报告的情况。');
    expect(byId(findSections(normalizeText(corpus('004')))).problems!.heading).toBe('五、存在的主要问题及改进措施');
  });
  it('does not take the table rows 一、本年新收… 二、上年结转… 三、本年度办理结果 四、结转下年度… as headings', () => {
    const text = normalizeText(corpus('000'));
    const s = byId(findSections(text));
    expect(s.applications!.heading).toBe('三、收到和处理政府信息公开申请情况');
    expect(s.review!.heading).toBe('四、政府信息公开行政复议、行政诉讼情况');
    // the 申请 table lies inside the applications section
    const row = text.indexOf('四、\t结转下年度继续办理');
    expect(row).toBeGreaterThan(s.applications!.start);
    expect(row).toBeLessThan(s.applications!.end);
  });
  it('skips the preamble sentence that names the sections (000 L5)', () => {
    const text = normalizeText(corpus('000'));
    const s = byId(findSections(text));
    expect(s.overview!.start).toBe(text.indexOf('一、总体情况'));
    expect(text.slice(0, s.overview!.start)).toContain('主动公开政府信息情况');
  });
});

describe('findSections on scraped one-line pages', () => {
  it.each(['pingtan-2021', 'pingtan-2022'])('splits %s into six sections with inline headings', (id) => {
    const text = normalizeText(corpus(id));
    const secs = findSections(text);
    expect(secs.map((s) => s.id)).toEqual(ALL);
    checkInvariants(text, secs);
    const s = byId(secs);
    expect(s.overview!.heading).toBe('一、总体情况');
    expect(text.slice(s.overview!.bodyStart, s.overview!.bodyStart + 5)).toMatch(/^\s*20\d\d年/);
    expect(text.slice(s.other!.bodyStart)).toMatch(/^\s*20\d\d年，无收取信息处理费情况/);
  });
  it('keeps the run-together table rows of pingtan-2021 inside the applications section', () => {
    const text = normalizeText(corpus('pingtan-2021'));
    const s = byId(findSections(text));
    const row = text.indexOf('四、结转下年度继续办理');
    expect(row).toBeGreaterThan(s.applications!.start);
    expect(row).toBeLessThan(s.applications!.end);
  });
  it('accepts the typo 行政法复议 in pingtan-2022', () => {
    const s = byId(findSections(normalizeText(corpus('pingtan-2022'))));
    expect(s.review!.heading).toBe('四、政府信息公开行政法复议、行政诉讼情况');
  });
});

describe('findSections on shanghai-kewei-2024 (narrative part numbered on its own)', () => {
  const text = normalizeText(corpus('shanghai-kewei-2024'));
  const secs = findSections(text);
  const s = byId(secs);
  it('finds all six in order', () => {
    expect(secs.map((x) => x.id)).toEqual(ALL);
    checkInvariants(text, secs);
  });
  it('takes the canonical-worded headings of the tables part for active / applications / review', () => {
    expect(s.active!.heading).toBe('一、主动公开政府信息情况');
    expect(s.applications!.heading).toBe('二、收到和处理政府信息公开申请情况');
    expect(s.review!.heading).toBe('三、政府信息公开行政复议、行政诉讼情况');
    // the narrative's own 三、主动公开工作情况 and 四、政府信息公开申请情况 stay in the overview
    expect(text.indexOf('三、主动公开工作情况')).toBeLessThan(s.overview!.end);
  });
  it('falls back to the "(一)主要问题" sub-heading for the problems section, which lost its 四、 heading', () => {
    expect(s.problems!.heading).toBe('(一)主要问题');
    expect(text.slice(s.problems!.start, s.problems!.end)).toContain('(二)改进情况');
    expect(s.other!.heading).toBe('五、其他需要报告的事项');
  });
});

describe('other inputs', () => {
  it('reads the old 2011 report headings (一、 概述 …)', () => {
    const secs = findSections(normalizeText(corpus('pingtan-2011-old')));
    expect(secs.map((s) => s.id)).toEqual(['overview', 'active', 'applications', 'problems']);
  });
  it('accepts 因政府信息公开工作被申请行政复议和提起行政诉讼情况 as the review heading', () => {
    const text = '一、总体情况\n\n全年。\n\n四、因政府信息公开工作被申请行政复议和提起行政诉讼情况\n\n全年未发生。';
    const secs = findSections(text);
    expect(secs.map((s) => s.id)).toEqual(['overview', 'review']);
    expect(secs[1]!.heading).toBe('四、因政府信息公开工作被申请行政复议和提起行政诉讼情况');
  });
  it('finds nothing in a one-line notice', () => {
    expect(findSections('关于做好2021年政府信息公开工作年度报告编制工作的通知')).toEqual([]);
  });
  it('does not take a mid-sentence numeral as a heading', () => {
    expect(findSections('按照文件第三、主动公开情况的要求执行。')).toEqual([]);
  });
  it('gives every corpus text file ordered, non-overlapping sections', () => {
    for (const [, path] of corpusTextFiles()) {
      const text = normalizeText(readText(path));
      checkInvariants(text, findSections(text));
    }
  });
  it('classifies heading phrases', () => {
    expect(classifyHeading('政府信息公开行政复议、行政诉讼情况')).toBe('review');
    expect(classifyHeading('政府信息公开工作存在的主要问题及改进情况')).toBe('problems');
    expect(classifyHeading('收到和处理政府信息公开申请情况')).toBe('applications');
    expect(classifyHeading('其他需要报告的事项')).toBe('other');
    expect(classifyHeading('工作机制保障')).toBeNull();
  });
});

describe('heading forms', () => {
  it('accepts "第二部分 主动公开政府信息情况" and an inline 整改措施 problems heading', () => {
    const text = '第一部分 总体情况\n\n略。\n\n第二部分 主动公开政府信息情况\n\n略。 五、存在的主要问题及整改措施 一是人员不足。';
    const secs = findSections(text);
    expect(secs.map((s) => s.id)).toEqual(['overview', 'active', 'problems']);
    expect(secs[2]!.heading).toBe('五、存在的主要问题及整改措施');
  });
});
