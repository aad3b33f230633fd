/**
 * review-sum: in the 复议/诉讼 table, each 总计 (行政复议, 未经复议直接起诉, 复议后起诉) =
 * 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
 */
import { REVIEW_GROUP_ZH, REVIEW_GROUPS } from '../../tables/labels.js';
import { indexCells, totalCheck, uncertainFinding } from '../../tables/cell-access.js';
import type { Finding, Report, Rule } from '../../types.js';

/** Each group's keys, made once (the review table's keys are constants of labels.ts too). */
const GROUPS = REVIEW_GROUPS.map((g) => ({
  g,
  totalKey: `review.${g}.total`,
  partKeys: ['maintain', 'correct', 'other', 'pending'].map((c) => `review.${g}.${c}`),
}));

export const rule: Rule = {
  id: 'review-sum',
  meta: { severity: 'error', description: 'A 总计 of 行政复议 or of either 行政诉讼 group ≠ 维持 + 纠正 + 其他 + 尚未审结.' },
  check(report: Report): Finding[] {
    const idx = indexCells(report);
    const out: Finding[] = [];
    const undecided: Array<{ what: string; blockers: string[] }> = [];
    for (const { g, totalKey, partKeys } of GROUPS) {
      if (!idx.has(totalKey)) continue;
      const zh = REVIEW_GROUP_ZH[g];
      const result = totalCheck(idx, rule.id, { undecided: zh, message: zh }, partKeys, totalKey, '维持+纠正+其他+尚未审结');
      if (result && 'finding' in result) out.push(result.finding);
      else if (result) undecided.push(result.undecided);
    }
    if (undecided.length > 0) out.push(uncertainFinding(rule.id, idx, undecided, '总计 = 维持 + 纠正 + 其他 + 尚未审结, per group'));
    return out;
  },
};
