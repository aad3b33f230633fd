/**
 * active-negative: in the 主动公开 table a count cannot be below zero; in F2019 (五)(六)(八) the
 * current number of items, 上一年项目数量 + 本年增/减, cannot be either (本年增/减 itself may be negative).
 */
import { ACTIVE_ROWS } from '../../tables/labels.js';
import { indexCells, rowsEvidence, sumOf, uncertainFinding } from '../../tables/cell-access.js';
import type { Finding, Report, Rule } from '../../types.js';

export const rule: Rule = {
  id: 'active-negative',
  meta: { severity: 'error', description: 'F2019: 上一年项目数量 + 本年增/减 < 0, or a count of the 主动公开 table below zero.' },
  check(report: Report): Finding[] {
    const idx = indexCells(report);
    const out: Finding[] = [];
    const undecided: Array<{ what: string; blockers: string[] }> = [];
    for (const def of ACTIVE_ROWS) {
      const prefix = `${def.item}.${def.row}.`;
      const rowCells = report.cells.filter((c) => c.key.startsWith(prefix));
      if (rowCells.length === 0) continue;
      const problems: string[] = [];
      const keys: string[] = [];
      for (const c of rowCells) {
        if (c.key.endsWith('.delta') || c.status !== 'ok' || c.value === null || c.value >= 0) continue;
        problems.push(`${c.labelZh} = ${c.value}`);
        keys.push(c.key);
      }
      const prevKey = `${prefix}prevItems`;
      const deltaKey = `${prefix}delta`;
      if (idx.has(prevKey) && idx.has(deltaKey)) {
        const now = sumOf(idx, [prevKey, deltaKey]);
        if (now.value === null) undecided.push({ what: `${def.labelZh} 上一年项目数量 + 本年增/减`, blockers: now.blockers });
        else if (now.value < 0) {
          problems.push(`上一年项目数量 ${idx.get(prevKey)!.value} + 本年增/减 ${idx.get(deltaKey)!.value} = ${now.value}`);
          keys.push(prevKey, deltaKey);
        }
      }
      if (problems.length === 0) continue;
      const cells = [...new Set(keys)];
      out.push({
        rule: rule.id,
        severity: 'error',
        status: 'fail',
        cells,
        expected: 'counts ≥ 0 (上一年项目数量 + 本年增/减 ≥ 0)',
        observed: problems.join('; '),
        message: `${def.labelZh}: ${problems.join('; ')} — a number of items or decisions cannot be negative`,
        evidence: rowsEvidence(idx, cells),
      });
    }
    if (undecided.length > 0) out.push(uncertainFinding(rule.id, idx, undecided, '上一年项目数量 + 本年增/减 ≥ 0'));
    return out;
  },
};
