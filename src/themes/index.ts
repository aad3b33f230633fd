/**
 * The themes stage: section 五 into problem / improvement items, each classified into themes of
 * data/themes.json over its segmented words (rules first, an example-based model where they find nothing).
 */
import { segment, segmentMany } from '../structure/segment.js';
import type { ProblemItem, Report, Token } from '../types.js';
import { clauseIndexesByTheme, fallbackWords, themedClauses } from './classify.js';
import { completeWithModel, THEME_MODEL } from './fallback.js';
import { splitProblems } from './split.js';
import { TAXONOMY, type Taxonomy } from './taxonomy.js';

export { classifyWords } from './classify.js';
export { classifyWithFallback, THEME_MODEL } from './fallback.js';
export { splitProblems } from './split.js';
export { TAXONOMY, OTHER_THEME, themeLabel } from './taxonomy.js';

/**
 * Words of an item: nodejieba through the structure stage's `segment`; per-character words when
 * the segmenter gives nothing (then the taxonomy's gaps, counted in words, are doubled).
 */
export function itemWords(text: string, tokens: readonly Token[] = segment(text)): { words: string[]; taxonomy: Taxonomy } {
  const words = tokens.map((t) => t.word);
  if (words.length > 0 || !text.trim()) return { words, taxonomy: TAXONOMY };
  return { words: fallbackWords(text), taxonomy: { ...TAXONOMY, gapScale: 2 } };
}

/**
 * Items of a section 五 body, classified: the rules of data/themes.json, completed for problem
 * items by the model learned from data/theme-examples.json where the rules find nothing
 * (fallback.ts). `base` is the body's offset in the report text.
 */
export function itemsOfText(body: string, base = 0): ProblemItem[] {
  const raws = splitProblems(body, base);
  // all items' words from one segmenter call (a round trip each, in a batch's worker)
  const tokens = segmentMany(raws.map((raw) => raw.text));
  return raws.map((raw, i) => {
    const { words, taxonomy } = itemWords(raw.text, tokens[i]);
    const clauses = themedClauses(words, taxonomy, raw.part);
    const themes = completeWithModel(clauses, words, THEME_MODEL, taxonomy, raw.part);
    if (raw.part !== 'problem') return { itemNo: i + 1, part: raw.part, text: raw.text, words, themes };
    // discovery reads clauses with the taxonomy's own gaps (an item of per-character words was
    // classified with doubled ones)
    const themeClauses = clauseIndexesByTheme(taxonomy === TAXONOMY ? clauses : themedClauses(words, TAXONOMY));
    return { itemNo: i + 1, part: raw.part, text: raw.text, words, themes, themeClauses };
  });
}

/** Split section 五 into problem / improvement items and classify them into themes. */
export function problemItems(report: Report): ProblemItem[] {
  const section = report.sections.find((s) => s.id === 'problems');
  if (!section) return [];
  return itemsOfText(report.text.slice(section.bodyStart, section.end), section.bodyStart);
}
