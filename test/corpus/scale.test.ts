/**
 * The corpus stage on 10,000 summaries made of copies of the real reports: identical copies are
 * the worst case for near-duplicate grouping (every copy of an item lands in the same buckets).
 * The work is counted, not timed: comparisons must grow with the number of items, not its square.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BANDS, MAX_REPS, findBoilerplate } from '../../src/corpus/boilerplate.js';
import { runCorpus, summarize } from '../../src/corpus/index.js';
import { packSummary, unpackSummaries } from '../../src/corpus/packed.js';
import { yearPairs } from '../../src/corpus/pairs.js';
import { analyze, makeSource } from '../../src/pipeline.js';
import type { ReportSummary } from '../../src/types.js';

const corpora = fileURLToPath(new URL('../../corpora/', import.meta.url));
const samples = ['seeds', 'real'].flatMap((d) =>
  readdirSync(join(corpora, d))
    .sort()
    .map((f) => join(corpora, d, f)),
);
const base: ReportSummary[] = [];
for (const [i, path] of samples.entries()) {
  const bytes = new Uint8Array(readFileSync(path));
  const report = await analyze(makeSource(path, `r${i}`, bytes), bytes);
  base.push(summarize(report, i));
}
const N = 10_000;

/** N copies of the samples; `bodyOf(i)` says which body copy i belongs to, `yearOf(i)` its year. */
function copies(bodyOf: (i: number) => string | null, yearOf: (i: number, s: ReportSummary) => number | null): ReportSummary[] {
  return unpackSummaries(
    Array.from({ length: N }, (_, i) => {
      const s = base[i % base.length]!;
      const body = bodyOf(i);
      return packSummary({ ...s, reportId: `copy${i}`, order: i, ...(body ? { organ: body, organKey: body } : {}), year: yearOf(i, s) });
    }),
  );
}

describe('corpus stage on 10,000 copies of the same reports', () => {
  it('has problem items to group (the test would prove nothing otherwise)', () => {
    expect(base.filter((s) => s.status === 'ok').length).toBeGreaterThanOrEqual(8);
    expect(base.flatMap((s) => s.problems.filter((p) => p.part === 'problem')).length).toBeGreaterThan(20);
  });

  it('groups identical items of different bodies with a bounded number of comparisons', () => {
    const summaries = copies((i) => `第${i}县人民政府`, (_, s) => s.year);
    const stats = { items: 0, comparisons: 0 };
    const groups = findBoilerplate(summaries, { stats });
    expect(stats.items).toBeGreaterThan(N);
    // each item is compared with at most MAX_REPS representatives in each of its BANDS buckets
    expect(stats.comparisons).toBeLessThanOrEqual(stats.items * BANDS * MAX_REPS);
    // a copy matches the representative holding the same text without computing a similarity:
    // only the distinct texts of the samples are ever compared
    expect(stats.comparisons).toBeLessThan(stats.items / 10);
    // every copy of an item is in one group, listed once per report
    const top = groups[0]!;
    const perSample = N / base.length;
    expect(top.nReports).toBeGreaterThanOrEqual(Math.floor(perSample));
    expect(new Set(top.reportIds).size).toBe(top.reportIds.length);
    expect(top.nOrgans).toBe(top.nReports);
  });

  it('pairs each report with at most one previous year, so text reuse stays linear', () => {
    // copy i and copy i + len(samples) are the same report of one body on consecutive years
    const n = base.length;
    const summaries = copies(
      (i) => `第${i % n}-${Math.floor(i / (2 * n))}县人民政府`,
      (i) => 2021 + (Math.floor(i / n) % 2),
    );
    const pairs = yearPairs(summaries);
    expect(pairs.length).toBeLessThanOrEqual(N / 2);
    expect(pairs.every((p) => p.current.order - p.previous.order === n)).toBe(true);
    const result = runCorpus(summaries);
    const reuse = result.findings.filter((f) => f.finding.rule === 'text-reuse');
    // a report that repeats its own previous year entirely: every compared section is flagged
    const expected = pairs.reduce((sum, p) => sum + Object.keys(p.current.sectionSignatures).length, 0);
    expect(expected).toBeGreaterThan(N / 4);
    expect(reuse).toHaveLength(expected);
    expect(reuse.every((f) => f.finding.observed === '1.00')).toBe(true);
    expect(result.themes.every((t) => t.nReports <= N)).toBe(true);
  });
});
