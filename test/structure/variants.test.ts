/**
 * Robustness of sections, metadata and the report verdict on report forms we have no copy of.
 * Every variant is built from a real report's text (test/fixtures/unseen, corpora) with one thing
 * changed the way published reports change it: the title's wording, the page furniture above it,
 * the heading numbering, a lost or merged heading, a Chinese-numeral year, a notice around it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/structure/normalize.js';
import { findSections } from '../../src/structure/sections.js';
import { findTitle, organFromTitle, readMeta, reportVerdict, reportedYear } from '../../src/structure/metadata.js';
import { SECTION_IDS, type Section, type SectionId } from '../../src/types.js';
import { ROOT, corpus } from './corpus.js';

const ALL = [...SECTION_IDS];
const fixture = (name: string) => readFileSync(`${ROOT}test/fixtures/unseen/${name}.txt`, 'utf8');

/** A 2020 township report (F2019 tables, a page break with a running header, six canonical headings). */
const DINGQIAO = fixture('qy-dingqiao-2020');
const DINGQIAO_TITLE = '青阳县丁桥镇人民政府2020年政府信息公开工作年度报告';
/** A 2019 county report (heading 四 in its long form, 五、存在问题及改进措施, signature of the office). */
const QY_COUNTY = fixture('qy-county-2019');

const HEADINGS: Record<SectionId, string> = {
  overview: '一、总体情况',
  active: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  review: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进措施',
  other: '六、其他需要报告的事项',
};

/** Rewrite the heading lines of the 丁桥镇 report (null drops the heading line, keeping its body). */
function dingqiaoWith(headings: Partial<Record<SectionId, string | null>>, base = DINGQIAO): string {
  let text = base;
  for (const [id, h] of Object.entries(headings) as Array<[SectionId, string | null]>) {
    const line = `\n${HEADINGS[id]}\n`;
    expect(text).toContain(line);
    text = text.replace(line, h === null ? '\n' : `\n${h}\n`);
  }
  return text;
}

/** Replace the title of a report (and, with `everywhere`, the running page header that repeats it). */
function retitle(base: string, title: string, oldTitle = DINGQIAO_TITLE, everywhere = false): string {
  expect(base).toContain(oldTitle);
  return everywhere ? base.split(oldTitle).join(title) : base.replace(oldTitle, title);
}

function analyze(raw: string) {
  const text = normalizeText(raw);
  const sections = findSections(text);
  return { text, sections, meta: readMeta(text, sections), verdict: reportVerdict(text, sections) };
}

const ids = (secs: Section[]) => secs.map((s) => s.id);
const byId = (secs: Section[]) => Object.fromEntries(secs.map((s) => [s.id, s])) as Partial<Record<SectionId, Section>>;

function checkInvariants(text: string, secs: Section[]) {
  expect(new Set(ids(secs)).size).toBe(secs.length);
  secs.forEach((s, i) => {
    expect(s.start).toBeLessThan(s.bodyStart);
    expect(text.slice(s.start, s.bodyStart).trim()).toBe(s.heading);
    expect(s.end).toBe(i + 1 < secs.length ? secs[i + 1]!.start : text.length);
    const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
    const lineEnd = text.indexOf('\n', s.start);
    expect(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)).not.toContain('\t');
  });
}

describe('titles: organ as the title writes it, year reported on', () => {
  it.each([
    ['某某县人民政府2023年政府信息公开工作年度报告', '某某县人民政府', 2023, 'county'],
    ['2023年度某某市交通运输局政府信息公开工作年度报告', '某某市交通运输局', 2023, 'department'],
    ['某某区2022年度政府信息公开年报', '某某区', 2022, 'county'],
    ['某某镇2020年政府信息公开工作报告', '某某镇', 2020, 'township'],
    ['某某县人民政府二〇二一年政府信息公开工作年度报告', '某某县人民政府', 2021, 'county'],
    ['某某县人民政府二○二一年度政府信息公开工作年度报告', '某某县人民政府', 2021, 'county'],
    ['某某县人民政府 2021 年度政府信息公开工作年度报告', '某某县人民政府', 2021, 'county'],
    ['关于某某县2021年政府信息公开工作年度报告', '某某县', 2021, 'county'],
    ['2023年某某县人民政府信息公开工作年度报告', '某某县人民政府', 2023, 'county'],
    ['某某市人民政府信息公开工作年度报告(2022年度)', '某某市人民政府', 2022, 'county'],
    ['《某某县卫生健康委员会2023年政府信息公开工作年度报告》', '某某县卫生健康委员会', 2023, 'department'],
    ['某某县人民政府关于2020年政府信息公开工作情况的报告', '某某县人民政府', 2020, 'county'],
  ])('%s → %s, %s', (title, organ, year, level) => {
    const { meta, verdict } = analyze(retitle(DINGQIAO, title, DINGQIAO_TITLE, true));
    expect(meta).toMatchObject({ organ, year, level });
    expect(verdict.isReport).toBe(true);
  });

  it('takes the report named by a cover notice, not the office that issues the notice', () => {
    const title = '青阳县人民政府办公室关于印发青阳县丁桥镇2020年政府信息公开工作年度报告的通知';
    expect(organFromTitle(title)).toBe('青阳县丁桥镇');
    const { meta, verdict } = analyze(retitle(DINGQIAO, title));
    expect(verdict.isReport).toBe(true); // the notice carries the whole report
    expect(meta).toMatchObject({ organ: '青阳县丁桥镇', year: 2020, level: 'township' });
  });

  it('reads a notice page that prints the report under the notice', () => {
    const notice = [
      '青阳县人民政府办公室关于印发青阳县丁桥镇2020年政府信息公开工作年度报告的通知',
      '青政办〔2021〕12号',
      '各乡镇人民政府，县政府各部门：',
      '现将《青阳县丁桥镇人民政府2020年政府信息公开工作年度报告》印发给你们，请认真贯彻落实。',
      '青阳县人民政府办公室',
      '2021年1月28日',
      DINGQIAO_TITLE,
    ].join('\n\n');
    const { meta, verdict, sections } = analyze(retitle(DINGQIAO, notice));
    expect(verdict.isReport).toBe(true);
    expect(ids(sections)).toEqual(ALL);
    expect(meta).toMatchObject({ organ: '青阳县丁桥镇', year: 2020, template: 'F2019', level: 'township' });
  });

  it('calls the same notice without the report in it a notice', () => {
    const notice = [
      '青阳县人民政府办公室关于印发青阳县丁桥镇2020年政府信息公开工作年度报告的通知',
      '各乡镇人民政府，县政府各部门：',
      '现将《青阳县丁桥镇人民政府2020年政府信息公开工作年度报告》印发给你们，请认真贯彻落实。',
      '青阳县人民政府办公室',
      '2021年1月28日',
    ].join('\n\n');
    const { verdict } = analyze(notice);
    expect(verdict.isReport).toBe(false);
    expect(verdict.reason).toContain('通知');
  });

  it('takes the issuing government when the notice names a report without its organ', () => {
    expect(organFromTitle('某某县人民政府办公室关于公布2021年政府信息公开工作年度报告的通知')).toBe('某某县人民政府');
    expect(organFromTitle('某某县交通运输局关于印发《2021年政府信息公开工作年度报告》的通知')).toBe('某某县交通运输局');
  });

  it('joins a title split over two or three lines', () => {
    for (const split of [
      '青阳县丁桥镇人民政府\n2020年政府信息公开工作年度报告',
      '青阳县丁桥镇人民政府\n2020年政府信息公开\n工作年度报告',
      '青阳县丁桥镇人民政府2020年政府信息公开工作\n年度报告',
    ]) {
      const { meta } = analyze(retitle(DINGQIAO, split));
      expect(meta).toMatchObject({ organ: '青阳县丁桥镇人民政府', year: 2020, level: 'township' });
    }
  });

  it('skips a site banner and a breadcrumb above the title', () => {
    const page = `青阳县人民政府门户网站\n首页 > 政务公开 > 政府信息公开年报\n当前位置：首页 > 政务公开 > 年报\n${DINGQIAO_TITLE}\n发布时间：2021-01-25 来源：丁桥镇 浏览次数：312\n`;
    const { text, meta } = analyze(retitle(DINGQIAO, page));
    expect(findTitle(text)).toBe(DINGQIAO_TITLE);
    expect(meta).toMatchObject({ organ: '青阳县丁桥镇人民政府', year: 2020 });
  });

  it.each([
    ['首页 > 政务公开 > 政府信息公开年报 青阳县丁桥镇人民政府2020年政府信息公开工作年度报告 发布时间：2021-01-25 '],
    ['首页 > 政务公开 > 青阳县丁桥镇人民政府2020年政府信息公开工作年度报告\n'],
  ])('takes the title out of a breadcrumb it is run into (%s)', (head) => {
    const raw = DINGQIAO.replace(`\n${DINGQIAO_TITLE}\n\n`, `\n${head}`);
    expect(findTitle(normalizeText(raw))).toBe(DINGQIAO_TITLE);
    expect(analyze(raw).meta).toMatchObject({ organ: '青阳县丁桥镇人民政府', year: 2020 });
  });

  it('reads a scraped "标题:" header, whatever the page furniture says about dates', () => {
    const head = `标题: ${DINGQIAO_TITLE}\n发布时间: 2021-01-25 10:12\n发布机构: 丁桥镇党政办\n==================== 正文 ====================\n`;
    const { meta } = analyze(retitle(DINGQIAO, head));
    expect(meta).toMatchObject({ organ: '青阳县丁桥镇人民政府', year: 2020 });
  });

  it('takes the full title under a PDF page header that names no organ', () => {
    const head = `政府信息公开工作年度报告\n2021-01-25\n${DINGQIAO_TITLE}`;
    const { meta } = analyze(retitle(DINGQIAO, head));
    expect(meta).toMatchObject({ organ: '青阳县丁桥镇人民政府', year: 2020 });
  });

  it('takes a scraped title line that carries the publication date after it', () => {
    const { meta } = analyze(retitle(DINGQIAO, `${DINGQIAO_TITLE} 发布时间：2021-01-25 来源：丁桥镇`));
    expect(meta).toMatchObject({ organ: '青阳县丁桥镇人民政府', year: 2020 });
  });

  it.each([
    ['a site banner', '青阳县人民政府门户网站\n'],
    ['a PDF page header naming the publishing office and a date', '青阳县人民政府办公室\n2021年1月25日\n'],
    ['a column banner', '青阳县政府信息公开专栏\n'],
  ])('takes the title under %s printed right above it', (_name, header) => {
    const { meta } = analyze(retitle(DINGQIAO, `${header}${DINGQIAO_TITLE}`));
    expect(meta).toMatchObject({ organ: '青阳县丁桥镇人民政府', year: 2020, level: 'township' });
  });

  it('takes the title under a red-head document header ("…人民政府文件", 文号)', () => {
    const head = `青阳县丁桥镇人民政府文件\n丁政〔2021〕5号\n${DINGQIAO_TITLE}`;
    const { meta } = analyze(retitle(DINGQIAO, head));
    expect(meta).toMatchObject({ organ: '青阳县丁桥镇人民政府', year: 2020 });
  });
});

describe('titles that lack the organ', () => {
  const noOrgan = (base: string, old: string) => base.split(old).join(old.replace(/^.*?(?=(?:19|20)\d{2}年)/, ''));

  it('reads the organ from the signature, organ and date on separate lines (丁桥镇)', () => {
    const { meta } = analyze(noOrgan(DINGQIAO, DINGQIAO_TITLE));
    expect(meta).toMatchObject({ organ: '青阳县丁桥镇人民政府', year: 2020, level: 'township' });
  });

  it('reads the government, not its office, from the preamble "由X人民政府办公室编制" (青阳县 2019)', () => {
    const raw = noOrgan(QY_COUNTY, '青阳县人民政府2019年政府信息公开工作年度报告');
    expect(raw).toContain('由青阳县人民政府办公室编制');
    const { meta } = analyze(raw);
    expect(meta).toMatchObject({ organ: '青阳县人民政府', year: 2019, level: 'county' });
  });

  it('reads the government from a signature "X人民政府办公室 2024年1月20日" on one line', () => {
    const raw = `2023年政府信息公开工作年度报告\n\n一、总体情况\n\n2023年，我县扎实推进政务公开。\n\n六、其他需要报告的事项\n\n无。\n\n某某县人民政府办公室 2024年1月20日`;
    expect(readMeta(normalizeText(raw), findSections(normalizeText(raw))).organ).toBe('某某县人民政府');
  });

  it('reads a signature dated in Chinese numerals', () => {
    const raw = `2023年政府信息公开工作年度报告\n\n一、总体情况\n\n2023年，我镇扎实推进政务公开。\n\n某某镇人民政府\n二〇二四年一月二十日`;
    const text = normalizeText(raw);
    expect(readMeta(text, findSections(text)).organ).toBe('某某镇人民政府');
  });

  it('reads the report title quoted in the preamble ("现发布《X…年度报告》")', () => {
    const raw = `政府信息公开工作年度报告\n\n根据《中华人民共和国政府信息公开条例》规定，现发布《中宁县恩和镇人民政府2022年政府信息公开工作年度报告》。\n\n一、总体情况\n\n2022年，我镇扎实推进政务公开。`;
    const text = normalizeText(raw);
    expect(readMeta(text, findSections(text))).toMatchObject({ organ: '中宁县恩和镇人民政府', year: 2022 });
  });

  it('leaves the organ empty rather than guess when nothing names it', () => {
    const raw = '2023年政府信息公开工作年度报告\n\n一、总体情况\n\n2023年，我们扎实推进政务公开。';
    const text = normalizeText(raw);
    expect(readMeta(text, findSections(text)).organ).toBe('');
  });
});

describe('year reported on vs publication dates', () => {
  it('reads the statistics period, not the publication date, when the title has no year', () => {
    const raw =
      '某某县人民政府政府信息公开工作年度报告\n发布日期：2024年1月20日\n\n本报告所列数据统计期限为2023年1月1日至2023年12月31日。\n\n一、总体情况\n\n2023年，我县扎实推进政务公开。';
    expect(analyze(raw).meta.year).toBe(2023);
  });

  it('reads a Chinese-numeral statistics period', () => {
    const raw = '某某县政府信息公开工作年度报告\n\n本报告统计期限为二〇二一年一月一日至二〇二一年十二月三十一日。\n\n一、总体情况\n\n略。';
    expect(analyze(raw).meta.year).toBe(2021);
  });

  it('with neither title year nor period, takes the year the prose reports on, not the dates', () => {
    const raw =
      '某某县政府信息公开工作年度报告\n发布时间: 2024-01-20\n\n2024年1月20日\n\n一、总体情况\n\n2023年，我县主动公开政府信息1200条。2023年全年受理申请12件。\n\n五、存在的主要问题及改进情况\n\n2024年，我县将加强培训。\n\n某某县人民政府\n2024年1月20日';
    expect(analyze(raw).meta.year).toBe(2023);
  });

  it('keeps F2019 for a report on 2020 that cites 国办公开办函〔2021〕30号 in passing', () => {
    const raw = DINGQIAO.replace(
      '六、其他需要报告的事项\n\n无。',
      '六、其他需要报告的事项\n\n2021年我镇将按照国办公开办函〔2021〕30号要求做好新版年报编制准备。',
    );
    const { meta } = analyze(raw);
    expect(meta).toMatchObject({ year: 2020, template: 'F2019' });
  });

  it('reads a 2019 report (F2019, format only encouraged that year)', () => {
    const { meta, verdict } = analyze(QY_COUNTY);
    expect(verdict.isReport).toBe(true);
    expect(meta).toMatchObject({ organ: '青阳县人民政府', year: 2019, template: 'F2019', level: 'county' });
  });

  it('prefers the title year even when the page was published the next year', () => {
    expect(reportedYear('发布时间：2021年1月25日\n2021年工作打算', '某某镇2020年政府信息公开工作年度报告')).toBe(2020);
  });
});

describe('section headings in other numbering and wording', () => {
  it.each([
    ['Arabic numerals "1、"', (i: number, h: string) => `${i + 1}、${h}`],
    ['Arabic numerals "1."', (i: number, h: string) => `${i + 1}.${h}`],
    ['"第一部分 "', (i: number, h: string) => `第${'一二三四五六'[i]}部分 ${h}`],
    ['trailing colon', (i: number, h: string) => `${'一二三四五六'[i]}、${h}：`],
    ['trailing 。', (i: number, h: string) => `${'一二三四五六'[i]}、${h}。`],
    ['bold markdown', (i: number, h: string) => `**${'一二三四五六'[i]}、${h}**`],
    ['full-width space after the numeral', (i: number, h: string) => `${'一二三四五六'[i]}、\u3000${h}`],
  ])('%s', (_name, form) => {
    const phrases = Object.values(HEADINGS).map((h) => h.slice(2));
    const headings = Object.fromEntries(ALL.map((id, i) => [id, form(i, phrases[i]!)]));
    const { text, sections } = analyze(dingqiaoWith(headings));
    expect(ids(sections)).toEqual(ALL);
    checkInvariants(text, sections);
    expect(byId(sections).overview!.heading).toContain('总体情况');
    // the applications table (rows 一、本年新收 … 四、结转下年度) stays inside its section
    const row = text.indexOf('四、结转下年度继续办理');
    expect(row).toBeGreaterThan(byId(sections).applications!.start);
    expect(row).toBeLessThan(byId(sections).applications!.end);
  });

  it('takes "(一)总体情况" … "(六)" as top-level headings when the report numbers its parts so', () => {
    const raw = dingqiaoWith(
      Object.fromEntries(ALL.map((id, i) => [id, `（${'一二三四五六'[i]}）${HEADINGS[id].slice(2)}`])),
      DINGQIAO.replace(/（([一二三四五])）(主动公开|依申请公开|政府信息管理|平台建设|监督保障)。/g, (_m, n: string, w: string) => `${'一二三四五'.indexOf(n) + 1}.${w}。`),
    );
    const { text, sections } = analyze(raw);
    expect(ids(sections)).toEqual(ALL);
    checkInvariants(text, sections);
    expect(byId(sections).overview!.heading).toBe('(一)总体情况');
  });

  it('splits headings run into their first sentence ("一、总体情况2020年，丁桥镇…")', () => {
    const raw = DINGQIAO.replace('一、总体情况\n\n2020年，丁桥镇', '一、总体情况2020年，丁桥镇').replace(
      '六、其他需要报告的事项\n\n无。',
      '六、其他需要报告的事项无。',
    );
    const { text, sections } = analyze(raw);
    expect(ids(sections)).toEqual(ALL);
    expect(byId(sections).overview!.heading).toBe('一、总体情况');
    expect(text.slice(byId(sections).overview!.bodyStart)).toMatch(/^\s*2020年，丁桥镇/);
    expect(byId(sections).other!.heading).toBe('六、其他需要报告的事项');
  });

  it('accepts headings with extra words', () => {
    const { sections } = analyze(
      dingqiaoWith({
        active: '二、主动公开政府信息情况（统计表）',
        review: '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
        problems: '五、政府信息公开工作存在的主要问题及改进情况',
        other: '六、其他需要报告的事项（含信息处理费收取情况）',
      }),
    );
    expect(ids(sections)).toEqual(ALL);
    expect(byId(sections).active!.heading).toBe('二、主动公开政府信息情况(统计表)');
    expect(byId(sections).problems!.heading).toBe('五、政府信息公开工作存在的主要问题及改进情况');
  });

  it('accepts a heading that names the year ("一、2020年政府信息公开工作总体情况") and 六、其他', () => {
    const { sections } = analyze(dingqiaoWith({ overview: '一、2020年政府信息公开工作总体情况', other: '六、其他' }));
    expect(ids(sections)).toEqual(ALL);
    expect(byId(sections).overview!.heading).toBe('一、2020年政府信息公开工作总体情况');
    expect(byId(sections).other!.heading).toBe('六、其他');
  });

  it('finds headings a PDF broke over two lines', () => {
    const { sections } = analyze(
      dingqiaoWith({
        applications: '三、收到和处理政府信息公开\n申请情况',
        review: '四、政府信息公开行政复议、\n行政诉讼情况',
        problems: '五、存在的主要问题及\n改进措施',
        other: '六、其他需要\n报告的事项',
      }),
    );
    expect(ids(sections)).toEqual(ALL);
    expect(byId(sections).review!.heading).toBe('四、政府信息公开行政复议、行政诉讼情况');
  });

  it('accepts 五、存在问题及改进措施 and the long 四 heading of the 2019 county report', () => {
    const { sections } = analyze(QY_COUNTY);
    expect(ids(sections)).toEqual(ALL);
    expect(byId(sections).problems!.heading).toBe('五、存在问题及改进措施');
  });
});

describe('a scraped page that holds the whole report on one line', () => {
  const flatten = (raw: string) => raw.replace(/\s+/g, ' ').trim();
  it('finds the six inline headings and keeps the run-together table rows out', () => {
    const { text, sections } = analyze(flatten(DINGQIAO));
    expect(ids(sections)).toEqual(ALL);
    checkInvariants(text, sections);
    expect(sections.map((s) => s.heading)).toEqual(Object.values(HEADINGS));
    const row = text.indexOf('四、结转下年度继续办理');
    expect(row).toBeGreaterThan(byId(sections).applications!.start);
    expect(row).toBeLessThan(byId(sections).applications!.end);
  });
  it('finds Arabic-numbered inline headings', () => {
    const raw = dingqiaoWith(Object.fromEntries(ALL.map((id, i) => [id, `${i + 1}.${HEADINGS[id].slice(2)}`])));
    const { sections } = analyze(flatten(raw));
    expect(ids(sections)).toEqual(ALL);
  });
});

describe('missing, merged and decoy headings', () => {
  it('leaves section 六 out when the report has none (so section-missing can fire)', () => {
    const raw = DINGQIAO.replace(/\n六、其他需要报告的事项\n\n无。\n/, '\n');
    const { text, sections } = analyze(raw);
    expect(ids(sections)).toEqual(['overview', 'active', 'applications', 'review', 'problems']);
    checkInvariants(text, sections);
  });

  it('takes a heading that merges 五 and 六 as the problems section', () => {
    const raw = DINGQIAO.replace(/\n六、其他需要报告的事项\n/, '\n').replace(
      '五、存在的主要问题及改进措施',
      '五、存在的主要问题、改进情况及其他需要报告的事项',
    );
    const { sections } = analyze(raw);
    expect(ids(sections).slice(0, 5)).toEqual(['overview', 'active', 'applications', 'review', 'problems']);
    expect(byId(sections).problems!.heading).toBe('五、存在的主要问题、改进情况及其他需要报告的事项');
  });

  it('finds 六 inside a merged 五 when it stands as a sub-heading "(二)其他需要报告的事项"', () => {
    const raw = DINGQIAO.replace('\n六、其他需要报告的事项\n', '\n（三）其他需要报告的事项\n').replace(
      '五、存在的主要问题及改进措施',
      '五、存在的主要问题、改进情况及其他需要报告的事项',
    );
    const { sections } = analyze(raw);
    expect(ids(sections)).toEqual(ALL);
    expect(byId(sections).other!.heading).toBe('(三)其他需要报告的事项');
  });

  it('does not take the sub-heading "(一)主动公开" of section 一 as section 二 when 二 lost its heading', () => {
    const { text, sections } = analyze(dingqiaoWith({ active: null }));
    expect(ids(sections)).toEqual(['overview', 'applications', 'review', 'problems', 'other']);
    checkInvariants(text, sections);
  });

  it('does not take "1.主动公开" sub-items of section 一 as sections when 二 lost its heading', () => {
    const raw = dingqiaoWith(
      { active: null },
      DINGQIAO.replace(/（([一二三])）(主动公开|依申请公开|政府信息管理)。/g, (_m, n: string, w: string) => `${'一二三'.indexOf(n) + 1}.${w}。`),
    );
    expect(ids(analyze(raw).sections)).toEqual(['overview', 'applications', 'review', 'problems', 'other']);
  });

  it('never takes the applications table rows 一、本年新收 … as headings, even when the headings are lost', () => {
    const { sections } = analyze(dingqiaoWith({ applications: null, review: null }));
    expect(ids(sections)).toEqual(['overview', 'active', 'problems', 'other']);
  });

  it('skips a table of contents at the top', () => {
    const toc = ['目录', ...Object.values(HEADINGS)].join('\n');
    const raw = DINGQIAO.replace('\n一、总体情况\n', `\n${toc}\n\n一、总体情况\n`);
    const { text, sections } = analyze(raw);
    expect(ids(sections)).toEqual(ALL);
    expect(byId(sections).overview!.start).toBe(text.indexOf('一、总体情况\n\n2020年'));
    expect(text.slice(byId(sections).overview!.bodyStart, byId(sections).overview!.end)).toContain('丁桥镇');
  });

  it('skips a table of contents with dot leaders and page numbers', () => {
    const toc = ['目  录', ...Object.values(HEADINGS).map((h, i) => `${h}……………………${i + 1}`)].join('\n');
    const raw = DINGQIAO.replace('\n一、总体情况\n', `\n${toc}\n\n一、总体情况\n`);
    const { text, sections } = analyze(raw);
    expect(ids(sections)).toEqual(ALL);
    expect(byId(sections).overview!.start).toBe(text.indexOf('一、总体情况\n\n2020年'));
  });

  it('keeps six sections when the preamble lists them (青阳县 2019)', () => {
    const { text, sections } = analyze(QY_COUNTY);
    expect(byId(sections).overview!.start).toBe(text.indexOf('一、总体情况'));
  });
});

describe('verdict: what is not an annual report', () => {
  it.each([
    ['关于做好2023年政府信息公开工作年度报告编制和发布工作的通知', '通知', '各乡镇人民政府，县直各单位：\n\n为做好2023年政府信息公开工作年度报告编制和发布工作，现将有关事项通知如下。\n\n一、报告内容\n\n严格按照国办公开办函〔2021〕30号规定的格式编制。\n\n二、发布时间\n\n2024年1月31日前发布。'],
    ['关于报送2023年政府信息公开工作年度报告的函', '函', '市政务公开办：\n\n按照要求，现将我局2023年政府信息公开工作年度报告报送你办，请审阅。\n\n附件：2023年政府信息公开工作年度报告'],
    ['某某县2024年政务公开工作要点', '要点', '为深入贯彻落实《条例》，现提出2024年政务公开工作要点如下。\n\n一、加强政策解读\n\n二、深化重点领域信息公开'],
    ['某某县2023年政务公开工作总结', '总结', '2023年，我县政务公开工作在县委、县政府的领导下取得明显成效。\n\n一、主要做法\n\n二、存在问题\n\n三、下一步工作计划'],
    ['某某县2023年政府信息公开工作总结', '总结', '2023年，我县认真贯彻落实《条例》。\n\n一、总体情况\n\n二、存在问题\n\n三、2024年工作打算'],
  ])('%s → not_report', (title, kind, body) => {
    const { verdict } = analyze(`${title}\n\n${body}`);
    expect(verdict.isReport).toBe(false);
    expect(verdict.reason).toContain(kind);
  });

  it.each([
    ['图解：青阳县丁桥镇人民政府2020年政府信息公开工作年度报告'],
    ['一图读懂青阳县丁桥镇人民政府2020年政府信息公开工作年度报告'],
    ['青阳县丁桥镇人民政府2020年政府信息公开工作年度报告解读'],
  ])('calls an explainer of a report (%s) not a report', (title) => {
    const raw = `${title}\n\n一、总体情况\n\n2020年，丁桥镇主动公开政府信息326条。\n\n二、主动公开政府信息情况\n\n规范性文件0件。`;
    const { verdict, meta } = analyze(raw);
    expect(verdict.isReport).toBe(false);
    expect(verdict.reason).toMatch(/解读|图解|一图读懂/);
    expect(meta.organ).toBe('青阳县丁桥镇人民政府');
  });

  it('calls a real letter (pingtan 2014) not a report', () => {
    expect(analyze(corpus('pingtan-2014-notreport')).verdict.isReport).toBe(false);
  });

  it('accepts a report on 2011 as a report (template OLD)', () => {
    const { verdict, meta } = analyze(corpus('pingtan-2011-old'));
    expect(verdict.isReport).toBe(true);
    expect(meta.template).toBe('OLD');
  });

  it('accepts an old report whose title says 二〇一七年 (template OLD)', () => {
    const raw = retitle(DINGQIAO, '青阳县丁桥镇人民政府二〇一七年政府信息公开工作年度报告').replace(/2020年/g, '2017年');
    expect(analyze(raw).meta).toMatchObject({ year: 2017, template: 'OLD' });
  });

  it('calls a page that only links to the report as an attachment not a report', () => {
    const page = `标题: 某某县人民政府2023年政府信息公开工作年度报告\n发布时间: 2024-01-20 09:30\n发布机构: 县政府办\n==================== 正文 ====================\n附件：某某县人民政府2023年政府信息公开工作年度报告.pdf`;
    const { verdict, meta } = analyze(page);
    expect(verdict.isReport).toBe(false);
    expect(verdict.reason).toContain('only links to the report');
    expect(meta).toMatchObject({ organ: '某某县人民政府', year: 2023 });
  });

  it('calls a page with the report title and a download link only not a report', () => {
    const page = `首页 > 政务公开 > 政府信息公开年报\n某某县人民政府2023年政府信息公开工作年度报告\n发布时间：2024-01-20 来源：县政府办\n点击下载：某某县人民政府2023年政府信息公开工作年度报告.docx\n【打印】【关闭】`;
    const { verdict } = analyze(page);
    expect(verdict.isReport).toBe(false);
    expect(verdict.reason).toContain('only links to the report');
  });

  it('keeps a report that also offers its PDF as an attachment', () => {
    const raw = `${DINGQIAO}\n\n附件：${DINGQIAO_TITLE}.pdf`;
    expect(analyze(raw).verdict).toEqual({ isReport: true, reason: '' });
  });
});
