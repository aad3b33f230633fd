/**
 * active-published-exceeds-total: F2019 第二十条第（一）项 — 本年新公开数量 cannot exceed 对外公开总数量,
 * since the total stock of public documents includes this year's (an inference: warning).
 */
import { indexCells, rowsEvidence, sumOf, uncertainFinding } from '../../tables/cell-access.js';
import type { Finding, Report, Rule } from '../../types.js';

const ROWS: Array<[string, string]> = [
  ['rules', '规章'],
  ['normative', '规范性文件'],
];

export const rule: Rule = {
  id: 'active-published-exceeds-total',
  meta: { severity: 'warning', description: 'F2019 (一): 本年新公开数量 > 对外公开总数量.' },
  check(report: Report): Finding[] {
    const idx = indexCells(report);
    const out: Finding[] = [];
    const undecided: Array<{ what: string; blockers: string[] }> = [];
    for (const [row, zh] of ROWS) {
      const pubKey = `a1.${row}.published`;
      const totalKey = `a1.${row}.totalPublic`;
      if (!idx.has(pubKey) || !idx.has(totalKey)) continue;
      const pub = sumOf(idx, [pubKey]);
      const total = sumOf(idx, [totalKey]);
      if (pub.value === null || total.value === null) {
        undecided.push({ what: zh, blockers: [...pub.blockers, ...total.blockers] });
        continue;
      }
      if (pub.value <= total.value) continue;
      out.push({
        rule: rule.id,
        severity: 'warning',
        status: 'fail',
        cells: [pubKey, totalKey],
        expected: `本年新公开数量 ≤ 对外公开总数量 (${total.value})`,
        observed: `本年新公开数量 = ${pub.value}`,
        message: `${zh}: 本年新公开数量 ${pub.value} > 对外公开总数量 ${total.value}`,
        evidence: rowsEvidence(idx, [pubKey]),
      });
    }
    if (undecided.length > 0) out.push(uncertainFinding(rule.id, idx, undecided, '本年新公开数量 ≤ 对外公开总数量'));
    return out;
  },
};
