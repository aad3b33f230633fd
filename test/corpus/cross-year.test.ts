import { describe, expect, it } from 'vitest';
import { organKey, runCorpus, summarize } from '../../src/corpus/index.js';
import { problemItems } from '../../src/themes/index.js';
import type { Report } from '../../src/types.js';
import { corpusText, crossYearCells, editRow, reportOf } from '../themes/reports.js';

const SEED_003 = corpusText('seeds/003_b4cc88434c90d8f5.txt');
const ORGAN = '中宁县恩和镇人民政府';

/** Seed 003 (a report on 2022) as the report of `year`, its tables edited by `edit`. */
function enhe(reportId: string, year: number, edit: (text: string) => string = (t) => t): Report {
  let raw = edit(SEED_003);
  if (year !== 2022) raw = raw.replaceAll('2022年', `${year}年`).replaceAll('2023年', `${year + 1}年`);
  const report = reportOf(reportId, raw, { organ: ORGAN, year, template: 'F2021', level: 'township' });
  const withCells = { ...report, cells: crossYearCells(report.text) };
  return { ...withCells, problems: problemItems(withCells) };
}

const findingsOf = (reports: Report[]) => runCorpus(reports.map((r, i) => summarize(r, i))).findings;

describe('organKey', () => {
  it('groups the spellings of one body', () => {
    expect(organKey('平潭综合实验区管委会')).toBe(organKey('平潭综合实验区管理委员会'));
    expect(organKey('淮安市洪泽区人民政府')).toBe(organKey('淮安市洪泽区政府'));
    expect(organKey('隆德县 人民政府')).toBe('隆德县');
    expect(organKey('平潭综合实验区管委会办公室')).toBe('平潭综合实验区');
    expect(organKey('沭阳县发展和改革局')).toBe('沭阳县发展和改革局');
    expect(organKey('永宁县李俊镇人民政府')).not.toBe(organKey('利通区胜利镇人民政府'));
    expect(organKey('')).toBe('');
  });
});

describe('cross-year-carryover', () => {
  it('flags 上年结转 of Y that differs from 结转下年度继续办理 of the same body\'s Y−1', () => {
    const y1 = enhe('enhe-2021', 2021, (t) => editRow(t, '四、结转下年度继续办理', [2, 0, 0, 0, 0, 0, 2]));
    const y = enhe('enhe-2022', 2022);
    const carry = findingsOf([y1, y]).filter((f) => f.finding.rule === 'cross-year-carryover');
    expect(carry).toHaveLength(1);
    expect(carry[0]!.reportId).toBe('enhe-2022');
    expect(carry[0]!.finding).toMatchObject({
      severity: 'error',
      status: 'fail',
      cells: ['apply.carriedOver.naturalPerson', 'apply.carriedOver.total'],
      expected: 'naturalPerson=2; total=2',
      observed: 'naturalPerson=0; total=0',
    });
    expect(carry[0]!.finding.evidence).toContain('二、上年结转政府信息公开申请数量');
  });

  it('is silent when the numbers carry over, for other bodies, and for non-consecutive years', () => {
    const y1 = enhe('enhe-2021', 2021, (t) => editRow(t, '二、上年结转', [1, 0, 0, 0, 0, 0, 1]));
    const y = enhe('enhe-2022', 2022);
    expect(findingsOf([y1, y]).filter((f) => f.finding.rule === 'cross-year-carryover')).toEqual([]);

    const changed = enhe('x-2021', 2021, (t) => editRow(t, '四、结转下年度继续办理', [2, 0, 0, 0, 0, 0, 2]));
    const otherBody = { ...changed, meta: { ...changed.meta, organ: '中宁县石空镇人民政府' } };
    expect(findingsOf([otherBody, y]).filter((f) => f.finding.rule === 'cross-year-carryover')).toEqual([]);

    const twoYearsBefore = enhe('enhe-2020', 2020, (t) => editRow(t, '四、结转下年度继续办理', [2, 0, 0, 0, 0, 0, 2]));
    expect(findingsOf([twoYearsBefore, y]).filter((f) => f.finding.rule === 'cross-year-carryover')).toEqual([]);
  });

  it('skips a column whose cell was not read', () => {
    const y1 = enhe('enhe-2021', 2021, (t) => editRow(t, '四、结转下年度继续办理', [2, 0, 0, 0, 0, 0, 2]));
    const y = enhe('enhe-2022', 2022);
    const blanked: Report = {
      ...y,
      cells: y.cells.map((c) => (c.key.startsWith('apply.carriedOver.') ? { ...c, value: null, status: 'blank' as const } : c)),
    };
    expect(findingsOf([y1, blanked]).filter((f) => f.finding.rule === 'cross-year-carryover')).toEqual([]);
  });
});

describe('cross-year-stock', () => {
  it('flags 现行有效件数 ≠ last year\'s + 本年制发 − 本年废止 (F2021 both years)', () => {
    const y1 = enhe('enhe-2021', 2021, (t) => editRow(t, '行政规范性文件', [3, 0, 5]));
    const y = enhe('enhe-2022', 2022, (t) => editRow(t, '行政规范性文件', [1, 2, 3]));
    const stock = findingsOf([y1, y]).filter((f) => f.finding.rule === 'cross-year-stock');
    expect(stock).toHaveLength(1);
    expect(stock[0]!.finding).toMatchObject({ severity: 'warning', status: 'fail', cells: ['a1.normative.valid'], expected: '4', observed: '3' });
    expect(stock[0]!.finding.evidence).toContain('行政规范性文件');
  });

  it('accepts a consistent stock, and does not compare across the F2019/F2021 switch', () => {
    const y1 = enhe('enhe-2021', 2021, (t) => editRow(t, '行政规范性文件', [3, 0, 5]));
    const y = enhe('enhe-2022', 2022, (t) => editRow(t, '行政规范性文件', [1, 2, 4]));
    expect(findingsOf([y1, y]).filter((f) => f.finding.rule === 'cross-year-stock')).toEqual([]);
    const f2019 = { ...y1, meta: { ...y1.meta, template: 'F2019' as const } };
    const bad = enhe('enhe-2022', 2022, (t) => editRow(t, '行政规范性文件', [1, 2, 9]));
    expect(findingsOf([f2019, bad]).filter((f) => f.finding.rule === 'cross-year-stock')).toEqual([]);
  });
});

describe('text-reuse', () => {
  it('reports the share of a section repeated from the same body\'s previous report', () => {
    const y1 = enhe('enhe-2021', 2021, (t) => editRow(t, '行政处罚', [9]));
    const y = enhe('enhe-2022', 2022);
    const reuse = findingsOf([y1, y]).filter((f) => f.finding.rule === 'text-reuse');
    const sections = reuse.map((f) => f.finding.message.split(':')[0]);
    expect(sections).toContain('section overview');
    expect(sections).toContain('section problems');
    for (const f of reuse) {
      expect(f.reportId).toBe('enhe-2022');
      expect(f.finding.severity).toBe('info');
      expect(Number(f.finding.observed)).toBeGreaterThan(0.9);
      expect(f.finding.evidence).toMatch(/^share=0\.9\d|^share=1\.00/);
    }
  });

  it('is silent for a different report text of the same body', () => {
    const other = reportOf('enhe-2021', corpusText('seeds/000_c38e258c7dab84f9.txt'), {
      organ: ORGAN,
      year: 2021,
      template: 'F2021',
      level: 'township',
    });
    const y = enhe('enhe-2022', 2022);
    expect(findingsOf([other, y]).filter((f) => f.finding.rule === 'text-reuse')).toEqual([]);
  });

  it('lists findings by input order, then rule', () => {
    const y1 = enhe('enhe-2021', 2021, (t) => editRow(t, '四、结转下年度继续办理', [2, 0, 0, 0, 0, 0, 2]));
    const y = enhe('enhe-2022', 2022);
    const f = findingsOf([y, y1]);
    expect(f[0]!.finding.rule).toBe('cross-year-carryover');
    expect(f.length).toBeGreaterThan(1);
    expect(f.slice(1).every((x) => x.finding.rule === 'text-reuse' && x.reportId === 'enhe-2022')).toBe(true);
    expect(findingsOf([y, y1])).toEqual(f);
  });
});

describe('summaries stay small', () => {
  it('keeps signatures and the cross-year cells, never the text', () => {
    const s = summarize(enhe('enhe-2022', 2022), 0);
    expect(Object.keys(s.cells).every((k) => /^apply\.carried|^a1\./.test(k))).toBe(true);
    expect(s.sectionSignatures.problems).toHaveLength(128);
    expect(JSON.stringify(s)).not.toContain('我镇政府信息公开工作取得了一定成效');
    expect(s.organKey).toBe('中宁县恩和镇');
  });
});
