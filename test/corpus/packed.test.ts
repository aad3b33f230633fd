import { describe, expect, it } from 'vitest';
import { packSummary, unpackSummaries } from '../../src/corpus/packed.js';
import type { ReportSummary } from '../../src/types.js';

const summary: ReportSummary = {
  reportId: '003_b4cc88434c90d8f5',
  order: 3,
  status: 'ok',
  organ: '中宁县恩和镇人民政府',
  organKey: '中宁县恩和镇',
  year: 2022,
  template: 'F2021',
  level: 'township',
  cells: { 'apply.carriedOver.total': { value: 0, status: 'ok', rowText: '二、上年结转政府信息公开申请数量\t0' } },
  sectionSignatures: { overview: [1, 4294967295, 7] },
  sectionChars: { overview: 412 },
  problems: [
    {
      itemNo: 1,
      part: 'problem',
      text: '政策解读形式不够丰富，未能充分运用数字化、图表图解等方式通俗易懂地解读政策文件',
      words: ['政策解读', '形式', '不够丰富', '，', '未能', '充分', '运用', '数字化', '、', '图表', '图解'],
      themes: ['form', 'interpretation'],
    },
    { itemNo: 2, part: 'improvement', text: '加强政策解读', words: ['加强', '政策解读'], themes: [] },
    { itemNo: 3, part: 'problem', text: '', words: [], themes: ['other'] },
  ],
};

describe('packed summaries', () => {
  it('unpack what was packed, unchanged', () => {
    const packed = packSummary(summary);
    expect(typeof packed.problems[0]!.words).toBe('string');
    expect(unpackSummaries([packed])).toEqual([summary]);
    // a structured clone (worker → main thread) and JSON (the cache) keep it intact
    expect(unpackSummaries([structuredClone(packed)])).toEqual([summary]);
    expect(unpackSummaries([JSON.parse(JSON.stringify(packed))])).toEqual([summary]);
  });

  it('shares one string per distinct word across reports', () => {
    const [a, b] = unpackSummaries([structuredClone(packSummary(summary)), structuredClone(packSummary({ ...summary, reportId: 'b' }))]);
    expect(a!.problems[1]!.words[1]).toBe('政策解读');
    expect(b!.problems[0]!.words[0]).toBe(a!.problems[1]!.words[1]);
  });
});
