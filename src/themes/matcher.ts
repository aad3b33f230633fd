/**
 * A taxonomy's rules indexed by the words they can start with, built once with the taxonomy, so
 * that a clause tries only the rules whose first element occurs in it (a few of ~160).
 */
import type { ProblemPart } from '../types.js';
import type { Rule, Taxonomy } from './taxonomy.js';

export interface RuleMatcher {
  /** The themes and weakness words it was built from (a taxonomy copy with other ones rebuilds). */
  themes: Taxonomy['themes'];
  weakWords: Taxonomy['weakWords'];
  /** Every word a rule, head or weakness word of the taxonomy names. */
  words: ReadonlySet<string>;
  /** Length of the longest of `words`. */
  maxLength: number;
  /**
   * Each alternatives list of the taxonomy (a rule element, a theme's heads, the weakness words)
   * as a set, when every alternative is one of `words`: a clause's few indexed words are then
   * looked up in it rather than each alternative in the clause.
   */
  sets: ReadonlyMap<readonly string[], ReadonlySet<string>>;
  /** Per part: every rule with its theme id, numbered in order (themes in order, then their rules). */
  rules: Readonly<Record<ProblemPart, ReadonlyArray<{ theme: string; rule: Rule }>>>;
  /** Per part: first-element word → numbers of the rules it can start (themes' rules numbered in order). */
  starts: Readonly<Record<ProblemPart, ReadonlyMap<string, readonly number[]>>>;
}

/** The rules of a theme for an item of this part. */
export function rulesOf(theme: Taxonomy['themes'][number], part: ProblemPart): Rule[] {
  return part === 'improvement' ? theme.improvementPatterns : theme.patterns;
}

function startIndex(themes: Taxonomy['themes'], part: ProblemPart): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  let n = 0;
  for (const theme of themes) {
    for (const rule of rulesOf(theme, part)) {
      for (const word of new Set(rule.elements[0] ?? [])) {
        const list = starts.get(word);
        if (list) list.push(n);
        else starts.set(word, [n]);
      }
      n++;
    }
  }
  return starts;
}

function numberedRules(themes: Taxonomy['themes'], part: ProblemPart): Array<{ theme: string; rule: Rule }> {
  return themes.flatMap((theme) => rulesOf(theme, part).map((rule) => ({ theme: theme.id, rule })));
}

export function buildMatcher(taxonomy: Pick<Taxonomy, 'themes' | 'weakWords'>): RuleMatcher {
  const words = new Set<string>([
    ...taxonomy.themes.flatMap((t) => [...t.patterns, ...t.improvementPatterns].flatMap((r) => r.elements.flat())),
    ...taxonomy.themes.flatMap((t) => t.heads),
    ...taxonomy.weakWords,
  ]);
  words.delete('');
  const sets = new Map<readonly string[], ReadonlySet<string>>();
  const lists = [
    ...taxonomy.themes.flatMap((t) => [...t.patterns, ...t.improvementPatterns].flatMap((r) => r.elements)),
    ...taxonomy.themes.map((t) => t.heads),
    taxonomy.weakWords,
  ];
  for (const alts of lists) if (alts.every((w) => words.has(w))) sets.set(alts, new Set(alts));
  return {
    themes: taxonomy.themes,
    weakWords: taxonomy.weakWords,
    words,
    maxLength: Math.max(0, ...[...words].map((w) => w.length)),
    sets,
    rules: { problem: numberedRules(taxonomy.themes, 'problem'), improvement: numberedRules(taxonomy.themes, 'improvement') },
    starts: { problem: startIndex(taxonomy.themes, 'problem'), improvement: startIndex(taxonomy.themes, 'improvement') },
  };
}

/** The taxonomy's own matcher, or one built for it when it was changed (a copy with other themes). */
export function matcherOf(taxonomy: Taxonomy): RuleMatcher {
  const m = taxonomy.matcher;
  return m && m.themes === taxonomy.themes && m.weakWords === taxonomy.weakWords ? m : buildMatcher(taxonomy);
}
