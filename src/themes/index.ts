// PLACEHOLDER until the themes stage lands.
import type { ProblemItem, Report } from '../types.js';
/** Split section 五 into problem / improvement items and classify them into themes. */
export function problemItems(report: Report): ProblemItem[] {
  void report;
  return [];
}
