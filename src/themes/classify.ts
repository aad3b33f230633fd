/**
 * Theme classification over an item's segmented words.
 *
 * The words are cut into clauses at ，。；：！？ (a problem is named inside one clause); a pattern
 * matches when its elements occur in order inside one clause, at most `maxGap` words apart.
 * Matching is on words, not characters: an element must begin and end at word boundaries (it may
 * span several words), so 弱 does not match inside 弱势 nor 有限 inside 有限公司. The domain
 * dictionary makes some phrases one word (公开意识不强, 网站集约化, 业务培训); such a compound is
 * also read as its parts when it is made entirely of words the taxonomy knows.
 * Items of section 五's problem part all name shortcomings, so no negation handling is needed.
 */
import type { ProblemPart } from '../types.js';
import { OTHER_THEME, TAXONOMY, type Rule, type Taxonomy } from './taxonomy.js';

const CLAUSE_BREAK = /^[，,。；;：:！!？?\n]+$/;

/** A clause: its words joined, word (and compound part) edges, and each character's part index. */
export interface Clause {
  text: string;
  /** Character offsets where a word or a part of a compound starts or ends. */
  edges: ReadonlySet<number>;
  /** For each character, the index of the word part it belongs to (gaps count parts). */
  wordAt: number[];
  /** The segmenter's words of the clause (what discovery ranks). */
  words: string[];
}

/**
 * The parts of a compound word: the finest cut of it into words of `vocabulary` (the most parts,
 * so 回应社会关切 gives 回应 / 社会 / 关切), or the word itself when it is no such compound
 * (a word with any unknown piece is never cut).
 */
export function compoundParts(word: string, vocabulary: ReadonlySet<string>): string[] {
  if (word.length < 3) return [word];
  // best[i]: most parts covering word[0, i), with the start of the last part
  const best: Array<{ n: number; from: number } | undefined> = [{ n: 0, from: 0 }];
  for (let end = 1; end <= word.length; end++) {
    for (let start = 0; start < end; start++) {
      const prev = best[start];
      if (!prev || !vocabulary.has(word.slice(start, end))) continue;
      if (!best[end] || prev.n + 1 > best[end]!.n) best[end] = { n: prev.n + 1, from: start };
    }
  }
  if (!best[word.length] || best[word.length]!.n < 2) return [word];
  const parts: string[] = [];
  for (let end = word.length; end > 0; end = best[end]!.from) parts.unshift(word.slice(best[end]!.from, end));
  return parts;
}

export function toClauses(words: readonly string[], vocabulary: ReadonlySet<string> = TAXONOMY.vocabulary): Clause[] {
  const clauses: Clause[] = [];
  let text = '';
  let edges = new Set<number>([0]);
  let wordAt: number[] = [];
  let clauseWords: string[] = [];
  let n = 0;
  const flush = (): void => {
    if (text) clauses.push({ text, edges, wordAt, words: clauseWords });
    text = '';
    edges = new Set([0]);
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
    clauseWords.push(w);
    for (const part of compoundParts(w, vocabulary)) {
      text += part;
      for (let i = 0; i < part.length; i++) wordAt.push(n);
      edges.add(text.length);
      n++;
    }
  }
  flush();
  return clauses;
}

/** Every word-aligned occurrence of any alternative at or after `from`: [start, end) in clause characters. */
function occurrences(clause: Clause, alts: readonly string[], from: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const alt of alts) {
    for (let at = clause.text.indexOf(alt, from); at >= 0; at = clause.text.indexOf(alt, at + 1)) {
      if (clause.edges.has(at) && clause.edges.has(at + alt.length)) out.push([at, at + alt.length]);
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

function patternsOf(theme: Taxonomy['themes'][number], part: ProblemPart): Rule[] {
  return part === 'improvement' ? theme.improvementPatterns : theme.patterns;
}

/** Does the rule match the clause (with its own gap, or the taxonomy's)? */
export function ruleMatches(clause: Clause, rule: Rule, taxonomy: Taxonomy): boolean {
  return matchesClause(clause, rule.elements, (rule.maxGap ?? taxonomy.maxGap) * (taxonomy.gapScale ?? 1));
}

/**
 * Theme ids of an item, in taxonomy order; [`other`] when none fits. A problem item is read with
 * the problem patterns; an improvement item also with action + topic ("加强平台建设").
 */
export function classifyWords(words: readonly string[], taxonomy: Taxonomy = TAXONOMY, part: ProblemPart = 'problem'): string[] {
  const clauses = toClauses(words, taxonomy.vocabulary);
  const themes = taxonomy.themes
    .filter((theme) => patternsOf(theme, part).some((r) => clauses.some((c) => ruleMatches(c, r, taxonomy))))
    .map((theme) => theme.id);
  return themes.length > 0 ? themes : [OTHER_THEME];
}

/** For each theme of an item, the words of the clauses that named it (what discovery ranks). */
export function themeClauseWords(words: readonly string[], taxonomy: Taxonomy = TAXONOMY): Map<string, string[]> {
  const clauses = toClauses(words, taxonomy.vocabulary);
  const out = new Map<string, string[]>();
  for (const theme of taxonomy.themes) {
    const hit = clauses.filter((c) => theme.patterns.some((r) => ruleMatches(c, r, taxonomy)));
    if (hit.length > 0) out.set(theme.id, hit.flatMap((c) => c.words));
  }
  return out;
}

/**
 * Words of a text when no segmenter is available (the segment stage still a placeholder):
 * one word per Han character, runs of letters/digits kept whole, punctuation as its own word.
 * Gaps then count characters, so callers double them (Taxonomy.gapScale).
 */
export function fallbackWords(text: string): string[] {
  return text.match(/[A-Za-z0-9.%]+|\S/gu) ?? [];
}
