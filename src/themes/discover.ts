/**
 * Theme discovery over the problem items of a whole run (themes.csv).
 *
 * - Each theme's top terms: natural's TF-IDF with one document per theme (the words of its items),
 *   so a term ranks high where it is frequent in the theme and rare in the others.
 * - Unclassified items (`other`) are clustered (leader clustering, cosine over per-item TF-IDF
 *   vectors); every cluster of two or more items becomes a row `other:<top term>`, showing a
 *   researcher what the taxonomy misses.
 */
import { TfIdf } from 'natural/lib/natural/tfidf/index.js';
import type { ProblemItem, ThemeSummary } from '../types.js';
import { themeClauseWords, themeClauseWordsOf } from './classify.js';
import { OTHER_THEME, TAXONOMY, themeLabel, type Taxonomy } from './taxonomy.js';

/** A problem item and the report it comes from. */
export interface RunItem {
  reportId: string;
  /** Input order of the report (for deterministic choices). */
  order: number;
  item: ProblemItem;
}

export interface DiscoverOptions {
  /** Number of ok reports of the run (denominator of share_reports). */
  nReports: number;
  topTerms?: number;
  /** Cosine an item needs with a cluster's centroid to join it. */
  clusterThreshold?: number;
  /** At most this many `other` items are clustered (TF-IDF in natural is quadratic). */
  maxClusterItems?: number;
  taxonomy?: Taxonomy;
}

type Vector = Map<string, number>;

/** Words worth counting: no punctuation, digits, single characters or stop-words. */
export function contentTerms(words: readonly string[], stopwords: ReadonlySet<string>): string[] {
  return words.filter((w) => w.length >= 2 && !/[\d\p{P}\p{S}\s]/u.test(w) && !stopwords.has(w));
}

function norm(v: Vector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, x] of small) dot += x * (large.get(t) ?? 0);
  const n = norm(a) * norm(b);
  return n > 0 ? dot / n : 0;
}

/** Terms of a vector by weight, ties by term (deterministic). */
function topOf(v: Vector, n: number): string[] {
  return [...v.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
    .map(([t]) => t);
}

/** TF-IDF vectors of documents (lists of terms) with natural's TfIdf. */
function tfidfVectors(docs: readonly string[][]): Vector[] {
  const tfidf = new TfIdf();
  for (const d of docs) tfidf.addDocument(d.length > 0 ? [...d] : ['\u0000']);
  return docs.map((d, i) => {
    const v: Vector = new Map();
    if (d.length === 0) return v;
    for (const t of tfidf.listTerms(i)) if (t.term !== '\u0000') v.set(t.term, t.tfidf);
    return v;
  });
}

/** The item closest to a weight vector (score per theme count, so single-theme items are preferred). */
function exampleOf(items: readonly RunItem[], terms: readonly string[][], weights: Vector): string {
  let best = -1;
  let bestScore = -Infinity;
  items.forEach((it, i) => {
    const v: Vector = new Map(terms[i]!.map((t) => [t, 1]));
    const score = cosine(v, weights) / Math.max(1, it.item.themes.length);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best >= 0 ? items[best]!.item.text : '';
}

function summaryRow(
  theme: string,
  items: readonly RunItem[],
  terms: readonly string[][],
  weights: Vector,
  opts: Required<Pick<DiscoverOptions, 'nReports' | 'topTerms'>> & { taxonomy: Taxonomy },
): ThemeSummary {
  const reports = new Set(items.map((it) => it.reportId));
  return {
    theme,
    labelZh: themeLabel(theme, opts.taxonomy),
    nReports: reports.size,
    nItems: items.length,
    shareReports: opts.nReports > 0 ? reports.size / opts.nReports : 0,
    topTerms: topOf(weights, opts.topTerms),
    example: items.length > 0 ? exampleOf(items, terms, weights) : '',
  };
}

/** Leader clustering: each item joins the first cluster whose centroid is close enough. */
export function leaderClusters(vectors: readonly Vector[], threshold: number): number[][] {
  const clusters: Array<{ members: number[]; centroid: Vector }> = [];
  vectors.forEach((v, i) => {
    if (v.size === 0) return;
    const home = clusters.find((c) => cosine(c.centroid, v) >= threshold);
    if (!home) {
      clusters.push({ members: [i], centroid: new Map(v) });
      return;
    }
    home.members.push(i);
    for (const [t, x] of v) home.centroid.set(t, (home.centroid.get(t) ?? 0) + x);
  });
  return clusters.map((c) => c.members);
}

/** themes.csv rows: every taxonomy theme, `other`, then the discovered clusters of `other`. */
export function discoverThemes(runItems: readonly RunItem[], options: DiscoverOptions): ThemeSummary[] {
  const taxonomy = options.taxonomy ?? TAXONOMY;
  const opts = { nReports: options.nReports, topTerms: options.topTerms ?? 8, taxonomy };
  const items = runItems.filter((it) => it.item.part === 'problem');
  const terms = items.map((it) => contentTerms(it.item.words, taxonomy.stopwords));
  const themeIds = [...taxonomy.themes.map((t) => t.id), OTHER_THEME];

  // One TF-IDF document per theme: for each of its items, the clauses that named the theme
  // (a long item naming four problems would otherwise lend all its words to all four themes).
  const members = themeIds.map((id) => items.flatMap((it, i) => (it.item.themes.includes(id) ? [i] : [])));
  // the clauses each item's themes were read in: found when it was classified (with TAXONOMY)
  const clauseWords = items.map((it) =>
    it.item.themeClauses && taxonomy === TAXONOMY ? themeClauseWordsOf(it.item.words, it.item.themeClauses) : themeClauseWords(it.item.words, taxonomy),
  );
  const themeVectors = tfidfVectors(
    members.map((idx, k) =>
      idx.flatMap((i) => {
        const own = clauseWords[i]!.get(themeIds[k]!);
        return own ? contentTerms(own, taxonomy.stopwords) : terms[i]!;
      }),
    ),
  );
  const rows = themeIds.map((id, k) =>
    summaryRow(id, members[k]!.map((i) => items[i]!), members[k]!.map((i) => terms[i]!), themeVectors[k]!, opts),
  );

  // Clusters of unclassified items.
  const others = members[themeIds.length - 1]!.slice(0, options.maxClusterItems ?? 3000);
  const otherVectors = tfidfVectors(others.map((i) => terms[i]!));
  const clusterRows: ThemeSummary[] = [];
  const used = new Set<string>();
  for (const cluster of leaderClusters(otherVectors, options.clusterThreshold ?? 0.25)) {
    if (cluster.length < 2) continue;
    const centroid: Vector = new Map();
    for (const m of cluster) for (const [t, x] of otherVectors[m]!) centroid.set(t, (centroid.get(t) ?? 0) + x);
    const top = topOf(centroid, opts.topTerms);
    const name = top.find((t) => !used.has(t)) ?? `${top[0] ?? 'cluster'}${clusterRows.length + 1}`;
    used.add(name);
    const idx = cluster.map((m) => others[m]!);
    clusterRows.push(summaryRow(`${OTHER_THEME}:${name}`, idx.map((i) => items[i]!), idx.map((i) => terms[i]!), centroid, opts));
  }
  clusterRows.sort((a, b) => b.nItems - a.nItems || (a.theme < b.theme ? -1 : 1));
  return [...rows, ...clusterRows];
}
