/**
 * cells-missing: cells the layout requires that the source leaves blank ("", -, /, —) or lacks (a
 * column or row cut off). One finding per table, listing the keys. Uncertain cells (read but not
 * placeable) are not missing.
 */
import { indexCells, rowsEvidence } from '../../tables/cell-access.js';
import type { Finding, Report, Rule, TableId } from '../../types.js';

const TABLE_ZH: Record<TableId, string> = {
  active: '主动公开政府信息情况表',
  applications: '收到和处理政府信息公开申请情况表',
  review: '行政复议、行政诉讼情况表',
};

export const rule: Rule = {
  id: 'cells-missing',
  meta: { severity: 'warning', description: 'Table cells blank or absent where the layout requires a value.' },
  check(report: Report): Finding[] {
    const idx = indexCells(report);
    const out: Finding[] = [];
    for (const table of ['active', 'applications', 'review'] as const) {
      const tableCells = report.cells.filter((c) => c.table === table);
      const missing = tableCells.filter((c) => c.status === 'blank' || c.status === 'absent');
      if (missing.length === 0) continue;
      const blank = missing.filter((c) => c.status === 'blank');
      const absent = missing.filter((c) => c.status === 'absent');
      const keys = missing.map((c) => c.key);
      const columnsMissing = table === 'applications' && report.layout?.missingColumns.length ? ` (columns missing: ${report.layout.missingColumns.join(', ')})` : '';
      const parts = [
        blank.length > 0 ? `${blank.length} blank` : '',
        absent.length > 0 ? `${absent.length} absent${columnsMissing}` : '',
      ].filter(Boolean);
      // a page that leaves cells empty where nothing happened: one finding for the table, counted
      const counts = [
        blank.length > 0 ? `${blank.length} blank (left empty or "-", "/", "—": not read as 0)` : '',
        absent.length > 0 ? `${absent.length} absent (row or column not in the source)${columnsMissing}` : '',
      ].filter(Boolean);
      const labels = missing.slice(0, 6).map((c) => c.labelZh);
      out.push({
        rule: rule.id,
        severity: 'warning',
        status: 'fail',
        cells: keys,
        expected: 'a value in every cell of the table (0 where nothing happened)',
        observed: `${parts.join(', ')} of ${tableCells.length} cells`,
        message: `${TABLE_ZH[table]}: ${missing.length} of ${tableCells.length} cells without a value — ${counts.join(', ')}; e.g. ${labels.join('; ')}${missing.length > 6 ? ` … (${missing.length - 6} more)` : ''}`,
        evidence: rowsEvidence(idx, keys, 4),
      });
    }
    return out;
  },
};
