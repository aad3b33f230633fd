import type { Finding, Report, Rule } from '../types.js';

/** Every per-report check, one file each under ./rules/. Adding a check: add its file and list it here. */
export const rules: readonly Rule[] = [];

/** Run every check over a report, in registry order. */
export function runChecks(report: Report): Finding[] {
  return rules.flatMap((rule) => rule.check(report));
}
