import type { Finding, Report, Rule } from '../types.js';
import { rule as applyBalance } from './rules/apply-balance.js';
import { rule as applyRowSum } from './rules/apply-row-sum.js';
import { rule as applyOutcomeSum } from './rules/apply-outcome-sum.js';
import { rule as reviewSum } from './rules/review-sum.js';
import { rule as activeNegative } from './rules/active-negative.js';
import { rule as activePublishedExceedsTotal } from './rules/active-published-exceeds-total.js';
import { rule as cellsMissing } from './rules/cells-missing.js';
import { rule as sectionMissing } from './rules/section-missing.js';
import { rule as templateMismatch } from './rules/template-mismatch.js';
import { rule as proseTableMismatch } from './rules/prose-table-mismatch.js';
import { rule as prosePartsExceedTotal } from './rules/prose-parts-exceed-total.js';
import { rule as proseBlankNumber } from './rules/prose-blank-number.js';
import { rule as implausibleMagnitude } from './rules/implausible-magnitude.js';

/** Every per-report check, one file each under ./rules/. Adding a check: add its file and list it here.
 *  Cross-report checks (cross-year-*, text-reuse) run in the corpus stage: src/corpus/rules/. */
export const rules: readonly Rule[] = [
  // tables: the tables' own arithmetic and completeness
  applyBalance,
  applyRowSum,
  applyOutcomeSum,
  reviewSum,
  activeNegative,
  activePublishedExceedsTotal,
  cellsMissing,
  sectionMissing,
  templateMismatch,
  // prose: numbers stated in the text
  proseTableMismatch,
  prosePartsExceedTotal,
  proseBlankNumber,
  implausibleMagnitude,
];

/** Run every check over a report, in registry order. */
export function runChecks(report: Report): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) findings.push(...rule.check(report));
  return findings;
}
