/**
 * Reading the three tables from a row stream (text rows or SourceTable rows). Tables are located
 * by their own markers (captions, header rows, row labels), not by section offsets.
 */
import { fitValues } from './fit.js';
import {
  APPLY_COLUMNS,
  applyColumnsInHeader,
  F2019_HEADER_MARKERS,
  F2021_HEADER_MARKERS,
  isOtherGroupLabel,
  matchActiveRow,
  matchApplyRow,
  normLabel,
  type ApplyColumn,
} from './labels.js';
import type { ActiveReading, ActiveRowReading, ApplyReading, Readings, ReviewReading, RowReading } from './model.js';
import { numberCount, type Row } from './rows.js';

/** A plain (separator-less) line short enough to be a table row rather than prose. */
function tableLike(row: Row): boolean {
  if (!row.plain) return true;
  return row.key.length <= 40 && !/[。；]/.test(row.label);
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
  return row.plain && !row.empty && (row.key.length > 40 || /[。；]/.test(row.label));
}

// ───────────────────────────── applications table ─────────────────────────────

function applyStartIndex(rows: Row[]): number {
  return rows.findIndex(
    (r) =>
      tableLike(r) &&
      (/勾稽关系|申请人情况/.test(r.key) || (matchApplyRow(r.label, false) === 'newReceived' && numberCount(r) > 0)),
  );
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

export function readApply(rows: Row[], start: number, end: number): ApplyReading | null {
  if (start < 0) return null;
  const firstData = rows.findIndex((r, i) => i >= start && i < end && matchApplyRow(r.label, false) !== null && numberCount(r) > 0);
  if (firstData < 0) return null;
  const headerText = rows
    .slice(start, firstData)
    .map((r) => r.label)
    .join(' ');
  let columns: ApplyColumn[] = applyColumnsInHeader(headerText);

  const readings = new Map<string, RowReading>();
  const dataRows: Array<{ row: Row; key: string | null }> = [];
  let clean = true;
  let fragments: string[] = [];
  let inOtherGroup = false;
  for (let i = firstData; i < end; i++) {
    const row = rows[i]!;
    if (row.empty) continue;
    if (isHeadingLine(row) && matchApplyRow(row.label, false) === null) break;
    if (isProseLine(row)) break;
    if (isOtherGroupLabel(row.label)) inOtherGroup = true;
    else if (/^(三、本年?度办理结果)?\((一|二|三|四|五|七)\)/.test(row.key)) inOtherGroup = false;
    if (row.values.length === 0 || (numberCount(row) === 0 && row.values.length < 3)) {
      // a label fragment (D12) or a group label row: kept for the row that carries the numbers
      if (row.label) fragments.push(row.label);
      continue;
    }
    let key = matchApplyRow(row.label, inOtherGroup);
    if (key === null && fragments.length > 0) key = rowOfFragments([...fragments, row.label], inOtherGroup);
    // "(六)其他处理" with empty cells only is the F2021 group label, not an F2019 leaf left blank
    if (key === 'other' && numberCount(row) === 0) key = null;
    fragments = [];
    if (key === null) {
      if (row.values.some((v) => v.kind === 'number')) clean = false;
      continue;
    }
    if (key.startsWith('other.')) inOtherGroup = true;
    dataRows.push({ row, key });
    if (key === 'carriedForward') break;
  }

  // The header decides the columns unless it is unreadable (fragments) and the rows say otherwise.
  const counts = dataRows.map((d) => numberCount(d.row));
  const mostly = (n: number): boolean => counts.filter((c) => c === n).length * 2 > counts.length;
  if (columns.length !== 7 && (columns.length < 4 || !mostly(columns.length)) && mostly(7)) columns = [...APPLY_COLUMNS];
  if (columns.length < 4) columns = [...APPLY_COLUMNS];

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
  return { columns, rows: readings, clean };
}

// ───────────────────────────── review table ─────────────────────────────

const REVIEW_HEADER_WORDS = /^(行政复议|行政诉讼|未经复议直接起诉|复议后起诉|结果|维持|纠正|其他|尚未|审结|总计|合计|数量|件数|\s)*$/;

export function readReview(rows: Row[], start: number): ReviewReading | null {
  if (start < 0) return null;
  for (let i = start + 1; i < Math.min(rows.length, start + 14); i++) {
    const row = rows[i]!;
    // the data row: at least 3 numbers (a page number "- 3 -" is not it)
    if (row.empty || numberCount(row) < 3) continue;
    if (!REVIEW_HEADER_WORDS.test(row.key)) continue;
    if (isHeadingLine(row) || isProseLine(row)) return null;
    const fit = fitValues(row.values, 15, { exact: row.exact, padPositional: true });
    const reading: RowReading = {
      rowText: row.text,
      label: row.label,
      cells: fit.ok ? fit.cells : null,
      reason: fit.ok ? '' : fit.reason,
    };
    return { reading };
  }
  return null;
}

// ───────────────────────────── active table ─────────────────────────────

function activeStartIndex(rows: Row[], before: number): number {
  const limit = before >= 0 ? before : rows.length;
  for (let i = 0; i < limit; i++) {
    const r = rows[i]!;
    if (!tableLike(r)) continue;
    if (/第二十条第\(?[一五六八九]\)?项/.test(r.key) && r.key.length <= 30) return i;
    if (/^信息内容/.test(r.key)) return i;
  }
  return -1;
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
    const def = matchActiveRow(row.label);
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
      place: (n) => fitValues(row.values, n, { exact: row.exact, padPositional: true }),
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
