/**
 * apply-outcome-sum: per column, (七)总计 = the outcome rows (一)–(六): 予以公开 + 部分公开 + the eight
 * 不予公开 + the three 无法提供 + the five 不予处理 + 其他处理 (F2019: one row; F2021: its three sub-rows).
 */
import { APPLY_COLUMN_ZH, APPLY_COLUMNS, APPLY_ROWS, applyKey, F2021_OTHER_ROWS, type ApplyColumn } from '../../tables/labels.js';
import { indexCells, rowsEvidence, sumOf, uncertainFinding, type CellIndex } from '../../tables/cell-access.js';
import type { Finding, Report, Rule } from '../../types.js';

/** Outcome rows (一)–(五), without 其他处理. */
const MAIN_OUTCOMES = APPLY_ROWS.filter((d) => d.outcome && !d.row.startsWith('other')).map((d) => d.row);

interface ColumnKeys {
  col: ApplyColumn;
  totalKey: string;
  mainKeys: string[];
  /** (六)其他处理 as one row (F2019). */
  leafKey: string;
  /** Its three sub-rows (F2021). */
  subKeys: string[];
}

/** Each column's keys, made once (cell keys are looked up by the same strings everywhere: labels.ts). */
const COLUMNS: readonly ColumnKeys[] = APPLY_COLUMNS.map((col) => ({
  col,
  totalKey: applyKey('totalProcessed', col),
  mainKeys: MAIN_OUTCOMES.map((r) => applyKey(r, col)),
  leafKey: applyKey('other', col),
  subKeys: F2021_OTHER_ROWS.map((r) => applyKey(r, col)),
}));

/** The 其他处理 keys of a column: the single row where the table has it read, else the sub-rows. */
function otherKeys(idx: CellIndex, { leafKey, subKeys }: ColumnKeys): string[] {
  const leaf = idx.get(leafKey);
  if (leaf && (leaf.status === 'ok' || !subKeys.every((k) => idx.get(k)?.status === 'ok'))) return [leafKey];
  return subKeys;
}

export const rule: Rule = {
  id: 'apply-outcome-sum',
  meta: { severity: 'error', description: '(七)总计 ≠ the sum of the outcome rows (一)–(六) in a column of the applications table.' },
  check(report: Report): Finding[] {
    const idx = indexCells(report);
    const out: Finding[] = [];
    const undecided: Array<{ what: string; blockers: string[] }> = [];
    for (const column of COLUMNS) {
      const { col, totalKey } = column;
      if (!idx.has(totalKey)) continue;
      const partKeys = [...column.mainKeys, ...otherKeys(idx, column)];
      const parts = sumOf(idx, partKeys);
      const total = sumOf(idx, [totalKey]);
      if (parts.value === null || total.value === null) {
        undecided.push({ what: `${APPLY_COLUMN_ZH[col]} (${col})`, blockers: [...parts.blockers, ...total.blockers] });
        continue;
      }
      if (parts.value === total.value) continue;
      const nonZero = partKeys.filter((k) => idx.get(k)!.value !== 0);
      out.push({
        rule: rule.id,
        severity: 'error',
        status: 'fail',
        cells: [totalKey, ...partKeys],
        expected: `(七)总计 = (一)…(六) = ${parts.value}`,
        observed: `(七)总计 = ${total.value}`,
        message: `${APPLY_COLUMN_ZH[col]}列: (七)总计 ${total.value} ≠ 办理结果各项之和 ${parts.value}`,
        evidence: rowsEvidence(idx, [totalKey, ...nonZero]),
      });
    }
    if (undecided.length > 0) out.push(uncertainFinding(rule.id, idx, undecided, '(七)总计 = sum of outcome rows (一)–(六), per column'));
    return out;
  },
};
