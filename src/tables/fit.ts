/**
 * Fitting a row's value run to the table's n columns. The rule of D11: when the numbers cannot be
 * placed without guessing (fewer values than columns and no positional evidence), the row is
 * uncertain — never guessed.
 */
import type { ValueToken } from './values.js';

export type Fit = { ok: true; cells: ValueToken[] } | { ok: false; reason: string };

export interface FitOptions {
  /** Blank tokens in the run are true cell positions (HTML/DOCX grid cells). */
  exact: boolean;
  /** A run of exactly n cells (numbers and blanks) is positional even in text: true for tables
   *  whose text rows keep one cell per column (表二 rows, the 复议/诉讼 row, D17/D19). */
  padPositional: boolean;
}

export function fitValues(values: ValueToken[], n: number, opts: FitOptions): Fit {
  const numbers = values.filter((v) => v.kind === 'number');
  if (opts.exact) {
    let run = values;
    while (run.length > n && run[0]?.kind === 'blank') run = run.slice(1);
    while (run.length > n && run[run.length - 1]?.kind === 'blank') run = run.slice(0, -1);
    if (run.length === n) return { ok: true, cells: run };
  }
  if (numbers.length === n) return { ok: true, cells: numbers };
  const first = values.findIndex((v) => v.kind === 'number');
  if (first >= 0) {
    let last = values.length - 1;
    while (values[last]!.kind !== 'number') last--;
    const span = values.slice(first, last + 1);
    if (span.length === n && span.some((v) => v.kind === 'blank')) return { ok: true, cells: span };
  }
  if (opts.padPositional && values.length === n) return { ok: true, cells: values };
  if (numbers.length === 0 && values.length >= n) return { ok: true, cells: values.slice(values.length - n) };
  if (numbers.length > n) return { ok: false, reason: `${numbers.length} values for ${n} columns` };
  return { ok: false, reason: `${numbers.length} values for ${n} columns; their positions are unknown` };
}
