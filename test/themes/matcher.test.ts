import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyWords, clauseThemes, ruleSpans, toClauses } from '../../src/themes/classify.js';
import { itemsOfText, itemWords } from '../../src/themes/index.js';
import { buildMatcher, matcherOf } from '../../src/themes/matcher.js';
import { compileTaxonomy, TAXONOMY } from '../../src/themes/taxonomy.js';
import { corpusText, reportOf, sectionBody } from './reports.js';

const SEEDS = fileURLToPath(new URL('../../corpora/seeds/', import.meta.url));

/** Clauses of every section 五 item of the seed reports. */
function seedClauses() {
  return readdirSync(SEEDS).flatMap((f) => {
    const report = reportOf(f, corpusText(`seeds/${f}`));
    return itemsOfText(sectionBody(report, 'problems')).flatMap((item) => toClauses(item.words));
  });
}

describe('rules indexed by their first words', () => {
  it('is built once with the taxonomy and indexes a rule under each word it can start with', () => {
    expect(matcherOf(TAXONOMY)).toBe(TAXONOMY.matcher);
    const { rules, starts } = matcherOf(TAXONOMY);
    // "内容更新不及时": some timeliness rule starts at 更新 or 不及时
    const numbers = [...(starts.problem.get('更新') ?? []), ...(starts.problem.get('不及时') ?? [])];
    expect(numbers.map((n) => rules.problem[n]!.theme)).toContain('timeliness');
    // a rule is never indexed under a word that is not in its first element
    for (const [word, ns] of starts.problem) for (const n of ns) expect(rules.problem[n]!.rule.elements[0]).toContain(word);
  });

  it('gives the themes that trying every rule on the clause finds (seed reports)', () => {
    const clauses = seedClauses();
    expect(clauses.length).toBeGreaterThan(50);
    let checked = 0;
    for (const clause of clauses) {
      const byEveryRule = TAXONOMY.themes
        .filter((t) => t.patterns.some((r) => ruleSpans(clause, r, TAXONOMY).length > 0))
        .map((t) => t.id);
      const found = clauseThemes(clause);
      // heads may take matches over, never add one
      for (const id of found) expect(byEveryRule, clause.text).toContain(id);
      const anyHead = TAXONOMY.themes.some((t) => t.heads.some((h) => clause.text.includes(h)));
      if (!anyHead) {
        expect(found, clause.text).toEqual(byEveryRule);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('is rebuilt for a taxonomy copy with other themes (never a stale index)', () => {
    const own = compileTaxonomy({
      maxGap: 2,
      macros: { WEAK: ['不及时', '不够'] },
      themes: [{ id: 'updates', label_zh: '更新', patterns: ['更新 WEAK'] }],
    });
    const copy = { ...TAXONOMY, themes: own.themes, weakWords: own.weakWords };
    expect(matcherOf(copy)).not.toBe(TAXONOMY.matcher);
    expect(matcherOf(copy).rules.problem.map((r) => r.theme)).toEqual(['updates']);
    const { words } = itemWords('政务新媒体内容更新不及时');
    expect(classifyWords(words, copy)).toEqual(['updates']);
    expect(classifyWords(words, TAXONOMY)).toContain('timeliness');
  });

  it('still matches alternatives the index does not hold (a hand-made rule element)', () => {
    const matcher = buildMatcher({ themes: [], weakWords: [] });
    expect(matcher.words.size).toBe(0);
    const [clause] = toClauses(itemWords('依申请公开答复不够规范').words);
    expect(ruleSpans(clause!, { elements: [['答复'], ['不够']] }, TAXONOMY)).toHaveLength(1);
    expect(ruleSpans(clause!, { elements: [['答复'], ['不够'], ['及时']] }, TAXONOMY)).toHaveLength(0);
  });
});
