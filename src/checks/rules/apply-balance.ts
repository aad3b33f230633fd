/**
 * apply-balance: the applications table's own 勾稽关系, printed in its header —
 * "第一项加第二项之和，等于第三项加第四项之和", per column: 一 + 二 = (七)总计 + 四.
 */
import { APPLY_COLUMN_ZH, APPLY_COLUMNS, applyKey } from '../../tables/labels.js';
import { indexCells, rowsEvidence, sumOf, uncertainFinding } from '../../tables/cell-access.js';
import type { Finding, Report, Rule } from '../../types.js';

/** Each column's keys, made once (cell keys are looked up by the same strings everywhere: labels.ts). */
const COLUMNS = APPLY_COLUMNS.map((col) => ({
  col,
  inKeys: [applyKey('newReceived', col), applyKey('carriedOver', col)],
  outKeys: [applyKey('totalProcessed', col), applyKey('carriedForward', col)],
}));

export const rule: Rule = {
  id: 'apply-balance',
  meta: { severity: 'error', description: '一 + 二 ≠ (七)总计 + 四 in a column of the applications table (the table’s own 勾稽关系).' },
  check(report: Report): Finding[] {
    const idx = indexCells(report);
    const out: Finding[] = [];
    const undecided: Array<{ what: string; blockers: string[] }> = [];
    for (const { col, inKeys, outKeys } of COLUMNS) {
      const all = [...inKeys, ...outKeys];
      if (!all.some((k) => idx.has(k))) continue;
      const lhs = sumOf(idx, inKeys);
      const rhs = sumOf(idx, outKeys);
      if (lhs.value === null || rhs.value === null) {
        undecided.push({ what: `${APPLY_COLUMN_ZH[col]} (${col})`, blockers: [...lhs.blockers, ...rhs.blockers] });
        continue;
      }
      if (lhs.value === rhs.value) continue;
      const [nr, co, tp, cf] = all.map((k) => idx.get(k)!.value!);
      out.push({
        rule: rule.id,
        severity: 'error',
        status: 'fail',
        cells: all,
        expected: `(七)总计 + 四 = 一 + 二 = ${nr} + ${co} = ${lhs.value}`,
        observed: `(七)总计 + 四 = ${tp} + ${cf} = ${rhs.value}`,
        message: `${APPLY_COLUMN_ZH[col]}列: 一、本年新收 + 二、上年结转 (${lhs.value}) ≠ (七)总计 + 四、结转下年度 (${rhs.value})`,
        evidence: rowsEvidence(idx, all),
      });
    }
    if (undecided.length > 0) out.push(uncertainFinding(rule.id, idx, undecided, '一 + 二 = (七)总计 + 四 per column'));
    return out;
  },
};
