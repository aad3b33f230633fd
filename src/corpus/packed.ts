/**
 * The per-report summary as it travels from a worker to the main thread and waits there for the
 * corpus stage: each problem item's word list (and theme list) joined into one string. On 10,000
 * reports the word lists (~28 words an item, each its own small string after a structured clone)
 * were half of the summaries' memory; a joined string is a tenth of that. `unpackSummaries`
 * restores them, sharing one string per distinct word.
 */
import type { ProblemItem, ReportSummary } from '../types.js';

/** Joins the words of an item: never part of a word (normalized report text has no controls). */
const SEP = '\u0000';

export interface PackedProblemItem extends Omit<ProblemItem, 'words' | 'themes'> {
  words: string;
  themes: string;
}

export interface PackedSummary extends Omit<ReportSummary, 'problems'> {
  problems: PackedProblemItem[];
}

const join = (list: readonly string[]): string => list.join(SEP);

export function packSummary(summary: ReportSummary): PackedSummary {
  return {
    ...summary,
    problems: summary.problems.map((p) => ({ ...p, words: join(p.words), themes: join(p.themes) })),
  };
}

/** The summaries as the corpus stage reads them; equal words share one string. */
export function unpackSummaries(packed: readonly PackedSummary[]): ReportSummary[] {
  const seen = new Map<string, string>();
  const split = (joined: string): string[] => {
    if (joined === '') return [];
    return joined.split(SEP).map((w) => {
      const known = seen.get(w);
      if (known !== undefined) return known;
      seen.set(w, w);
      return w;
    });
  };
  return packed.map((s) => ({
    ...s,
    problems: s.problems.map((p) => ({ ...p, words: split(p.words), themes: split(p.themes) })),
  }));
}
