/**
 * apply-row-sum: in every row of the applications table, 总计 = the six applicant columns
 * (自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他).
 */
import { APPLY_COLUMNS, APPLY_ROWS } from '../../tables/labels.js';
import { indexCells, rowsEvidence, sumOf, uncertainFinding } from '../../tables/cell-access.js';
import type { Finding, Report, Rule } from '../../types.js';

const PARTS = APPLY_COLUMNS.filter((c) => c !== 'total');

export const rule: Rule = {
  id: 'apply-row-sum',
  meta: { severity: 'error', description: '总计 ≠ the sum of the six applicant columns in a row of the applications table.' },
  check(report: Report): Finding[] {
    const idx = indexCells(report);
    const out: Finding[] = [];
    const undecided: Array<{ what: string; blockers: string[] }> = [];
    for (const def of APPLY_ROWS) {
      const totalKey = `apply.${def.row}.total`;
      const partKeys = PARTS.map((c) => `apply.${def.row}.${c}`);
      if (!idx.has(totalKey)) continue;
      const parts = sumOf(idx, partKeys);
      const total = sumOf(idx, [totalKey]);
      if (parts.value === null || total.value === null) {
        undecided.push({ what: def.row, blockers: [...parts.blockers, ...total.blockers] });
        continue;
      }
      if (parts.value === total.value) continue;
      const values = partKeys.map((k) => idx.get(k)!.value!);
      out.push({
        rule: rule.id,
        severity: 'error',
        status: 'fail',
        cells: [...partKeys, totalKey],
        expected: `总计 = ${values.join(' + ')} = ${parts.value}`,
        observed: `总计 = ${total.value}`,
        message: `${def.labelZh}: 总计 ${total.value} ≠ 六类申请人之和 ${parts.value}`,
        evidence: rowsEvidence(idx, [totalKey]),
      });
    }
    if (undecided.length > 0) out.push(uncertainFinding(rule.id, idx, undecided, '总计 = sum of the six applicant columns, per row'));
    return out;
  },
};
