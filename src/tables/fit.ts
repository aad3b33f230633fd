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
  /** The source repeats a spanned cell in every grid slot it covers and does not say which slot is
   *  the original: equal neighbours may be one cell (merged only where exactly one merge fits). */
  spanCopies?: boolean;
}

function sameToken(a: ValueToken, b: ValueToken): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'number' && b.kind === 'number') return a.value === b.value && a.unit === b.unit;
  return a.kind === 'blank';
}

/** Runs of equal neighbours merged so that n cells remain, when exactly one way does it.
 *  Each run of L equal tokens stands for 1..L cells; distinct count vectors give distinct rows. */
export function mergeSpanCopies(values: ValueToken[], n: number): ValueToken[] | null {
  const runs: Array<{ token: ValueToken; length: number }> = [];
  for (const v of values) {
    const last = runs[runs.length - 1];
    if (last && sameToken(last.token, v)) last.length++;
    else runs.push({ token: v, length: 1 });
  }
  if (runs.length > n || values.length < n) return null;
  // the count vector is unique iff every run but one is forced; count the solutions
  const extra = n - runs.length; // cells to hand out beyond one per run
  const capacity = runs.map((r) => r.length - 1);
  const ways = countWays(capacity, extra);
  if (ways !== 1) return null;
  // the one solution: fill greedily (unique, so greedy finds it only if feasible; rebuild by search)
  const counts = solveOne(capacity, extra);
  if (!counts) return null;
  return runs.flatMap((r, i) => Array.from({ length: 1 + counts[i]! }, () => r.token));
}

function countWays(capacity: number[], extra: number): number {
  // ways[e] = number of vectors over the runs seen so far summing to e (capped at 2: we only need 0/1/many)
  let ways: number[] = Array.from({ length: extra + 1 }, (_, e) => (e === 0 ? 1 : 0));
  for (const cap of capacity) {
    const next = Array.from({ length: extra + 1 }, () => 0);
    for (let e = 0; e <= extra; e++) for (let k = 0; k <= cap && k <= e; k++) next[e] = Math.min(2, next[e]! + ways[e - k]!);
    ways = next;
  }
  return ways[extra]!;
}

function solveOne(capacity: number[], extra: number): number[] | null {
  if (capacity.length === 0) return extra === 0 ? [] : null;
  const [cap, ...rest] = capacity;
  for (let k = 0; k <= cap! && k <= extra; k++) {
    const tail = solveOne(rest, extra - k);
    if (tail) return [k, ...tail];
  }
  return null;
}

export function fitValues(values: ValueToken[], n: number, opts: FitOptions): Fit {
  const numbers = values.filter((v) => v.kind === 'number');
  if (opts.exact) {
    let run = values;
    while (run.length > n && run[0]?.kind === 'blank') run = run.slice(1);
    while (run.length > n && run[run.length - 1]?.kind === 'blank') run = run.slice(0, -1);
    if (run.length === n) return { ok: true, cells: run };
    if (opts.spanCopies && run.length > n) {
      const merged = mergeSpanCopies(run, n);
      if (merged) return { ok: true, cells: merged };
      return { ok: false, reason: `${run.length} grid cells for ${n} columns; which are span copies is unknown` };
    }
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
