/**
 * Reading the three tables from a row stream (text rows or SourceTable rows). Tables are located
 * by their own markers (captions, header rows, row labels), not by section offsets.
 */
import { fitValues } from './fit.js';
import {
  APPLY_COLUMNS,
  applyColumnOrder,
  applyColumnsInHeader,
  F2019_HEADER_MARKERS,
  F2021_HEADER_MARKERS,
  isOtherGroupLabel,
  matchActiveKey,
  matchApplyKey,
  matchApplyRow,
  mergedOrgColumns,
  ORG_COLUMNS,
  normLabel,
  REVIEW_COLS,
  REVIEW_GROUPS,
  type ApplyColumn,
} from './labels.js';
import type { ActiveReading, ActiveRowReading, ApplyReading, Readings, ReviewReading, RowReading } from './model.js';
import { numberCount, type Row } from './rows.js';
import type { ValueToken } from './values.js';
import { allMatches } from '../regex.js';

/** A plain (separator-less) line short enough to be a table row rather than prose. */
function tableLike(row: Row): boolean {
  if (!row.plain) return true;
  return (row.key.length <= 40 || carriesValues(row)) && !/[。；]/.test(row.label);
}

/** A line ending in a run of at least three numbers: a table row however long its label
 *  ("(六)其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0"). */
function carriesValues(row: Row): boolean {
  return numberCount(row) >= 3;
}

/** A plain line that is a section heading ("四、政府信息公开行政复议…", "五、存在的主要问题…");
 *  not a table label that starts the same way ("三、本年度办理结果" alone on a PDF line). */
function isHeadingLine(row: Row): boolean {
  return (
    row.plain &&
    !row.empty &&
    row.values.length === 0 &&
    /^[一二三四五六七八九十]{1,2}、/.test(row.key) &&
    /总体情况|主动公开|收到和处理|依申请|行政复议|行政诉讼|问题|改进|其他需要报告|平台建设|信息管理|监督保障/.test(row.key)
  );
}

function isProseLine(row: Row): boolean {
  return row.plain && !row.empty && ((row.key.length > 40 && !carriesValues(row)) || /[。；]/.test(row.label));
}

// ───────────────────────────── applications table ─────────────────────────────

function isApplyStart(r: Row): boolean {
  if (!tableLike(r)) return false;
  if (/勾稽关系|申请人情况/.test(r.key)) return true;
  // 本年新收 first: a row without it is never newReceived, and most rows of a report are not
  return /本年新收/.test(r.key) && numberCount(r) > 0 && matchApplyKey(r.key, false) === 'newReceived';
}

/** Rows read with their values placed: how much of a table a start gives. */
export function placedRows(reading: ApplyReading | null): number {
  return reading ? [...reading.rows.values()].filter((r) => r.cells !== null).length : 0;
}

/** Where the applications table starts: of every place that looks like its start (a summary table in
 *  总体情况 with a 本年新收 row, the table printed twice), the one whose reading places the most rows;
 *  the first on a tie. */
function applyStartIndex(rows: Row[]): number {
  let best = -1;
  let bestScore = -1;
  for (let i = 0; i < rows.length; i++) {
    if (!isApplyStart(rows[i]!)) continue;
    const score = placedRows(readApply(rows, i, rows.length));
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

function reviewStartIndex(rows: Row[], from: number): number {
  for (let i = Math.max(0, from); i < rows.length; i++) {
    const r = rows[i]!;
    if (!tableLike(r) || !/行政复议/.test(r.key)) continue;
    if (/行政诉讼/.test(r.key) || (!r.plain && r.key.length <= 12)) return i;
    const next = rows.slice(i + 1, i + 4).map((x) => x.key).join('');
    if (/行政诉讼/.test(next) && r.key.length <= 12) return i;
  }
  return -1;
}

/** The one row that label fragments (a label torn over several lines) can name; null when they
 *  name none or more than one (fragments of two labels run together: which owns the numbers?). */
function rowOfFragments(fragments: string[], inOtherGroup: boolean): string | null {
  const candidates = new Set<string>();
  for (const f of fragments) {
    const k = matchApplyRow(f, inOtherGroup);
    if (k) candidates.add(k);
  }
  const joined = matchApplyRow(fragments.join(''), inOtherGroup);
  if (joined) candidates.add(joined);
  return candidates.size === 1 ? [...candidates][0]! : null;
}

/** Rows (all cells numbers) whose 总计 is the sum of the six applicant columns under a column order. */
function rowsAddingUp(order: Array<ApplyColumn | null>, rows: Row[]): number {
  let n = 0;
  for (const row of rows) {
    const nums = row.values.filter((v) => v.kind === 'number');
    if (nums.length !== order.length || nums.length !== row.values.length) continue;
    const at = (c: ApplyColumn): number => {
      const i = order.indexOf(c);
      const t = nums[i];
      return i >= 0 && t && t.kind === 'number' ? t.value : 0;
    };
    const parts = APPLY_COLUMNS.filter((c) => c !== 'total').reduce((a, c) => a + at(c), 0);
    if (parts === at('total') && parts > 0) n++;
  }
  return n;
}

/** A header order out of the official one is taken unless the official order makes more rows add up
 *  (a header read out of order by the text extraction). */
function fitsAtLeastAsWell(order: Array<ApplyColumn | null>, rows: Row[]): boolean {
  if (order.length !== APPLY_COLUMNS.length) return true;
  return rowsAddingUp(order, rows) >= rowsAddingUp([...APPLY_COLUMNS], rows);
}

export function readApply(rows: Row[], start: number, end: number): ApplyReading | null {
  if (start < 0) return null;
  let firstData = -1;
  for (let i = start; i < end && firstData < 0; i++) {
    const r = rows[i]!;
    if (numberCount(r) > 0 && matchApplyKey(r.key, false) !== null) firstData = i;
  }
  if (firstData < 0) return null;
  const headerText = rows
    .slice(start, firstData)
    .map((r) => r.label)
    .join(' ');
  let columns: Array<ApplyColumn | null> = applyColumnsInHeader(headerText);
  // a header out of the official order (小计 column, 总计 first) is read as written
  const order = applyColumnOrder(rows.slice(start, firstData).map((r) => r.label));

  const readings = new Map<string, RowReading>();
  const dataRows: Array<{ row: Row; key: string | null }> = [];
  let clean = true;
  let fragments: string[] = [];
  let inOtherGroup = false;
  let blankOtherLeaf: Row | null = null;
  let bareOtherLeaf: Row | null = null;
  for (let i = firstData; i < end; i++) {
    const row = rows[i]!;
    if (row.empty) continue;
    if (isHeadingLine(row) && matchApplyKey(row.key, false) === null) break;
    if (isProseLine(row)) break;
    if (isOtherGroupLabel(row.label)) inOtherGroup = true;
    else if (/^(三、本年?度办理结果)?\((一|二|三|四|五|七)\)/.test(row.key)) inOtherGroup = false;
    if (row.values.length === 0 || (numberCount(row) === 0 && row.values.length < 3)) {
      // a label fragment (D12) or a group label row: kept for the row that carries the numbers
      if (row.label) fragments.push(row.label);
      // a bare "(六)其他处理" line: the F2021 group label, or an F2019 leaf whose cells are all
      // empty (a text extraction drops empty cells) — decided once the table is read
      if (matchApplyKey(row.key, false) === 'other' && !bareOtherLeaf) bareOtherLeaf = row;
      continue;
    }
    let key = matchApplyKey(row.key, inOtherGroup);
    if (key === null && fragments.length > 0) key = rowOfFragments([...fragments, row.label], inOtherGroup);
    // "(六)其他处理" with empty cells only: the F2021 group label, or an F2019 leaf left blank —
    // decided once the table is read (sub-rows found or not)
    if (key === 'other' && numberCount(row) === 0) {
      fragments = [];
      if (!blankOtherLeaf) blankOtherLeaf = row;
      continue;
    }
    fragments = [];
    if (key === null) {
      if (row.values.some((v) => v.kind === 'number')) clean = false;
      continue;
    }
    if (key.startsWith('other.')) inOtherGroup = true;
    dataRows.push({ row, key });
    if (key === 'carriedForward') break;
  }

  // a blank (六) row with no sub-rows after it is the F2019 leaf, there but empty
  const otherRead = dataRows.some((d) => d.key?.startsWith('other'));
  if (blankOtherLeaf && !otherRead) dataRows.push({ row: blankOtherLeaf, key: 'other' });

  // The header decides the columns unless it is unreadable (fragments) and the rows say otherwise.
  const counts = dataRows.map((d) => numberCount(d.row));
  const mostly = (n: number): boolean => counts.filter((c) => c === n).length * 2 > counts.length;
  const merged = mergedOrgColumns(headerText);
  let mergedColumns: ApplyColumn[] | undefined;
  if (merged && mostly(merged.length)) {
    // 自然人 / 法人或其他组织 / 总计: the organisation sum has no key, its five parts are unknown
    columns = merged;
    mergedColumns = [...ORG_COLUMNS];
  } else if (order && fitsAtLeastAsWell(order, dataRows.map((d) => d.row))) columns = order;
  else {
    if (columns.length !== 7 && (columns.length < 4 || !mostly(columns.length)) && mostly(7)) columns = [...APPLY_COLUMNS];
    if (columns.length < 4) columns = [...APPLY_COLUMNS];
  }

  if (bareOtherLeaf && !blankOtherLeaf && !otherRead) {
    const blanks: ValueToken[] = columns.map(() => ({ kind: 'blank', raw: '' }));
    readings.set('other', { rowText: bareOtherLeaf.text, label: bareOtherLeaf.label, cells: blanks, reason: '' });
  }
  for (const { row, key } of dataRows) {
    if (key === null || readings.has(key)) continue;
    const fit = fitValues(row.values, columns.length, { exact: row.exact, padPositional: false });
    readings.set(key, {
      rowText: row.text,
      label: row.label,
      cells: fit.ok ? fit.cells : null,
      reason: fit.ok ? '' : fit.reason,
    });
  }
  return { columns, rows: readings, clean, ...(mergedColumns ? { mergedColumns } : {}) };
}

// ───────────────────────────── review table ─────────────────────────────

const REVIEW_HEADER_WORDS = /^(行政复议|行政诉讼|未经复议直接起诉|复议后起诉|结果|维持|纠正|其他|尚未|审结|总计|合计|数量|件数|\s)*$/;

type ReviewGroup = (typeof REVIEW_GROUPS)[number];
type ReviewCol = (typeof REVIEW_COLS)[number];
const CANONICAL_GROUPS: ReviewGroup[] = [...REVIEW_GROUPS];
const CANONICAL_COLS: ReviewCol[] = [...REVIEW_COLS];

/** Words of a header row in the order written; each match is blanked so a shorter word inside a
 *  longer one ("复议" in "未经复议直接起诉") is not read twice. */
function wordsInRow<T extends string>(text: string, words: ReadonlyArray<[T, RegExp]>): T[] {
  let t = normLabel(text);
  const found: Array<[number, T]> = [];
  for (const [name, re] of words) {
    const g = new RegExp(re.source, 'g');
    for (const m of allMatches(g, t)) found.push([m.index, name]);
    t = t.replace(g, (w) => '#'.repeat(w.length));
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, n]) => n);
}

const GROUP_WORDS: ReadonlyArray<[ReviewGroup | 'lit', RegExp]> = [
  ['litDirect', /未经复议直接起诉|直接起诉/],
  ['litAfterReview', /复议后起诉/],
  ['review', /行政复议/],
  ['lit', /行政诉讼/],
];
const COL_WORDS: ReadonlyArray<[ReviewCol, RegExp]> = [
  ['maintain', /维持/],
  ['correct', /纠正/],
  ['other', /其他/],
  ['pending', /尚未审结|未审结|尚未/],
  ['total', /总计|合计|小计/],
];

/** Order of the three groups as the header writes them (official order when it does not say). */
export function reviewGroupOrder(headers: string[]): ReviewGroup[] {
  let reviewFirst = true;
  let directFirst = true;
  for (const h of headers) {
    const w = wordsInRow(h, GROUP_WORDS);
    const r = w.indexOf('review');
    const l = w.findIndex((x) => x !== 'review');
    if (r >= 0 && l >= 0) reviewFirst = r < l;
    const d = w.indexOf('litDirect');
    const a = w.indexOf('litAfterReview');
    if (d >= 0 && a >= 0) directFirst = d < a;
  }
  const lit: ReviewGroup[] = directFirst ? ['litDirect', 'litAfterReview'] : ['litAfterReview', 'litDirect'];
  return reviewFirst ? ['review', ...lit] : [...lit, 'review'];
}

/** Order of the five result columns as the first header row naming all five writes them; the
 *  official order when no row does (fragmented headers: "维持纠正结果审结…"). */
export function reviewColOrder(headers: string[]): ReviewCol[] {
  for (const h of headers) {
    const first = wordsInRow(h, COL_WORDS).slice(0, 5);
    if (new Set(first).size === 5) return first;
  }
  return CANONICAL_COLS;
}

/** Tokens in the official c1..c15 order from tokens in the header's order. */
export function toCanonical(tokens: ValueToken[], groups: ReviewGroup[], cols: ReviewCol[]): ValueToken[] {
  const out: ValueToken[] = new Array<ValueToken>(15);
  tokens.forEach((t, i) => {
    const g = CANONICAL_GROUPS.indexOf(groups[Math.floor(i / 5)]!);
    const c = CANONICAL_COLS.indexOf(cols[i % 5]!);
    out[g * 5 + c] = t;
  });
  return out;
}

/** The group a transposed table's row names (行政复议 / 未经复议直接起诉 / 复议后起诉), or null. */
function transposedGroup(row: Row): ReviewGroup | null {
  const w = wordsInRow(row.label, GROUP_WORDS).filter((x) => x !== 'lit');
  return w.length === 1 && row.key.length <= 16 ? (w[0] as ReviewGroup) : null;
}

/** The 3 rows × 5 columns form: one row per group, the five results as columns. */
function readTransposed(rows: Row[], from: number, cols: ReviewCol[]): ReviewReading | null {
  const byGroup = new Map<ReviewGroup, Row>();
  for (let i = from; i < Math.min(rows.length, from + 8) && byGroup.size < 3; i++) {
    const row = rows[i]!;
    if (row.empty) continue;
    const g = transposedGroup(row);
    if (!g || numberCount(row) === 0) continue;
    if (!byGroup.has(g)) byGroup.set(g, row);
  }
  if (byGroup.size === 0) return null;
  const text = [...byGroup.values()].map((r) => r.text).join('\n');
  const label = [...byGroup.values()].map((r) => r.label).join(' / ');
  const out: ValueToken[] = new Array<ValueToken>(15);
  for (const [g, row] of byGroup) {
    const fit = fitValues(row.values, 5, { exact: row.exact, padPositional: true, spanCopies: row.spanCopies });
    if (!fit.ok) return { reading: { rowText: text, label, cells: null, reason: fit.reason } };
    const gi = CANONICAL_GROUPS.indexOf(g);
    fit.cells.forEach((t, i) => (out[gi * 5 + CANONICAL_COLS.indexOf(cols[i]!)] = t));
  }
  // a group row missing from the table: its cells stay unread (null token = uncertain)
  return { reading: { rowText: text, label, cells: Array.from({ length: 15 }, (_, i) => out[i] ?? null) as ValueToken[], reason: '' } };
}

export function readReview(rows: Row[], start: number): ReviewReading | null {
  if (start < 0) return null;
  const headers: string[] = [];
  for (let i = Math.max(0, start - 3); i < start; i++) {
    const r = rows[i]!;
    if (!r.empty && numberCount(r) === 0 && tableLike(r) && wordsInRow(r.label, COL_WORDS).length >= 3) headers.push(r.label);
  }
  for (let i = start; i < Math.min(rows.length, start + 14); i++) {
    const row = rows[i]!;
    // 15 grid cells in place (HTML/DOCX): the data row even when most or all are left blank
    const gridRow = row.exact && row.values.length >= 15 && row.label === '';
    if (row.empty && !(gridRow && headers.length > 0)) continue;
    if (numberCount(row) === 0 && !gridRow) {
      if (tableLike(row)) headers.push(row.label);
      continue;
    }
    if (transposedGroup(row) && row.values.length <= 6) return readTransposed(rows, i, reviewColOrder(headers));
    // the data row: at least 3 numbers (a page number "- 3 -" is not it), or a grid row
    if (numberCount(row) < 3 && !gridRow) continue;
    if (!REVIEW_HEADER_WORDS.test(row.key)) continue;
    if (isHeadingLine(row) || isProseLine(row)) return null;
    const fit = fitValues(row.values, 15, { exact: row.exact, padPositional: true, spanCopies: row.spanCopies });
    const groups = reviewGroupOrder(headers);
    const cols = reviewColOrder(headers);
    const reading: RowReading = {
      rowText: row.text,
      label: row.label,
      cells: fit.ok ? toCanonical(fit.cells, groups, cols) : null,
      reason: fit.ok ? '' : fit.reason,
    };
    return { reading };
  }
  return null;
}

// ───────────────────────────── active table ─────────────────────────────

function isActiveStart(r: Row): boolean {
  if (!tableLike(r)) return false;
  return (/第二十条第\(?[一五六八九]\)?项/.test(r.key) && r.key.length <= 30) || /^信息内容/.test(r.key);
}

/** Rows of an active reading whose values fit one of their layouts' column counts. */
export function placedActiveRows(reading: ActiveReading | null): number {
  if (!reading) return 0;
  return [...reading.rows.values()].filter((r) =>
    [r.def.f2019, r.def.f2021].some((cols) => cols !== null && r.place(cols.length).ok),
  ).length;
}

/** Where the 主动公开 table starts: of the places that look like a start before the applications
 *  table (a caption, a 信息内容 header — also those of an unrelated table in 总体情况), the one whose
 *  reading places the most rows; the first on a tie. */
function activeStartIndex(rows: Row[], before: number): number {
  const limit = before >= 0 ? before : rows.length;
  let best = -1;
  let bestScore = -1;
  for (let i = 0; i < limit; i++) {
    if (!isActiveStart(rows[i]!)) continue;
    // a later block of the same table reads a subset of it, so scores no higher
    const score = placedActiveRows(readActive(rows, i, before));
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

export function markersIn(text: string): { f2019: string[]; f2021: string[] } {
  const t = normLabel(text);
  return {
    f2019: F2019_HEADER_MARKERS.filter(([, re]) => re.test(t)).map(([name]) => name),
    f2021: F2021_HEADER_MARKERS.filter(([, re]) => re.test(t)).map(([name]) => name),
  };
}

export function readActive(rows: Row[], start: number, end: number): ActiveReading | null {
  if (start < 0) return null;
  const stop = end > start ? end : Math.min(rows.length, start + 60);
  const found = new Map<string, ActiveRowReading>();
  const f2019 = new Set<string>();
  const f2021 = new Set<string>();
  let header = '';
  let clean = true;
  for (let i = start; i < stop; i++) {
    const row = rows[i]!;
    if (row.empty) continue;
    if (isProseLine(row) || (isHeadingLine(row) && i > start)) break;
    if (/^信息内容/.test(row.key)) {
      header = row.label;
      const m = markersIn(row.label);
      m.f2019.forEach((x) => f2019.add(x));
      m.f2021.forEach((x) => f2021.add(x));
      continue;
    }
    if (/第二十条/.test(row.key)) {
      header = '';
      continue;
    }
    const def = matchActiveKey(row.key);
    if (!def) {
      if (numberCount(row) > 0) clean = false;
      continue;
    }
    if (def.row === 'otherService') f2019.add('其他对外管理服务事项');
    if (def.row === 'procurement') f2019.add('政府集中采购');
    if (found.has(def.row)) continue;
    // values are placed once the layout is known (the block header may not say)
    found.set(def.row, {
      def,
      header,
      rowText: row.text,
      label: row.label,
      place: (n) => fitValues(row.values, n, { exact: row.exact, padPositional: true, spanCopies: row.spanCopies }),
    });
  }
  if (found.size === 0) return null;
  return { rows: found, f2019Markers: [...f2019], f2021Markers: [...f2021], clean };
}

/** Locate and read the three tables in a row stream. */
export function readRows(rows: Row[]): Readings & { applyStart: number; reviewStart: number } {
  const applyStart = applyStartIndex(rows);
  const reviewStart = reviewStartIndex(rows, applyStart);
  const activeStart = activeStartIndex(rows, applyStart);
  const applyEnd = reviewStart > applyStart ? reviewStart : rows.length;
  return {
    active: readActive(rows, activeStart, applyStart),
    applications: readApply(rows, applyStart, applyEnd),
    review: readReview(rows, reviewStart),
    applyStart,
    reviewStart,
  };
}
