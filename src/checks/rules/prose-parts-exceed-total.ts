/**
 * prose-parts-exceed-total: "共/总计 X …，其中 a、b、c …" where the listed parts add up to more
 * than the total (report-format.md §8 P-PARTS). Only parts in the total's unit are added.
 */
import type { Claim, Finding, Report, Rule } from '../../types.js';
import { compact, evidenceAround, proseSentences } from '../../claims/prose.js';
import { allMatches } from '../../regex.js';

/** Categories in such lists often overlap a little; a small excess is reported as info only. */
const WARN_EXCESS = 0.05;

interface PartsList {
  total: Claim;
  parts: Claim[];
}

/** A part that states a change, not a share of the total ("同比增加3件"). */
const CHANGE_WORDS = /同比|环比|增长|减少|下降|增加|提高|上升|回落|上涨|降低|较(?:上|去|前)一?年|比(?:上|去|前)一?年/;

/** The clause of a claim up to its end: from the last clause break before it. */
function clauseOf(text: string, c: Claim): string {
  let i = c.start;
  while (i > 0 && !/[，,；;。！？\n]/.test(text[i - 1]) && c.start - i < 40) i--;
  return text.slice(i, c.end);
}

/** Whether an offset sits inside a bracketed aside that opened after `from` ("自然人30件（其中上年结转2件）"). */
function insideAside(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    if (/[（(]/.test(text[i])) depth++;
    else if (/[）)]/.test(text[i]) && depth > 0) depth--;
  }
  return depth > 0;
}

/** Parts after 其中 that share out the total: same unit, no change, not inside an aside, and only
 *  the first breakdown when a second one follows ("自然人30件、法人5件，予以公开20件…" — once the
 *  parts reach the total exactly, what follows counts the total again by another criterion). */
function shares(text: string, total: Claim, candidates: readonly Claim[], from: number): Claim[] {
  const out: Claim[] = [];
  let sum = 0;
  let prevEnd = from;
  for (const c of candidates) {
    const words = text.slice(prevEnd, c.end);
    prevEnd = c.end;
    if (c.unit !== total.unit || insideAside(text, from, c.start) || CHANGE_WORDS.test(words)) continue;
    if (total.value > 0 && Math.abs(sum - total.value) < 1e-9 && out.length > 0) break;
    out.push(c);
    sum += c.value;
  }
  return out;
}

/** Lists opened by 其中: the total is the last claim before 其中 (in the sentence, or ending the
 *  previous one when 其中 opens the sentence); the parts are the claims after it, up to the next
 *  其中 or ；. Percentages are never added up. */
export function partsLists(report: Report): PartsList[] {
  const claims = report.claims.filter((c) => !c.zeroAssertion);
  const sentences = proseSentences(report);
  const out: PartsList[] = [];
  sentences.forEach((sen, si) => {
    // no 其 in the sentence, no 其中 once its whitespace is gone
    if (!report.text.slice(sen.start, sen.end).includes('其')) return;
    const { s, map } = compact(report.text, sen.start, sen.end);
    for (const m of allMatches(/其中/g, s)) {
      const at = map[m.index ?? 0];
      const ends = [s.indexOf('其中', (m.index ?? 0) + 2), s.indexOf('；', m.index ?? 0), s.indexOf(';', m.index ?? 0)].filter((x) => x !== -1);
      const until = ends.length === 0 ? sen.end : map[Math.min(...ends)];
      // the total: the last count before 其中 that is no percentage and no change ("同比下降10.3%")
      const before = claims.filter(
        (c) => c.end <= at && c.start >= sen.start && !/%|百分点/.test(c.unit) && !CHANGE_WORDS.test(clauseOf(report.text, c)),
      );
      let total: Claim | undefined = before[before.length - 1];
      if (!total && (m.index ?? 0) <= 2 && si > 0) {
        const prev = sentences[si - 1];
        const inPrev = claims.filter((c) => c.start >= prev.start && c.end <= prev.end);
        const last = inPrev[inPrev.length - 1];
        // the total must close the previous sentence ("…3200余条。其中，…")
        if (last && compact(report.text, last.end, prev.end).s.length <= 2) total = last;
      }
      if (!total || /%|百分点/.test(total.unit)) continue;
      const parts = shares(report.text, total, claims.filter((c) => c.start >= at && c.end <= until), at);
      if (parts.length >= 2) out.push({ total, parts });
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
