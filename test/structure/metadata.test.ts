import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/structure/normalize.js';
import { findSections } from '../../src/structure/sections.js';
import {
  decideTemplate,
  findTitle,
  levelOf,
  levelFromTables,
  organFromTitle,
  readMeta,
  reportVerdict,
  reportedYear,
} from '../../src/structure/metadata.js';
import type { Cell, ReportMeta, TableLayout } from '../../src/types.js';
import { corpus } from './corpus.js';

function metaOf(id: string) {
  const text = normalizeText(corpus(id));
  const sections = findSections(text);
  return { text, sections, meta: readMeta(text, sections), verdict: reportVerdict(text, sections) };
}

describe('readMeta: what a reader sees in the title', () => {
  it.each([
    ['000', '永宁县李俊镇人民政府', 2020, 'F2019', 'township'],
    ['001', '利通区胜利镇人民政府', 2020, 'F2019', 'township'],
    ['002', '盐池县大水坑镇', 2021, 'F2021', 'township'],
    ['003', '中宁县恩和镇人民政府', 2022, 'F2021', 'township'],
    ['004', '隆德县', 2020, 'F2019', 'county'],
    ['pingtan-2021', '平潭综合实验区', 2021, 'F2021', 'county'],
    ['pingtan-2022', '平潭综合实验区', 2022, 'F2021', 'county'],
    ['shanghai-kewei-2024', '上海市科委', 2024, 'F2021', 'department'],
    ['pingtan-2011-old', '平潭综合实验区', 2011, 'OLD', 'county'],
  ])('%s → %s, %s, %s, %s', (id, organ, year, template, level) => {
    const { meta } = metaOf(id);
    expect(meta).toMatchObject({ organ, year, template, level });
    expect(meta.templateEvidence).toBeTruthy();
  });
  it('reads the scraped page "标题:" field and strips a site-name suffix', () => {
    expect(findTitle(normalizeText(corpus('pingtan-2022')))).toBe('平潭综合实验区2022年度政府信息公开工作年度报告');
    expect(findTitle('标题：沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局\n正文')).toBe(
      '沭阳县发展和改革局2023年政府信息公开年度报告',
    );
  });
  it('takes the organ before the year, or between the year and 政府信息公开', () => {
    expect(organFromTitle('淮安市洪泽区人民政府2024年政府信息公开工作年度报告')).toBe('淮安市洪泽区人民政府');
    expect(organFromTitle('沭阳县发展和改革局2023年政府信息公开年度报告')).toBe('沭阳县发展和改革局');
    expect(organFromTitle('2024年上海市科委政府信息公开工作年度报告')).toBe('上海市科委');
    expect(organFromTitle('')).toBe('');
  });
});

describe('reportedYear: the year reported on, not the year of publication', () => {
  it('prefers the title year ("2021年度") over the publication date', () => {
    const text = normalizeText(corpus('pingtan-2021'));
    expect(text).toContain('发布时间: 2022-02-08');
    expect(reportedYear(text, findTitle(text))).toBe(2021);
  });
  it('reads the statistics period when the title has no year', () => {
    const t = '某某局政府信息公开工作年度报告\n\n本报告中所列数据统计时限为2022年1月1日至2022年12月31日。本报告于2023年1月发布。';
    expect(reportedYear(t, '某某局政府信息公开工作年度报告')).toBe(2022);
  });
  it('returns null when no year is written', () => {
    expect(reportedYear('无', '')).toBeNull();
  });
});

describe('levelOf', () => {
  it.each([
    ['永宁县李俊镇人民政府', 'township'],
    ['盐池县大水坑镇', 'township'],
    ['某某区某某街道办事处', 'township'],
    ['某某乡人民政府', 'township'],
    ['隆德县', 'county'],
    ['淮安市洪泽区人民政府', 'county'],
    ['江苏省昆山市某某市', 'county'],
    ['淮安市人民政府', 'city'],
    ['江苏省苏州市人民政府', 'city'],
    ['吉林市人民政府', 'city'],
    ['昆山市人民政府', 'county'],
    ['浙江省义乌市人民政府', 'county'],
    ['大理市人民政府', 'county'],
    ['临夏回族自治州人民政府', 'city'],
    ['上海市人民政府', 'province'],
    ['宁夏回族自治区人民政府', 'province'],
    ['福建省人民政府', 'province'],
    ['上海市科委', 'department'],
    ['沭阳县发展和改革局', 'department'],
    ['某某县人民政府办公室', 'department'],
    ['', 'unknown'],
  ])('%s → %s', (organ, level) => {
    expect(levelOf(organ)).toBe(level);
  });
});

describe('reportVerdict', () => {
  it('calls the 2014 letter about 工作要点落实情况 not a report, with a reason', () => {
    const { verdict } = metaOf('pingtan-2014-notreport');
    expect(verdict.isReport).toBe(false);
    expect(verdict.reason).toContain('函');
  });
  it('accepts the free-form 2011 report (template OLD)', () => {
    const { verdict, meta } = metaOf('pingtan-2011-old');
    expect(verdict).toEqual({ isReport: true, reason: '' });
    expect(meta.template).toBe('OLD');
  });
  it('calls a one-line notice not a report', () => {
    const text = normalizeText('关于做好2021年政府信息公开工作年度报告编制工作的通知');
    const v = reportVerdict(text, findSections(text));
    expect(v.isReport).toBe(false);
    expect(v.reason).toContain('通知');
  });
  it('calls a text with neither a report title nor section headings not a report', () => {
    const text = normalizeText('今天天气很好。我们去公园散步。');
    const v = reportVerdict(text, findSections(text));
    expect(v.isReport).toBe(false);
    expect(v.reason).toMatch(/0 of the six/);
    expect(reportVerdict('', []).isReport).toBe(false);
  });
  it('accepts a report whose title was lost when most section headings are there', () => {
    const text = normalizeText(corpus('004')).split('\n').slice(2).join('\n');
    expect(reportVerdict(text, findSections(text)).isReport).toBe(true);
  });
});

describe('templates', () => {
  const layout = (template: TableLayout['template'], f19: string[] = [], f21: string[] = []): TableLayout => ({
    template,
    f2019Markers: f19,
    f2021Markers: f21,
    found: { active: true, applications: true, review: true },
    missingColumns: [],
  });
  const meta = (year: number | null, template: ReportMeta['template']): ReportMeta => ({
    organ: 'x',
    year,
    template,
    level: 'county',
  });
  it('takes the tables own markers first', () => {
    expect(decideTemplate(meta(2021, 'F2021'), layout('F2019', ['上一年项目数量']))).toBe('F2019');
    expect(decideTemplate(meta(2020, 'F2019'), layout('F2021', [], ['本年处理决定数量']))).toBe('F2021');
  });
  it('falls back to the year when the tables say nothing or mix both layouts (002)', () => {
    expect(decideTemplate(meta(2020, 'F2019'), layout('unknown'))).toBe('F2019');
    expect(decideTemplate(meta(2021, 'F2021'), null)).toBe('F2021');
    expect(decideTemplate(meta(2021, 'F2021'), layout('F2019', ['本年新制作数量'], ['本年处理决定数量']))).toBe('F2021');
  });
  it('says OLD for a report on a year before 2019 whatever the tables say', () => {
    expect(decideTemplate(meta(2011, 'OLD'), layout('F2019', ['上一年项目数量']))).toBe('OLD');
  });
  it('reads F2021 from the preamble citation of 国办公开办函〔2021〕30号 (002)', () => {
    expect(metaOf('002').meta.templateEvidence).toContain('30号');
  });
});

describe('titles and organs in harder layouts', () => {
  it('ignores a breadcrumb line and takes the line with a year and 年度报告', () => {
    const text = '首页 > 政府信息公开 > 政府信息公开年报\n\n某某县2023年政府信息公开工作年度报告\n\n根据条例，制作本报告。';
    expect(findTitle(text)).toBe('某某县2023年政府信息公开工作年度报告');
  });
  it('does not take words after the topic as the organ ("政府信息公开工作年度报告(2022年度)")', () => {
    expect(organFromTitle('政府信息公开工作年度报告(2022年度)')).toBe('');
  });
  it('falls back to the preamble "本报告由X…编制" or the signature line', () => {
    const a = normalizeText('2022年政府信息公开工作年度报告\n\n本报告由某某县交通运输局根据《条例》编制。\n\n一、总体情况\n\n略。');
    expect(readMeta(a, findSections(a)).organ).toBe('某某县交通运输局');
    const b = normalizeText('2022年政府信息公开工作年度报告\n\n一、总体情况\n\n略。\n\n某某镇人民政府\n2023年1月20日');
    expect(readMeta(b, findSections(b)).organ).toBe('某某镇人民政府');
  });
  it('prefers the year written with 年度 in the title', () => {
    expect(reportedYear('', '2023年某某局2022年度政府信息公开工作年度报告')).toBe(2022);
  });
  it('keeps a cover notice that carries the whole report', () => {
    const report = normalizeText(corpus('004')).split('\n').slice(1).join('\n');
    const text = `关于公布隆德县2020年政府信息公开工作年度报告的通知\n${report}`;
    expect(reportVerdict(text, findSections(text)).isReport).toBe(true);
  });
});

describe('levelFromTables', () => {
  const cell = (key: string, value: number | null): Cell => ({
    key, table: 'active', labelZh: '规章', value, raw: String(value ?? ''), status: value === null ? 'blank' : 'ok', rowText: '',
  });
  const meta = (organ: string, level: ReportMeta['level']): ReportMeta => ({ organ, year: 2023, template: 'F2021', level });
  it('makes a 市 government that holds 规章 prefecture level (only 设区的市 make 规章)', () => {
    expect(levelFromTables(meta('临川市人民政府', 'county'), [cell('a1.rules.valid', 58)])).toBe('city');
  });
  it('leaves a county-level city with no 规章, and a district, as they are', () => {
    expect(levelFromTables(meta('昆山市人民政府', 'county'), [cell('a1.rules.valid', 0)])).toBe('county');
    expect(levelFromTables(meta('东湖区人民政府', 'county'), [cell('a1.rules.valid', 3)])).toBe('county');
  });
});
