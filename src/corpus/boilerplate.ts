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
  /** Filled in with the work done (for tests of how it scales): items kept, and similarities
   *  computed between two different texts. */
  stats?: { items: number; comparisons: number };
}

export const BANDS = 8;
const ROWS = 4;
/** Representatives kept per LSH bucket (bounds the comparisons in a bucket of one huge cluster). */
export const MAX_REPS = 16;

interface Entry {
  reportId: string;
  order: number;
  body: string;
  text: string;
  /** The item as compared, its bigrams and their LSH signature: shared by equal items. */
  shape: Shape;
}

interface Shape {
  comparable: string;
  grams: Set<string>;
  signature: number[];
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
  // Items copied verbatim (the common case at scale) are shingled and hashed once.
  const shapes = new Map<string, Shape>();
  const shapeOf = (comparable: string): Shape => {
    let shape = shapes.get(comparable);
    if (!shape) {
      const grams = shingles(comparable, 2);
      shape = { comparable, grams, signature: minhash(grams, BANDS * ROWS) };
      shapes.set(comparable, shape);
    }
    return shape;
  };
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
        shape: shapeOf(comparable),
      });
    }
  }
  if (options.stats) options.stats.items = entries.length;
  const parent = entries.map((_, i) => i);
  const buckets = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const sig = e.shape.signature;
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${sig.slice(b * ROWS, (b + 1) * ROWS).join(',')}`;
      const reps = buckets.get(key) ?? [];
      const match = reps.find((r) => {
        const other = entries[r]!.shape;
        if (other === e.shape) return other.grams.size > 0; // the same text: Jaccard 1
        if (options.stats) options.stats.comparisons++;
        return exactJaccard(other.grams, e.shape.grams) >= threshold;
      });
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
    const members = groups.get(root);
    // push, not a copy per member: one group can hold every copy of a widely shared item
    if (members) members.push(i);
    else groups.set(root, [i]);
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
