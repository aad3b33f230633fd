/**
 * The themes stage: section 五 into problem / improvement items, each classified into themes of
 * data/themes.json over its segmented words.
 */
import { segment } from '../structure/segment.js';
import type { ProblemItem, Report } from '../types.js';
import { classifyWords, fallbackWords } from './classify.js';
import { splitProblems } from './split.js';
import { TAXONOMY, type Taxonomy } from './taxonomy.js';

export { classifyWords } from './classify.js';
export { splitProblems } from './split.js';
export { TAXONOMY, OTHER_THEME, themeLabel } from './taxonomy.js';

/**
 * Words of an item: nodejieba through the structure stage's `segment`; per-character words when
 * the segmenter gives nothing (then the taxonomy's gaps, counted in words, are doubled).
 */
export function itemWords(text: string): { words: string[]; taxonomy: Taxonomy } {
  const words = segment(text).map((t) => t.word);
  if (words.length > 0 || !text.trim()) return { words, taxonomy: TAXONOMY };
  return { words: fallbackWords(text), taxonomy: { ...TAXONOMY, gapScale: 2 } };
}

/** Items of a section 五 body, classified. `base` is the body's offset in the report text. */
export function itemsOfText(body: string, base = 0): ProblemItem[] {
  return splitProblems(body, base).map((raw, i) => {
    const { words, taxonomy } = itemWords(raw.text);
    return { itemNo: i + 1, part: raw.part, text: raw.text, words, themes: classifyWords(words, taxonomy, raw.part) };
  });
}

/** Split section 五 into problem / improvement items and classify them into themes. */
export function problemItems(report: Report): ProblemItem[] {
  const section = report.sections.find((s) => s.id === 'problems');
  if (!section) return [];
  return itemsOfText(report.text.slice(section.bodyStart, section.end), section.bodyStart);
}
