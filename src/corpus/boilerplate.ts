/**
 * Boilerplate: problem items that recur nearly verbatim in the reports of DIFFERENT bodies
 * (copied from a template or a higher level's report). Near-duplicates are found with MinHash
 * locality-sensitive hashing over character bigrams, then confirmed by exact Jaccard similarity,
 * so the work grows with the number of items, not with its square.
 */
import type { BoilerplateItem, ReportSummary } from '../types.js';
import { comparableText, minhash, shingles } from './minhash.js';

export interface BoilerplateOptions {
  /** Jaccard similarity of character bigrams above which two items are the same text. */
  threshold?: number;
  /** Items shorter than this (comparable characters) are too generic to count. */
  minChars?: number;
}

const BANDS = 8;
const ROWS = 4;
/** Representatives kept per LSH bucket (bounds the comparisons in a bucket of one huge cluster). */
const MAX_REPS = 16;

interface Entry {
  reportId: string;
  order: number;
  body: string;
  text: string;
  grams: Set<string>;
}

function exactJaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union > 0 ? inter / union : 0;
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) {
    parent[i] = parent[parent[i]!]!;
    i = parent[i]!;
  }
  return i;
}

export function findBoilerplate(summaries: readonly ReportSummary[], options: BoilerplateOptions = {}): BoilerplateItem[] {
  const threshold = options.threshold ?? 0.7;
  const minChars = options.minChars ?? 8;
  const entries: Entry[] = [];
  for (const s of [...summaries].sort((a, b) => a.order - b.order)) {
    if (s.status !== 'ok') continue;
    for (const item of s.problems) {
      if (item.part !== 'problem') continue;
      const comparable = comparableText(item.text);
      if (comparable.length < minChars) continue;
      entries.push({
        reportId: s.reportId,
        order: s.order,
        body: s.organKey || `#${s.reportId}`,
        text: item.text,
        grams: shingles(comparable, 2),
      });
    }
  }
  const parent = entries.map((_, i) => i);
  const buckets = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const sig = minhash(e.grams, BANDS * ROWS);
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${sig.slice(b * ROWS, (b + 1) * ROWS).join(',')}`;
      const reps = buckets.get(key) ?? [];
      const match = reps.find((r) => exactJaccard(entries[r]!.grams, e.grams) >= threshold);
      if (match !== undefined) {
        parent[find(parent, i)] = find(parent, match);
      } else if (reps.length < MAX_REPS) {
        reps.push(i);
        buckets.set(key, reps);
      }
    }
  });
  const groups = new Map<number, number[]>();
  entries.forEach((_, i) => {
    const root = find(parent, i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  const out: Array<BoilerplateItem & { first: number }> = [];
  for (const members of groups.values()) {
    const bodies = new Set(members.map((m) => entries[m]!.body));
    if (bodies.size < 2) continue;
    const reportIds = [...new Set(members.map((m) => entries[m]!.reportId))];
    out.push({ text: entries[members[0]!]!.text, nReports: reportIds.length, nOrgans: bodies.size, reportIds, first: members[0]! });
  }
  return out
    .sort((a, b) => b.nReports - a.nReports || a.first - b.first)
    .map(({ first: _first, ...item }) => item);
}
