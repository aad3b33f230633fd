import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyWords, fallbackWords } from '../../src/themes/classify.js';
import { itemWords, problemItems } from '../../src/themes/index.js';
import { compilePattern, compileTaxonomy, TAXONOMY } from '../../src/themes/taxonomy.js';
import { corpusText, reportOf } from './reports.js';

const themesOf = (text: string) => {
  const { words, taxonomy } = itemWords(text);
  return classifyWords(words, taxonomy);
};

describe('theme classification', () => {
  it('recognizes every typical wording of the taxonomy as its theme', () => {
    for (const theme of TAXONOMY.themes) {
      expect(theme.typical.length).toBeGreaterThan(0);
      for (const phrase of theme.typical) expect(themesOf(phrase), `${theme.id}: ${phrase}`).toContain(theme.id);
    }
  });

  it('gives several themes where an item names several problems', () => {
    expect(themesOf('公开内容不够全面，部分内容公开不够及时')).toEqual(['coverage', 'timeliness']);
    expect(themesOf('政务公开宣传力度不够，发布的信息质量有待提高')).toEqual(['quality', 'publicity']);
    expect(themesOf('公开意识及重视程度还有待进一步提升。在政务新媒体方面存在重建设、轻管理问题，内容更新不及时')).toEqual([
      'awareness',
      'timeliness',
      'platform',
    ]);
  });

  it('needs the words of a pattern in one clause, close together', () => {
    // 能力 alone is no capacity problem: "平台支撑能力弱" is about the platform
    expect(themesOf('信息化平台支撑能力弱')).toEqual(['platform']);
    // "内容" then "更新不及时" is timeliness, not coverage
    expect(themesOf('内容更新不及时')).toEqual(['timeliness']);
    // 宣传 in a clause that names no weakness is no publicity problem
    expect(themesOf('多以工作宣传类信息为主')).toEqual(['other']);
  });

  it('falls back to other when nothing fits', () => {
    expect(themesOf('重大行政决策预公开程度需进一步加强')).toEqual(['other']);
    expect(themesOf('')).toEqual(['other']);
  });

  it('still classifies with per-character words (segmenter unavailable)', () => {
    const taxonomy = { ...TAXONOMY, maxGap: TAXONOMY.maxGap * 2 };
    expect(classifyWords(fallbackWords('干部对政府信息公开工作认识不一，有待进一步提高'), taxonomy)).toEqual(['awareness']);
    expect(classifyWords(fallbackWords('公开形式单一，有待进一步拓展'), taxonomy)).toEqual(['form']);
  });

  it('compiles patterns with alternatives and macros, and rejects unknown macros', () => {
    expect(compilePattern('意识 不强|WEAK', { WEAK: ['不够', '不足'] })).toEqual([['意识'], ['不强', '不够', '不足']]);
    expect(() => compileTaxonomy({ themes: [{ id: 'x', label_zh: 'x', patterns: ['a NOPE'] }] })).toThrow(/NOPE/);
  });
});

/** Character-bigram Dice, as the evaluation pairs gold items with ours. */
function dice(a: string, b: string): number {
  const grams = (s: string) => {
    const t = s.replace(/\s+/g, '');
    return Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2));
  };
  const A = grams(a);
  const B = grams(b);
  const pool = new Map<string, number>();
  for (const g of A) pool.set(g, (pool.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of B) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      common++;
      pool.set(g, n - 1);
    }
  }
  return A.length + B.length > 0 ? (2 * common) / (A.length + B.length) : 0;
}

describe('against the gold problem items', () => {
  it('reaches themes micro-F1 ≥ 0.8 over the annotated reports', () => {
    const goldDir = fileURLToPath(new URL('../../gold/', import.meta.url));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let scored = 0;
    for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
      const gold = JSON.parse(readFileSync(goldDir + file, 'utf8')) as { report_id: string; problems?: Array<{ text: string; themes: string[] }> };
      if (!gold.problems?.length) continue;
      const id = file.replace(/\.json$/, '');
      const path = ['seeds', 'real'].map((d) => `${d}/${id}.txt`).find((p) => {
        try {
          corpusText(p);
          return true;
        } catch {
          return false;
        }
      });
      if (!path) continue;
      scored++;
      const ours = problemItems(reportOf(id, corpusText(path))).filter((i) => i.part === 'problem');
      for (const g of gold.problems) {
        const best = ours.map((o) => ({ o, d: dice(g.text, o.text) })).sort((a, b) => b.d - a.d)[0];
        if (!best || best.d < 0.5) {
          fn += g.themes.length;
          continue;
        }
        tp += best.o.themes.filter((t) => g.themes.includes(t)).length;
        fp += best.o.themes.filter((t) => !g.themes.includes(t)).length;
        fn += g.themes.filter((t) => !best.o.themes.includes(t)).length;
      }
    }
    expect(scored).toBeGreaterThan(0);
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    expect(f1).toBeGreaterThanOrEqual(0.8);
  });
});
