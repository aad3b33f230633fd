/**
 * Theme classification over an item's segmented words.
 *
 * The words are cut into clauses at ，。；：！？ (a problem is named inside one clause); a pattern
 * matches when its elements occur in order inside one clause, at most `maxGap` words apart. An
 * element may sit inside a word or span several words: the domain dictionary makes compounds such
 * as 公开意识不强 or 更新不及时 one word, while the same phrase elsewhere comes as 意识 / 不强.
 * Items of section 五's problem part all name shortcomings, so no negation handling is needed.
 */
import { OTHER_THEME, TAXONOMY, type Taxonomy } from './taxonomy.js';

const CLAUSE_BREAK = /^[，,。；;：:！!？?\n]+$/;

/** A clause: its words joined, and for each character the index of the word it belongs to. */
interface Clause {
  text: string;
  wordAt: number[];
  words: string[];
}

export function toClauses(words: readonly string[]): Clause[] {
  const clauses: Clause[] = [];
  let text = '';
  let wordAt: number[] = [];
  let clauseWords: string[] = [];
  let n = 0;
  const flush = (): void => {
    if (text) clauses.push({ text, wordAt, words: clauseWords });
    text = '';
    wordAt = [];
    clauseWords = [];
    n = 0;
  };
  for (const word of words) {
    if (CLAUSE_BREAK.test(word)) {
      flush();
      continue;
    }
    const w = word.replace(/\s+/g, '');
    if (!w) continue;
    text += w;
    clauseWords.push(w);
    for (let i = 0; i < w.length; i++) wordAt.push(n);
    n++;
  }
  flush();
  return clauses;
}

/** Every occurrence of any alternative at or after `from`: [start, end) in clause characters. */
function occurrences(clause: Clause, alts: readonly string[], from: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const alt of alts) {
    for (let at = clause.text.indexOf(alt, from); at >= 0; at = clause.text.indexOf(alt, at + 1)) {
      out.push([at, at + alt.length]);
    }
  }
  return out.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

/** Does the pattern occur in the clause, elements in order, each within maxGap words of the previous? */
export function matchesClause(clause: Clause, pattern: readonly string[][], maxGap: number): boolean {
  if (pattern.length === 0) return false;
  for (const [, firstEnd] of occurrences(clause, pattern[0]!, 0)) {
    let end = firstEnd;
    let ok = true;
    for (const alts of pattern.slice(1)) {
      const lastWord = clause.wordAt[end - 1]!;
      const next = occurrences(clause, alts, end).find(([s]) => clause.wordAt[s]! - lastWord - 1 <= maxGap);
      if (!next) {
        ok = false;
        break;
      }
      end = next[1];
    }
    if (ok) return true;
  }
  return false;
}

/** Theme ids of an item, in taxonomy order; [`other`] when none fits. */
export function classifyWords(words: readonly string[], taxonomy: Taxonomy = TAXONOMY): string[] {
  const clauses = toClauses(words);
  const themes = taxonomy.themes
    .filter((theme) => theme.patterns.some((p) => clauses.some((c) => matchesClause(c, p, taxonomy.maxGap))))
    .map((theme) => theme.id);
  return themes.length > 0 ? themes : [OTHER_THEME];
}

/** For each theme of an item, the words of the clauses that named it (what discovery ranks). */
export function themeClauseWords(words: readonly string[], taxonomy: Taxonomy = TAXONOMY): Map<string, string[]> {
  const clauses = toClauses(words);
  const out = new Map<string, string[]>();
  for (const theme of taxonomy.themes) {
    const hit = clauses.filter((c) => theme.patterns.some((p) => matchesClause(c, p, taxonomy.maxGap)));
    if (hit.length > 0) out.set(theme.id, hit.flatMap((c) => c.words));
  }
  return out;
}

/**
 * Words of a text when no segmenter is available (the segment stage still a placeholder):
 * one word per Han character, runs of letters/digits kept whole, punctuation as its own word.
 * Gaps then count characters, so callers double maxGap.
 */
export function fallbackWords(text: string): string[] {
  return text.match(/[A-Za-z0-9.%]+|\S/gu) ?? [];
}
