import { describe, expect, it } from 'vitest';
import { findBoilerplate, runCorpus, summarize } from '../../src/corpus/index.js';
import { discoverThemes, type RunItem } from '../../src/themes/discover.js';
import { itemsOfText, problemItems, TAXONOMY } from '../../src/themes/index.js';
import { themeClauseWords, themeClauseWordsOf } from '../../src/themes/classify.js';
import type { ProblemItem, Report } from '../../src/types.js';
import { corpusText, reportOf, sectionBody } from '../themes/reports.js';

const SEEDS: Array<[string, string, number]> = [
  ['000_c38e258c7dab84f9', '永宁县李俊镇人民政府', 2020],
  ['001_d290f62a263f4c0c', '利通区胜利镇人民政府', 2020],
  ['002_4daef53b78f10346', '盐池县大水坑镇', 2021],
  ['003_b4cc88434c90d8f5', '中宁县恩和镇人民政府', 2022],
  ['004_5ef633064578115e', '隆德县', 2020],
];

function seed(id: string, organ: string, year: number): Report {
  const r = reportOf(id, corpusText(`seeds/${id}.txt`), { organ, year });
  return { ...r, problems: problemItems(r) };
}

const seedReports = () => SEEDS.map(([id, organ, year]) => seed(id, organ, year));

describe('themes.csv rows', () => {
  it('counts reports and items per theme over the run, with top terms and an example', () => {
    const reports = seedReports();
    const { themes } = runCorpus(reports.map((r, i) => summarize(r, i)));
    const ids = themes.map((t) => t.theme);
    expect(ids.slice(0, TAXONOMY.themes.length + 1)).toEqual([...TAXONOMY.themes.map((t) => t.id), 'other']);
    const problemItemsOf = (theme: string) =>
      reports.flatMap((r) => r.problems.filter((p) => p.part === 'problem' && p.themes.includes(theme)).map((p) => ({ r, p })));
    for (const row of themes.filter((t) => !t.theme.startsWith('other:'))) {
      const expected = problemItemsOf(row.theme);
      expect(row.nItems, row.theme).toBe(expected.length);
      expect(row.nReports, row.theme).toBe(new Set(expected.map((e) => e.r.source.reportId)).size);
      expect(row.shareReports).toBeCloseTo(row.nReports / reports.length, 10);
      if (row.nItems > 0) {
        expect(expected.map((e) => e.p.text)).toContain(row.example);
        expect(row.topTerms.length).toBeGreaterThan(0);
        for (const term of row.topTerms) {
          expect(term).not.toMatch(/\d|\p{P}/u);
          expect(TAXONOMY.stopwords.has(term)).toBe(false);
        }
      } else {
        expect(row.example).toBe('');
      }
    }
    const awareness = themes.find((t) => t.theme === 'awareness')!;
    expect(awareness.labelZh).toBe('思想认识与重视程度');
    expect(awareness.nReports).toBeGreaterThanOrEqual(3);
    expect(awareness.topTerms.some((t) => /意识|认识|重视/.test(t))).toBe(true);
  });

  it('clusters unclassified items into other:<term> rows', () => {
    // Problem items the taxonomy has no theme for, from pingtan-2022 and shanghai-kewei-2024.
    const texts = [
      '重大行政决策预公开程度需进一步加强',
      '部分重大行政决策预公开程度不高，征求意见范围较窄的问题仍然存在',
      '市科委2024年根据本市机构改革工作安排，内设机构和职能发生较大调整',
    ];
    const items: RunItem[] = texts.map((text, i) => {
      const [item] = itemsOfText(text);
      return { reportId: `r${i}`, order: i, item: { ...item!, part: 'problem', themes: ['other'] } as ProblemItem };
    });
    const rows = discoverThemes(items, { nReports: 3 });
    const clusters = rows.filter((r) => r.theme.startsWith('other:'));
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.nItems).toBe(2);
    expect(clusters[0]!.nReports).toBe(2);
    expect(clusters[0]!.topTerms.join(' ')).toMatch(/预公开|重大|决策/);
    expect(clusters[0]!.labelZh).toContain('其他');
    expect(rows.find((r) => r.theme === 'other')!.nItems).toBe(3);
  });
});

describe('boilerplate', () => {
  it('finds a problem item repeated nearly verbatim by different bodies', () => {
    const [a] = seedReports();
    // Another township copies 000's section 五, changing its own name, the year and a word.
    const copied = sectionBody(a!, 'problems').replace('我镇', '我乡').replace('2021年', '2022年').replace('个别站所', '个别部门');
    const b: Report = { ...a!, source: { ...a!.source, reportId: 'copy' }, meta: { ...a!.meta, organ: '永宁县望远镇人民政府' }, problems: itemsOfText(copied) };
    const c = seed('004_5ef633064578115e', '隆德县', 2020);
    const result = runCorpus([a!, c, b].map((r, i) => summarize(r, i)));
    expect(result.boilerplate).toHaveLength(3);
    for (const item of result.boilerplate) {
      expect(item.reportIds).toEqual(['000_c38e258c7dab84f9', 'copy']);
      expect(item.nOrgans).toBe(2);
      expect(item.nReports).toBe(2);
    }
    expect(result.boilerplate[0]!.text).toBe('思想认识不够深入，一些信息内容质量不高，存在“有就行”的思想误区');
  });

  it('does not count one body repeating itself, nor different items', () => {
    const [a] = seedReports();
    const sameBodyNextYear: Report = { ...a!, source: { ...a!.source, reportId: 'next' }, meta: { ...a!.meta, year: 2021 } };
    expect(findBoilerplate([a!, sameBodyNextYear].map((r, i) => summarize(r, i)))).toEqual([]);
    expect(findBoilerplate(seedReports().map((r, i) => summarize(r, i)))).toEqual([]);
  });
});

describe('the clauses each theme was read in, kept from classification', () => {
  const items = seedReports().flatMap((r) => r.problems.filter((p) => p.part === 'problem'));

  it('are the clauses theme discovery would find again, for every problem item of the seeds', () => {
    expect(items.length).toBeGreaterThan(10);
    expect(items.filter((p) => Object.keys(p.themeClauses ?? {}).length > 0).length).toBeGreaterThan(5);
    for (const p of items) {
      expect([...themeClauseWordsOf(p.words, p.themeClauses!)]).toEqual([...themeClauseWords(p.words)]);
    }
  });

  it('give themes.csv the rows it has without them', () => {
    const run: RunItem[] = items.map((item, i) => ({ reportId: `r${i % 5}`, order: i, item }));
    const bare: RunItem[] = run.map((r) => ({ ...r, item: { ...r.item, themeClauses: undefined } }));
    expect(discoverThemes(run, { nReports: 5 })).toEqual(discoverThemes(bare, { nReports: 5 }));
  });

  it('are not kept for improvement items', () => {
    const improvements = seedReports().flatMap((r) => r.problems.filter((p) => p.part === 'improvement'));
    expect(improvements.length).toBeGreaterThan(0);
    for (const p of improvements) expect(p.themeClauses).toBeUndefined();
  });
});
