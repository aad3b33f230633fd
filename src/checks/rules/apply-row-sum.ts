/**
 * apply-row-sum: in every row of the applications table, 总计 = the six applicant columns
 * (自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他).
 */
import { APPLY_COLUMNS, APPLY_ROWS, applyKey } from '../../tables/labels.js';
import { indexCells, totalCheck, uncertainFinding } from '../../tables/cell-access.js';
import type { Finding, Report, Rule } from '../../types.js';

const PARTS = APPLY_COLUMNS.filter((c) => c !== 'total');

/** Each row's keys, made once (cell keys are looked up by the same strings everywhere: labels.ts). */
const ROWS = APPLY_ROWS.map((def) => ({ def, totalKey: applyKey(def.row, 'total'), partKeys: PARTS.map((c) => applyKey(def.row, c)) }));

export const rule: Rule = {
  id: 'apply-row-sum',
  meta: { severity: 'error', description: '总计 ≠ the sum of the six applicant columns in a row of the applications table.' },
  check(report: Report): Finding[] {
    const idx = indexCells(report);
    const out: Finding[] = [];
    const undecided: Array<{ what: string; blockers: string[] }> = [];
    for (const { def, totalKey, partKeys } of ROWS) {
      if (!idx.has(totalKey)) continue;
      const result = totalCheck(idx, rule.id, { undecided: def.row, message: def.labelZh }, partKeys, totalKey, '六类申请人之和');
      if (result && 'finding' in result) out.push(result.finding);
      else if (result) undecided.push(result.undecided);
    }
    if (undecided.length > 0) out.push(uncertainFinding(rule.id, idx, undecided, '总计 = sum of the six applicant columns, per row'));
    return out;
  },
};
