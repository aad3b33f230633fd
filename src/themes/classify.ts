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
 * A theme's head words take over the matches of other themes that only modify them (taxonomy.ts).
 */
import type { ProblemPart } from '../types.js';
import { matcherOf, type RuleMatcher } from './matcher.js';
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
  return clauseWordLists(words).map((clauseWords) => {
    let text = '';
    const edges = new Set<number>([0]);
    const wordAt: number[] = [];
    let n = 0;
    for (const w of clauseWords) {
      for (const part of compoundParts(w, vocabulary)) {
        text += part;
        for (let i = 0; i < part.length; i++) wordAt.push(n);
        edges.add(text.length);
        n++;
      }
    }
    return { text, edges, wordAt, words: clauseWords };
  });
}

/** Each clause's words: clause breaks dropped, whitespace taken out of words, empty words and
 *  clauses left out (what toClauses reads, and what theme discovery ranks). */
export function clauseWordLists(words: readonly string[]): string[][] {
  const lists: string[][] = [];
  let current: string[] = [];
  for (const word of words) {
    if (CLAUSE_BREAK.test(word)) {
      if (current.length > 0) lists.push(current);
      current = [];
      continue;
    }
    const w = word.replace(/\s+/g, '');
    if (w) current.push(w);
  }
  if (current.length > 0) lists.push(current);
  return lists;
}

/** A match in a clause: [start, end) in clause characters. */
export type Span = readonly [number, number];

/** Word-aligned occurrences of one alternative in a clause, by start (what `indexOf` finds, aligned). */
function scanOccurrences(clause: Clause, alt: string): Span[] {
  const out: Span[] = [];
  for (let at = clause.text.indexOf(alt); at >= 0; at = clause.text.indexOf(alt, at + 1)) {
    if (clause.edges.has(at) && clause.edges.has(at + alt.length)) out.push([at, at + alt.length]);
  }
  return out;
}

/**
 * Where each word or word run of a clause occurs, built once per clause: every span between two
 * edges whose text the taxonomy names (`known`: its rule words, heads and weakness words), so the
 * rules look their words up instead of each scanning the clause. An alternative outside `known`
 * (or longer than any of it) is scanned for, so any pattern still matches as before.
 */
interface ClauseIndex {
  clause: Clause;
  known: ReadonlySet<string>;
  /** Longest span indexed. */
  maxLength: number;
  at: ReadonlyMap<string, Span[]>;
  /** Alternatives lists all of whose words are indexed, as sets (RuleMatcher.sets). */
  sets: ReadonlyMap<readonly string[], ReadonlySet<string>>;
}

const NO_SPANS: readonly Span[] = [];

function indexClause(clause: Clause, matcher: RuleMatcher): ClauseIndex {
  const { words: known, maxLength, sets } = matcher;
  const edges = [...clause.edges].sort((a, b) => a - b);
  const at = new Map<string, Span[]>();
  for (let i = 0; i < edges.length; i++) {
    const start = edges[i]!;
    for (let j = i + 1; j < edges.length && edges[j]! - start <= maxLength; j++) {
      const word = clause.text.slice(start, edges[j]!);
      if (!known.has(word)) continue;
      const list = at.get(word);
      if (list) list.push([start, edges[j]!]);
      else at.set(word, [[start, edges[j]!]]);
    }
  }
  return { clause, known, maxLength, at, sets };
}

/** The occurrences of each alternative found in the clause, list by list, in no particular order. */
function spanLists(index: ClauseIndex, alts: readonly string[]): Array<readonly Span[]> {
  const lists: Array<readonly Span[]> = [];
  const set = index.sets.get(alts);
  if (set && set.size > index.at.size) {
    // every alternative is indexed: look the clause's few words up in the list
    for (const [word, found] of index.at) if (set.has(word)) lists.push(found);
    return lists;
  }
  for (const alt of alts) {
    const found = alt.length <= index.maxLength && index.known.has(alt) ? (index.at.get(alt) ?? NO_SPANS) : scanOccurrences(index.clause, alt);
    if (found.length > 0) lists.push(found);
  }
  return lists;
}

/** Every word-aligned occurrence of any alternative at or after `from`, by start (longest first). */
function occurrences(index: ClauseIndex, alts: readonly string[], from: number): Span[] {
  const out: Span[] = [];
  for (const found of spanLists(index, alts)) for (const span of found) if (span[0] >= from) out.push(span);
  return out.length > 1 ? out.sort((a, b) => a[0] - b[0] || b[1] - a[1]) : out;
}

/**
 * The first of `occurrences(index, alts, from)` (the leftmost, the longest of those), without
 * listing and sorting them all: what a rule's later elements ask for.
 */
function nearestOccurrence(index: ClauseIndex, alts: readonly string[], from: number): Span | null {
  let best: Span | null = null;
  for (const found of spanLists(index, alts)) {
    for (const span of found) if (span[0] >= from && (best === null || span[0] < best[0] || (span[0] === best[0] && span[1] > best[1]))) best = span;
  }
  return best;
}

function spansOf(index: ClauseIndex, pattern: readonly string[][], maxGap: number): Span[] {
  if (pattern.length === 0) return [];
  const firsts = occurrences(index, pattern[0]!, 0);
  if (firsts.length === 0) return [];
  const { wordAt } = index.clause;
  const spans: Span[] = [];
  for (const [firstStart, firstEnd] of firsts) {
    let end = firstEnd;
    let ok = true;
    for (let k = 1; k < pattern.length; k++) {
      const lastWord = wordAt[end - 1]!;
      // the nearest occurrence is the one to take: a later one starts no nearer (wordAt only grows)
      const next = nearestOccurrence(index, pattern[k]!, end);
      if (!next || wordAt[next[0]]! - lastWord - 1 > maxGap) {
        ok = false;
        break;
      }
      end = next[1];
    }
    if (ok) spans.push([firstStart, end]);
  }
  return spans;
}

/**
 * Where the pattern occurs in the clause, elements in order, each within maxGap words of the
 * previous: one span per occurrence of the first element that starts a match.
 */
export function matchSpans(clause: Clause, pattern: readonly string[][], maxGap: number): Span[] {
  return spansOf({ clause, known: new Set(), maxLength: 0, at: new Map(), sets: new Map() }, pattern, maxGap);
}

/** Does the pattern occur in the clause, elements in order, each within maxGap words of the previous? */
export function matchesClause(clause: Clause, pattern: readonly string[][], maxGap: number): boolean {
  return matchSpans(clause, pattern, maxGap).length > 0;
}

function gapOf(rule: Rule, taxonomy: Taxonomy): number {
  return (rule.maxGap ?? taxonomy.maxGap) * (taxonomy.gapScale ?? 1);
}

/** Where the rule matches the clause (with its own gap, or the taxonomy's). */
export function ruleSpans(clause: Clause, rule: Rule, taxonomy: Taxonomy): Span[] {
  return matchSpans(clause, rule.elements, gapOf(rule, taxonomy));
}

/** Does the rule match the clause (with its own gap, or the taxonomy's)? */
export function ruleMatches(clause: Clause, rule: Rule, taxonomy: Taxonomy): boolean {
  return ruleSpans(clause, rule, taxonomy).length > 0;
}

/**
 * Is the span only a modifier of the head (依申请 in 依申请公开渠道知晓度不高)? It begins before
 * the head ends, no weakness word stands between its start and the head, and when it ends before
 * the head it ends at most maxGap words before it (one noun phrase).
 */
function claimedBy(index: ClauseIndex, span: Span, head: Span, taxonomy: Taxonomy): boolean {
  if (span[0] >= head[1]) return false;
  if (occurrences(index, taxonomy.weakWords, span[0]).some(([s, e]) => e <= head[0] && s >= span[0])) return false;
  if (span[1] > head[0]) return true;
  const gap = index.clause.wordAt[head[0]]! - index.clause.wordAt[span[1] - 1]! - 1;
  return gap <= taxonomy.maxGap * (taxonomy.gapScale ?? 1);
}

/**
 * Theme ids named in one clause. A theme's matches that the head of another theme named in the
 * clause takes over (see `claimedBy`) do not count.
 */
export function clauseThemes(clause: Clause, taxonomy: Taxonomy = TAXONOMY, part: ProblemPart = 'problem'): string[] {
  const matcher = matcherOf(taxonomy);
  const index = indexClause(clause, matcher);
  // The rules that can start here: those whose first element is a word of the clause.
  const starts = matcher.starts[part];
  const candidates: number[] = [];
  for (const word of index.at.keys()) {
    const numbers = starts.get(word);
    if (numbers) for (const n of numbers) candidates.push(n);
  }
  if (candidates.length === 0) return [];
  // In rule order, so themes come in taxonomy order as before; each rule once.
  candidates.sort((a, b) => a - b);
  const spans = new Map<string, Span[]>();
  const rules = matcher.rules[part];
  for (let i = 0; i < candidates.length; i++) {
    const n = candidates[i]!;
    if (i > 0 && n === candidates[i - 1]) continue;
    const { theme, rule } = rules[n]!;
    const found = spansOf(index, rule.elements, gapOf(rule, taxonomy));
    if (found.length === 0) continue;
    const own = spans.get(theme);
    if (own) own.push(...found);
    else spans.set(theme, found);
  }
  if (spans.size === 0) return [];
  const heads: Array<{ theme: string; span: Span }> = [];
  for (const t of taxonomy.themes) {
    if (t.heads.length > 0 && spans.has(t.id)) for (const span of occurrences(index, t.heads, 0)) heads.push({ theme: t.id, span });
  }
  if (heads.length === 0) return [...spans.keys()];
  return [...spans.entries()]
    .filter(([id, own]) => own.some((span) => !heads.some((h) => h.theme !== id && claimedBy(index, span, h.span, taxonomy))))
    .map(([id]) => id);
}

/** An item's clauses, each with the theme ids it names (`clauseThemes`). */
export interface ClauseThemes {
  clause: Clause;
  themes: string[];
}

/** Cut the words into clauses and read each clause's themes, once per item. */
export function themedClauses(words: readonly string[], taxonomy: Taxonomy = TAXONOMY, part: ProblemPart = 'problem'): ClauseThemes[] {
  return toClauses(words, taxonomy.vocabulary).map((clause) => ({ clause, themes: clauseThemes(clause, taxonomy, part) }));
}

/** Theme ids named by any of the clauses, in taxonomy order; [`other`] when none. */
export function themesOfClauses(clauses: readonly ClauseThemes[], taxonomy: Taxonomy = TAXONOMY): string[] {
  const named = new Set<string>();
  for (const c of clauses) for (const t of c.themes) named.add(t);
  const themes = taxonomy.themes.filter((theme) => named.has(theme.id)).map((theme) => theme.id);
  return themes.length > 0 ? themes : [OTHER_THEME];
}

/** For each theme, the words of the clauses that named it (what discovery ranks), in taxonomy order. */
export function clauseWordsByTheme(clauses: readonly ClauseThemes[], taxonomy: Taxonomy = TAXONOMY): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const theme of taxonomy.themes) {
    const hit = clauses.filter((c) => c.themes.includes(theme.id));
    if (hit.length > 0) out.set(theme.id, hit.flatMap((c) => c.clause.words));
  }
  return out;
}

/**
 * Theme ids of an item, in taxonomy order; [`other`] when none fits. A problem item is read with
 * the problem patterns; an improvement item also with action + topic ("加强平台建设").
 */
export function classifyWords(words: readonly string[], taxonomy: Taxonomy = TAXONOMY, part: ProblemPart = 'problem'): string[] {
  return themesOfClauses(themedClauses(words, taxonomy, part), taxonomy);
}

/** For each theme of an item, the words of the clauses that named it (what discovery ranks). */
export function themeClauseWords(words: readonly string[], taxonomy: Taxonomy = TAXONOMY): Map<string, string[]> {
  return clauseWordsByTheme(themedClauses(words, taxonomy), taxonomy);
}

/** For each theme named, the indexes of the clauses that named it, in taxonomy order. */
export function clauseIndexesByTheme(clauses: readonly ClauseThemes[], taxonomy: Taxonomy = TAXONOMY): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const theme of taxonomy.themes) {
    const hit: number[] = [];
    clauses.forEach((c, i) => {
      if (c.themes.includes(theme.id)) hit.push(i);
    });
    if (hit.length > 0) out[theme.id] = hit;
  }
  return out;
}

/** themeClauseWords from the clause indexes found when the item was classified (TAXONOMY's rules). */
export function themeClauseWordsOf(words: readonly string[], themeClauses: Readonly<Record<string, readonly number[]>>): Map<string, string[]> {
  const lists = clauseWordLists(words);
  return new Map(Object.entries(themeClauses).map(([theme, indexes]) => [theme, indexes.flatMap((i) => lists[i] ?? [])]));
}

/**
 * Words of a text when no segmenter is available (the segment stage still a placeholder):
 * one word per Han character, runs of letters/digits kept whole, punctuation as its own word.
 * Gaps then count characters, so callers double them (Taxonomy.gapScale).
 */
export function fallbackWords(text: string): string[] {
  return text.match(/[A-Za-z0-9.%]+|\S/gu) ?? [];
}
