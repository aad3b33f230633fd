/**
 * Table grids shared by the HTML, DOCX and PDF readers: expand row/col spans into a full grid
 * and render it as TAB-separated lines.
 */
import type { SourceTable } from '../types.js';

/** A cell as the source writes it, before span expansion. */
export interface GridCell {
  text: string;
  rowspan: number;
  colspan: number;
}

/**
 * Expand spans into a rectangular grid (the HTML table model): a spanned cell's text is
 * repeated in every slot it covers and `spanOrigin` is false for the copies.
 * Rows that are empty in every slot are dropped; short rows are padded with empty cells.
 */
export function buildGrid(rows: GridCell[][]): SourceTable {
  const grid: string[][] = [];
  const origin: boolean[][] = [];
  const filled: boolean[][] = [];
  rows.forEach((cells, r) => {
    grid[r] ??= [];
    origin[r] ??= [];
    filled[r] ??= [];
    let c = 0;
    for (const cell of cells) {
      while (filled[r][c]) c++;
      for (let dr = 0; dr < cell.rowspan; dr++) {
        // A rowspan never reaches past the table's last row (HTML clips it the same way).
        if (r + dr >= rows.length) break;
        const rr = r + dr;
        grid[rr] ??= [];
        origin[rr] ??= [];
        filled[rr] ??= [];
        for (let dc = 0; dc < cell.colspan; dc++) {
          grid[rr][c + dc] = cell.text;
          origin[rr][c + dc] = dr === 0 && dc === 0;
          filled[rr][c + dc] = true;
        }
      }
      c += cell.colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  const outRows: string[][] = [];
  const outOrigin: boolean[][] = [];
  for (let r = 0; r < grid.length; r++) {
    const row = Array.from({ length: width }, (_, c) => grid[r][c] ?? '');
    const orig = Array.from({ length: width }, (_, c) => origin[r][c] ?? true);
    // A blank row of one cell is layout (a spacer); a blank row of several cells is data — a
    // 复议/诉讼 row left wholly empty says every cell is blank, which the checks must see.
    const ownCells = row.filter((_, c) => filled[r]?.[c] && origin[r][c]).length;
    if (row.every((t) => t.trim() === '') && ownCells < 2) continue;
    outRows.push(row);
    outOrigin.push(orig);
  }
  return { rows: outRows, spanOrigin: outOrigin };
}

/** TAB lines of a table: span copies are left empty so every row keeps its column positions. */
export function renderTableLines(table: SourceTable): string[] {
  return table.rows.map((row, r) =>
    row
      .map((text, c) => (table.spanOrigin?.[r]?.[c] === false ? '' : oneLine(text)))
      .join('\t'),
  );
}

function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim();
}
