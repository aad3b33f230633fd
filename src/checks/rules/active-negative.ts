/**
 * active-negative: in the 主动公开 table a count cannot be below zero; in F2019 (五)(六)(八) the
 * current number of items, 上一年项目数量 + 本年增/减, cannot be either (本年增/减 itself may be negative).
 */
import { ACTIVE_ROWS } from '../../tables/labels.js';
import { indexCells, rowsEvidence, sumOf, uncertainFinding } from '../../tables/cell-access.js';
import type { Cell, Finding, Report, Rule } from '../../types.js';

/** Each 主动公开 row's key prefix ("item.row."), in ACTIVE_ROWS order. */
const ROW_PREFIXES = ACTIVE_ROWS.map((def) => `${def.item}.${def.row}.`);
const PREFIX_SET = new Set(ROW_PREFIXES);

/** The cells whose key starts with each row prefix, in cells order: one pass over the cells
 *  instead of one per row. */
function cellsByRowPrefix(cells: readonly Cell[]): Map<string, Cell[]> {
  const out = new Map<string, Cell[]>();
  for (const c of cells) {
    for (let dot = c.key.indexOf('.'); dot >= 0; dot = c.key.indexOf('.', dot + 1)) {
      const prefix = c.key.slice(0, dot + 1);
      if (!PREFIX_SET.has(prefix)) continue;
      const list = out.get(prefix);
      if (list) list.push(c);
      else out.set(prefix, [c]);
    }
  }
  return out;
}

export const rule: Rule = {
  id: 'active-negative',
  meta: { severity: 'error', description: 'F2019: 上一年项目数量 + 本年增/减 < 0, or a count of the 主动公开 table below zero.' },
  check(report: Report): Finding[] {
    const idx = indexCells(report);
    const out: Finding[] = [];
    const undecided: Array<{ what: string; blockers: string[] }> = [];
    const byRow = cellsByRowPrefix(report.cells);
    ACTIVE_ROWS.forEach((def, d) => {
      const prefix = ROW_PREFIXES[d]!;
      const rowCells = byRow.get(prefix);
      if (!rowCells) return;
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
      if (problems.length === 0) return;
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
    });
    if (undecided.length > 0) out.push(uncertainFinding(rule.id, idx, undecided, '上一年项目数量 + 本年增/减 ≥ 0'));
    return out;
  },
};
