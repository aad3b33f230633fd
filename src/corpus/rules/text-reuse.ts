/**
 * text-reuse: a prose section that mostly repeats the same body's report of the year before.
 * Measured from bottom-k sketches of character shingles (the texts are not kept): the share of
 * this year's shingles that also occur last year.
 */
import type { CorpusRule, Finding, SectionId } from '../../types.js';
import { containment, sketchJaccard, SHINGLE } from '../minhash.js';
import { yearPairs } from '../pairs.js';

/** Prose sections compared (the table sections repeat their labels every year by design). */
export const REUSE_SECTIONS: readonly SectionId[] = ['overview', 'problems', 'other'];
/** Flag when more than this share of a section repeats last year's. */
export const REUSE_THRESHOLD = 0.5;

export const rule: CorpusRule = {
  id: 'text-reuse',
  meta: { severity: 'info', description: 'more than half of a section repeats the same body\'s previous report' },
  check(reports) {
    const out: Array<{ reportId: string; finding: Finding }> = [];
    for (const { current, previous } of yearPairs(reports)) {
      for (const section of REUSE_SECTIONS) {
        const a = current.sectionSignatures[section];
        const b = previous.sectionSignatures[section];
        const nA = Math.max(1, (current.sectionChars[section] ?? 0) - SHINGLE + 1);
        const nB = Math.max(1, (previous.sectionChars[section] ?? 0) - SHINGLE + 1);
        if (!a || !b) continue;
        const share = containment(sketchJaccard(a, b), nA, nB);
        if (share <= REUSE_THRESHOLD) continue;
        const pct = Math.round(share * 100);
        out.push({
          reportId: current.reportId,
          finding: {
            rule: 'text-reuse',
            severity: 'info',
            status: 'fail',
            cells: [],
            expected: `≤ ${REUSE_THRESHOLD}`,
            observed: share.toFixed(2),
            message: `section ${section}: about ${pct}% repeats ${previous.reportId} (${previous.year})`,
            evidence: `share=${share.toFixed(2)} of section ${section} repeats ${previous.reportId} (${previous.year})`,
          },
        });
      }
    }
    return out;
  },
};
