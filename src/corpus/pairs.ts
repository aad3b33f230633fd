/** Reports of one body in consecutive years, for the cross-year rules. */
import type { ReportSummary } from '../types.js';

export interface YearPair {
  current: ReportSummary;
  previous: ReportSummary;
}

/**
 * Each ok report with a known body and year, paired with the same body's report on the year
 * before. Where a body has several reports on one year (duplicates), the first input stands for it.
 * Pairs come in input order of the current report.
 */
export function yearPairs(summaries: readonly ReportSummary[]): YearPair[] {
  const byKeyYear = new Map<string, ReportSummary>();
  const usable = summaries
    .filter((s) => s.status === 'ok' && s.organKey !== '' && s.year !== null)
    .sort((a, b) => a.order - b.order);
  for (const s of usable) {
    const k = `${s.organKey}\u0000${s.year}`;
    if (!byKeyYear.has(k)) byKeyYear.set(k, s);
  }
  const pairs: YearPair[] = [];
  for (const current of usable) {
    const previous = byKeyYear.get(`${current.organKey}\u0000${current.year! - 1}`);
    if (previous && previous.reportId !== current.reportId) pairs.push({ current, previous });
  }
  return pairs;
}

/** A cell's value when it was read (status ok), else null. */
export function known(s: ReportSummary, key: string): number | null {
  const c = s.cells[key];
  return c && c.status === 'ok' && c.value !== null ? c.value : null;
}
