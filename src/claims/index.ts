// PLACEHOLDER until the claims stage lands.
import type { Claim, Report } from '../types.js';
/** Every number the prose states, as claims, each linked to the table cell it speaks of. */
export function extractClaims(report: Report): Claim[] {
  void report;
  return [];
}
