/**
 * From readings to canonical cells: every key of the layout found, each with its status
 * (ok, blank, absent, uncertain), the row and column labels, the raw text and the source row.
 */
import type { Cell, CellStatus, TableId } from '../types.js';
import {
  ACTIVE_ROWS,
  activeCellName,
  applyCellName,
  APPLY_COLUMNS,
  APPLY_ROWS,
  F2021_OTHER_ROWS,
  REVIEW_KEYS,
  reviewLabelZh,
  type ActiveRowDef,
} from './labels.js';
import type { ActiveReading, ActiveRowReading, ApplyReading, ReviewReading, RowReading } from './model.js';
import { headerMoneyUnit, toWan, type ValueToken } from './values.js';

export type Layout = 'F2019' | 'F2021';

function cellFrom(
  key: string,
  table: TableId,
  labelZh: string,
  token: ValueToken | null,
  status: CellStatus,
  rowText: string,
  money: { header: string } | null = null,
): Cell {
  if (token && token.kind === 'number' && status === 'ok') {
    const value = money ? toWan(token.value, token.unit, headerMoneyUnit(money.header)) : token.value;
    return { key, table, labelZh, value, raw: token.raw, status: 'ok', rowText };
  }
  if (token && token.kind === 'blank' && status === 'ok') {
    return { key, table, labelZh, value: null, raw: token.raw, status: 'blank', rowText };
  }
  return { key, table, labelZh, value: null, raw: token?.raw ?? '', status: status === 'ok' ? 'uncertain' : status, rowText };
}

// ───────────────────────────── applications ─────────────────────────────

export function applyCells(reading: ApplyReading, layout: Layout): Cell[] {
  const cells: Cell[] = [];
  const hasLeaf = reading.rows.has('other');
  const hasSubRows = F2021_OTHER_ROWS.some((k) => reading.rows.has(k));
  const rowDefs = APPLY_ROWS.filter(
    (d) => d.layouts.includes(layout) || (d.row === 'other' && hasLeaf) || (layout === 'F2019' && hasSubRows && d.row.startsWith('other.')),
  );
  const missingRow: CellStatus = reading.clean ? 'absent' : 'uncertain';
  for (const def of rowDefs) {
    let rowReading: RowReading | undefined = reading.rows.get(def.row);
    let derivedFromLeaf = false;
    if (!rowReading && def.row.startsWith('other.') && hasLeaf && !hasSubRows) {
      // F2021 table with a single (六) row (F2019 style): sub-rows are known only where it is 0
      rowReading = reading.rows.get('other');
      derivedFromLeaf = true;
    }
    for (const col of APPLY_COLUMNS) {
      const { key, labelZh } = applyCellName(def.row, col);
      const idx = reading.columns.indexOf(col);
      if (idx < 0 && reading.mergedColumns?.includes(col)) {
        // summed into 法人或其他组织 in the source: there, but not readable on its own
        cells.push(cellFrom(key, 'applications', `${labelZh} (并入法人或其他组织)`, null, 'uncertain', rowReading?.rowText ?? ''));
        continue;
      }
      if (idx < 0) {
        cells.push(cellFrom(key, 'applications', labelZh, null, 'absent', rowReading?.rowText ?? ''));
        continue;
      }
      if (!rowReading) {
        cells.push(cellFrom(key, 'applications', labelZh, null, missingRow, ''));
        continue;
      }
      if (!rowReading.cells) {
        cells.push(cellFrom(key, 'applications', labelZh, null, 'uncertain', rowReading.rowText));
        continue;
      }
      const token = rowReading.cells[idx] ?? null;
      if (derivedFromLeaf) {
        // a part of a non-negative sum of 0 is 0; any other sum says nothing about its parts
        const zero = token?.kind === 'number' && token.value === 0;
        cells.push(cellFrom(key, 'applications', `${labelZh} (由(六)其他处理合计推得)`, zero ? token : null, zero ? 'ok' : 'uncertain', rowReading.rowText));
        continue;
      }
      cells.push(cellFrom(key, 'applications', labelZh, token, 'ok', rowReading.rowText));
    }
  }
  return cells;
}

// ───────────────────────────── review ─────────────────────────────

export function reviewCells(reading: ReviewReading): Cell[] {
  const r = reading.reading;
  return REVIEW_KEYS.map((key, i) =>
    r.cells
      ? cellFrom(key, 'review', reviewLabelZh(i), r.cells[i] ?? null, 'ok', r.rowText)
      : cellFrom(key, 'review', reviewLabelZh(i), null, 'uncertain', r.rowText),
  );
}

// ───────────────────────────── active ─────────────────────────────

/** The columns of a row: the block header says which layout when it can, else the table's layout. */
function activeColumns(def: ActiveRowDef, header: string, layout: Layout): Array<[string, string]> {
  const h = header.replace(/\s+/g, '');
  let use: Layout = layout;
  if (def.item === 'a1') {
    if (/废止|现行有效|制发/.test(h)) use = 'F2021';
    else if (/新公开|对外公开总/.test(h)) use = 'F2019';
  } else if (def.item === 'a5' || def.item === 'a6' || def.item === 'a8') {
    if (/上一年项目|增\/?减/.test(h)) use = 'F2019';
    else if (/本年处理决定|收费金额/.test(h)) use = 'F2021';
  }
  return (use === 'F2019' ? def.f2019 : def.f2021) ?? def.f2019 ?? def.f2021 ?? [];
}

export function activeCells(reading: ActiveReading, layout: Layout): Cell[] {
  const cells: Cell[] = [];
  const missingRow: CellStatus = reading.clean ? 'absent' : 'uncertain';
  for (const def of ACTIVE_ROWS) {
    const found: ActiveRowReading | undefined = reading.rows.get(def.row);
    const layoutCols = layout === 'F2019' ? def.f2019 : def.f2021;
    if (!found) {
      for (const column of layoutCols ?? []) {
        const { key, labelZh } = activeCellName(def, column);
        cells.push(cellFrom(key, 'active', labelZh, null, missingRow, ''));
      }
      continue;
    }
    const cols = activeColumns(def, found.header, layout);
    const fit = found.place(cols.length);
    cols.forEach((column, i) => {
      const [col, colZh] = column;
      const { key, labelZh } = activeCellName(def, column);
      const money = col === 'amountWan' ? { header: found.header || colZh } : null;
      if (!fit.ok) cells.push(cellFrom(key, 'active', labelZh, null, 'uncertain', found.rowText));
      else cells.push(cellFrom(key, 'active', labelZh, fit.cells[i] ?? null, 'ok', found.rowText, money));
    });
  }
  return cells;
}
