/**
 * prose-parts-exceed-total: "共/总计 X …，其中 a、b、c …" where the listed parts add up to more
 * than the total (report-format.md §8 P-PARTS). Only parts in the total's unit are added.
 */
import type { Claim, Finding, Report, Rule } from '../../types.js';
import { compact, evidenceAround, proseSentences } from '../../claims/prose.js';

/** Categories in such lists often overlap a little; a small excess is reported as info only. */
const WARN_EXCESS = 0.05;

interface PartsList {
  total: Claim;
  parts: Claim[];
}

/** Lists opened by 其中: the total is the last claim before 其中 (in the sentence, or ending the
 *  previous one when 其中 opens the sentence); the parts are the claims after it in the sentence. */
export function partsLists(report: Report): PartsList[] {
  const claims = report.claims.filter((c) => !c.zeroAssertion);
  const sentences = proseSentences(report);
  const out: PartsList[] = [];
  sentences.forEach((sen, si) => {
    const { s, map } = compact(report.text, sen.start, sen.end);
    for (const m of s.matchAll(/其中/g)) {
      const at = map[m.index ?? 0];
      const nextMarker = s.indexOf('其中', (m.index ?? 0) + 2);
      const until = nextMarker === -1 ? sen.end : map[nextMarker];
      const before = claims.filter((c) => c.end <= at && c.start >= sen.start);
      let total: Claim | undefined = before[before.length - 1];
      if (!total && (m.index ?? 0) <= 2 && si > 0) {
        const prev = sentences[si - 1];
        const inPrev = claims.filter((c) => c.start >= prev.start && c.end <= prev.end);
        const last = inPrev[inPrev.length - 1];
        // the total must close the previous sentence ("…3200余条。其中，…")
        if (last && compact(report.text, last.end, prev.end).s.length <= 2) total = last;
      }
      if (!total) continue;
      const t = total;
      const parts = claims.filter((c) => c.start >= at && c.end <= until && c.unit === t.unit);
      if (parts.length >= 2) out.push({ total: t, parts });
    }
  });
  return out;
}

export const rule: Rule = {
  id: 'prose-parts-exceed-total',
  meta: { severity: 'warning', description: '"共 X …，其中 a、b、c…" where the listed parts add up to more than X.' },
  check(report: Report): Finding[] {
    const out: Finding[] = [];
    for (const { total, parts } of partsLists(report)) {
      const sum = Math.round(parts.reduce((s, p) => s + p.value, 0) * 100) / 100;
      // "3200余条" allows a little more than 3200
      const ceiling = total.approx ? total.value * 1.1 : total.value;
      if (sum <= ceiling) continue;
      const excess = (sum - total.value) / Math.max(total.value, 1);
      const anyApprox = parts.some((p) => p.approx);
      const severe = excess > WARN_EXCESS;
      out.push({
        rule: rule.id,
        severity: severe ? 'warning' : 'info',
        status: 'fail',
        cells: total.cellKeys,
        expected: `≤ ${total.value}${total.unit}`,
        observed: `${sum}${total.unit}`,
        message:
          `the ${parts.length} parts listed after 其中 add up to ${sum}${total.unit}${anyApprox ? ' (some approximate)' : ''}, ` +
          `more than the stated total ${total.approx ? '约' : ''}${total.value}${total.unit}` +
          (severe ? '' : ' by a small margin (the categories may overlap)'),
        evidence: evidenceAround(report.text, total.start, Math.min(parts[parts.length - 1].end, total.end + 60), 200),
      });
    }
    return out;
  },
};
