/**
 * A table source as a stream of rows, whatever it came from: TAB-separated text lines, markdown pipe
 * rows, short plain lines, or the cells of SourceTables (HTML/DOCX/PDF). Each row is read as
 * (label = the non-numeric pieces joined) + (values = the trailing run of numeric/blank tokens),
 * ignoring cell positions (D15); `exact` says the blanks of the run are true positions.
 */
import type { SourceTable } from '../types.js';
import { foldLabel, normLabel } from './labels.js';
import { readValue, startsAsText, tokenizeCell, toHalfWidth, type ValueToken } from './values.js';

export interface Row {
  /** Label as written (pieces joined by a space). */
  label: string;
  /** normLabel(label). */
  key: string;
  /** Trailing run of number/blank tokens. */
  values: ValueToken[];
  /** The source row, for evidence. */
  text: string;
  /** The cells' positions are the source's (HTML/DOCX table cells). */
  exact: boolean;
  /** The source repeats spanned cells without marking the copies (a SourceTable without spanOrigin
   *  whose header shows repeated cells): equal neighbouring values may be one cell. */
  spanCopies?: boolean;
  /** A line with no cell separators. */
  plain: boolean;
  /** Blank line (kept: tables do not end on one, D16). */
  empty: boolean;
}

const SEPARATOR_ROW = /^[\s|:：\-—–=]+$/;

const WHITESPACE = /\s/;

/**
 * A plain line that is one piece of text (it starts with a Han character that starts no value, and
 * has no whitespace, before or after folding): what rowFromCells makes of it, without reading it
 * piece by piece. Most lines of a report are such prose; null for any other line.
 */
function proseRow(line: string, text: string): Row | null {
  if (!startsAsText(line) || WHITESPACE.test(line)) return null;
  const label = toHalfWidth(line);
  if (WHITESPACE.test(label)) return null;
  return { label, key: foldLabel(label), values: [], text, exact: false, plain: true, empty: false };
}

/** Read a row from its cells. */
export function rowFromCells(cells: string[], text: string, exact: boolean, plain: boolean): Row {
  // an empty cell is one blank token, a cell holding a whole row ("95 0 0 0 0 0 95") several
  // (a loop: flatMap over the cells was a tenth of the tables stage)
  const tokens: ValueToken[] = [];
  for (const cell of cells) for (const token of tokenizeCell(cell)) tokens.push(token);
  let start = tokens.length;
  while (start > 0 && tokens[start - 1]!.kind !== 'text') start--;
  const labelParts = tokens
    .slice(0, start)
    .filter((t) => t.kind !== 'blank')
    .map((t) => toHalfWidth(t.raw).trim());
  const label = labelParts.join(' ').trim();
  return {
    label,
    key: normLabel(label),
    values: tokens.slice(start),
    text,
    exact,
    plain,
    empty: false,
  };
}

const EMPTY_ROW: Omit<Row, 'text'> = {
  label: '',
  key: '',
  values: [],
  exact: false,
  plain: true,
  empty: true,
};

/** Rows of a text: TAB lines, markdown pipe rows ("| a | b |"), plain lines. */
export function rowsFromText(text: string): Row[] {
  const rows: Row[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      rows.push({ ...EMPTY_ROW, text: line });
      continue;
    }
    if (SEPARATOR_ROW.test(trimmed) || /^(?:[-—:]+\t)+[-—:]*$/.test(trimmed)) continue; // --- rows (D18)
    if (line.includes('\t')) {
      const cells = line.split('\t');
      if (cells.every((c) => /^\s*[-—:]{3,}\s*$/.test(c) || c.trim() === '')) continue;
      rows.push(rowFromCells(cells, line, false, false));
    } else if (trimmed.startsWith('|')) {
      const cells = trimmed.replace(/^\|/, '').replace(/\|$/, '').split('|');
      rows.push(rowFromCells(cells, line, false, false));
    } else {
      rows.push(proseRow(trimmed, line) ?? rowFromCells([trimmed], line, false, true));
    }
  }
  return rows;
}

/** Rows of SourceTables, one stream (a table continued on the next page is the same table).
 *  Span copies are dropped, so each source cell counts once; `exact` for HTML/DOCX grids. */
export function rowsFromSourceTables(tables: SourceTable[], exact: boolean): Row[] {
  const rows: Row[] = [];
  for (const table of tables) {
    const repeats = !table.spanOrigin && table.rows.some((cells) => hasRepeatedText(cells));
    table.rows.forEach((cells, r) => {
      const origin = table.spanOrigin?.[r];
      const kept = origin ? cells.filter((_, c) => origin[c] !== false) : table.spanOrigin ? cells : dropRepeatedText(cells);
      const text = kept.map((c) => c.replace(/\s*\n\s*/g, ' ').trim()).join('\t');
      if (kept.every((c) => c.trim() === '' || /^\s*[-—:]{3,}\s*$/.test(c))) {
        // a grid row with every cell empty: an empty line to the readers, but its blank cells are
        // kept (a 复议/诉讼 value row left wholly blank is the table's data row)
        if (kept.every((c) => c.trim() === '')) rows.push({ ...rowFromCells(kept, text, exact, false), empty: true });
        return;
      }
      const row = rowFromCells(kept, text, exact, false);
      rows.push(repeats ? { ...row, spanCopies: true } : row);
    });
    rows.push({ ...EMPTY_ROW, text: '' });
  }
  return rows;
}

/** A text (not a value) cell repeated in the next slot: the mark of spans expanded without origins. */
function hasRepeatedText(cells: string[]): boolean {
  return cells.some((c, i) => i > 0 && c.trim() !== '' && c === cells[i - 1] && readValue(c).kind === 'text');
}

/** Label and header copies of a span dropped (values are kept: equal neighbours may be two cells). */
function dropRepeatedText(cells: string[]): string[] {
  return cells.filter((c, i) => !(i > 0 && c.trim() !== '' && c === cells[i - 1] && readValue(c).kind === 'text'));
}

/** Count of number tokens in a row's value run. */
export function numberCount(row: Row): number {
  let n = 0;
  for (const v of row.values) if (v.kind === 'number') n++;
  return n;
}
