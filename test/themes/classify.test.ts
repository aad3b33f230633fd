import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyWords, compoundParts, fallbackWords } from '../../src/themes/classify.js';
import { itemWords, problemItems } from '../../src/themes/index.js';
import { compilePattern, compileRule, compileTaxonomy, TAXONOMY, THEMES_PATH } from '../../src/themes/taxonomy.js';
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

  it('matches whole words, not characters inside another word', () => {
    // 弱 (WEAK) inside 弱势, 有限 inside 有限公司: no weakness named
    expect(themesOf('对弱势群体的信息服务有待加强')).toEqual(['other']);
    expect(compoundParts('有限公司', TAXONOMY.vocabulary)).toEqual(['有限公司']);
    // a dictionary compound made of known words is read as its parts
    expect(compoundParts('公开意识不强', TAXONOMY.vocabulary)).toEqual(['公开', '意识', '不强']);
    expect(compoundParts('网站集约化', TAXONOMY.vocabulary)).toEqual(['网站', '集约化']);
  });

  it('reads a word shared by themes by what it is said with', () => {
    // 形式 + 不规范 is quality (004's gold), 形式 + 单一 is form
    expect(themesOf('形式不规范')).toEqual(['quality']);
    expect(themesOf('公开形式较为单一')).toEqual(['form']);
    // 深度 of training is no coverage problem; 深度 of disclosure is
    expect(themesOf('业务培训的频次和深度不够')).toEqual(['publicity']);
    expect(themesOf('部分重点领域信息公开深度不足')).toEqual(['coverage']);
    // a lack word governs the next word only: 未进行全流程 is no missing procedure
    expect(themesOf('重点项目建设未进行全流程信息公开')).toEqual(['coverage']);
    expect(themesOf('缺乏专门培训')).toEqual(['publicity']);
  });

  it('classifies the problem items of an unseen report (上海市人民政府办公厅 2019)', () => {
    expect(themesOf('新《条例》实施后，专业领域的理论学习仍需加强，提升对《条例》新内容的准确把握')).toEqual(['capacity']);
    expect(themesOf('决策公开仍需进一步加强，公众参与具体举措需进一步细化完善')).toEqual(['coverage', 'interpretation']);
    expect(themesOf('政府网站集约化建设需持续推进，公开专栏规范化建设有待加强')).toContain('platform');
    expect(themesOf('政策解读方式不够多元，精准解读效果仍需提高')).toEqual(['form', 'interpretation']);
  });

  it('reads improvement items by action + topic, problem items by topic + weakness', () => {
    const improvement = (text: string) => classifyWords(itemWords(text).words, TAXONOMY, 'improvement');
    expect(improvement('着力提升平台渠道管理和服务水平')).toContain('platform');
    expect(improvement('加大宣传力度，提升稿件质量')).toEqual(['quality', 'publicity']);
    expect(improvement('深化公众参与。制订出台重大行政决策公众参与具体措施')).toEqual(['interpretation']);
    // the same action words name no problem
    expect(themesOf('着力提升平台渠道管理和服务水平')).toEqual(['other']);
  });

  it('a head word takes over the other themes that only modify it', () => {
    // 知晓度 (publicity) governs the channel before it: no application, no form
    expect(themesOf('群众对依申请公开渠道知晓度不高')).toEqual(['publicity']);
    expect(themesOf('企业对惠企政策公开方式的知晓程度不高')).toEqual(['publicity']);
    // a weakness of its own before the head keeps the other theme: two problems in one clause
    expect(themesOf('依申请公开答复不规范、群众知晓度不高')).toEqual(['publicity', 'application']);
    expect(themesOf('政务新媒体更新不及时、群众知晓度不高')).toEqual(['timeliness', 'platform', 'publicity']);
    // staff (capacity) of a 街道 body: not a problem of 基层 disclosure; the disclosure itself is
    expect(themesOf('街道政务公开工作人员均为兼职，专业知识缺乏')).toEqual(['capacity']);
    expect(themesOf('部分街道政务公开工作推进不平衡')).toEqual(['grassroots']);
    // 责任追究机制 is supervision's; an incomplete 考核机制 is both
    expect(themesOf('考核结果运用不够充分，责任追究机制落实不到位')).toEqual(['supervision']);
    expect(themesOf('政务公开考核机制不健全')).toEqual(['institution', 'supervision']);
    // participation (参与度) is interaction, not the breadth of 预公开
    expect(themesOf('重大行政决策预公开的公众参与度不高')).toEqual(['interpretation']);
    expect(themesOf('重大决策预公开范围不够广')).toEqual(['coverage']);
    // a head counts only in a clause that names its theme
    const raw = (publicity: string[]) => ({
      macros: { WEAK: ['不高'] },
      themes: [
        { id: 'form', label_zh: '渠道', topics: ['渠道'] },
        { id: 'publicity', label_zh: '宣传', heads: ['知晓度'], patterns: publicity },
      ],
    });
    const words = ['渠道', '知晓度', '不高'];
    expect(classifyWords(words, compileTaxonomy(raw(['宣传 不够'])))).toEqual(['form']);
    expect(classifyWords(words, compileTaxonomy(raw(['知晓度 不高'])))).toEqual(['publicity']);
  });

  it('rejects a head written as several elements', () => {
    expect(() => compileTaxonomy({ themes: [{ id: 'x', label_zh: 'x', heads: ['问责 机制'] }] })).toThrow(/one element/);
  });

  it('falls back to other when nothing fits', () => {
    expect(themesOf('受疫情影响，部分线下活动未能如期开展')).toEqual(['other']);
    // decision disclosure that needs strengthening is a coverage problem (shanghai-bgt-2019 wording)
    expect(themesOf('重大行政决策预公开程度需进一步加强')).toEqual(['coverage']);
    expect(themesOf('')).toEqual(['other']);
  });

  it('still classifies with per-character words (segmenter unavailable)', () => {
    const taxonomy = { ...TAXONOMY, maxGap: TAXONOMY.maxGap * 2 };
    expect(classifyWords(fallbackWords('干部对政府信息公开工作认识不一，有待进一步提高'), taxonomy)).toEqual(['awareness']);
    expect(classifyWords(fallbackWords('公开形式单一，有待进一步拓展'), taxonomy)).toEqual(['form']);
  });

  it('data/themes.json: topics are single words, every theme has rules for both parts', () => {
    const raw = JSON.parse(readFileSync(THEMES_PATH, 'utf8')) as { themes: Array<{ id: string; topics?: string[] }> };
    for (const t of raw.themes) for (const w of t.topics ?? []) expect(w, t.id).toMatch(/^[^\s|~]+$/);
    for (const theme of TAXONOMY.themes) {
      expect(theme.patterns.length, theme.id).toBeGreaterThan(0);
      expect(theme.improvementPatterns.length, theme.id).toBeGreaterThan(theme.patterns.length);
    }
  });

  it('compiles a rule with its own gap ("~1 …")', () => {
    expect(compileRule('~1 LACK 培训', { LACK: ['缺乏'] })).toEqual({ elements: [['缺乏'], ['培训']], maxGap: 1 });
    expect(compileRule('意识 WEAK', { WEAK: ['不强'] })).toEqual({ elements: [['意识'], ['不强']] });
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
