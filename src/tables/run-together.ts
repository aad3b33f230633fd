/**
 * Tables whose cells ran together without separators (scraped one-line pages:
 * "一、本年新收政府信息公开申请数量640020470二、上年结转…"). Labels are found by their template
 * wording, in table order; the digits after a label are split into cells only when exactly one split
 * satisfies the table's own arithmetic (row 总计 = the six applicant columns; 复议/诉讼 总计 = its four
 * parts). Anything else stays uncertain: a value read must be right (gold `cells_mode: no_invent`).
 */
import type { Fit } from './fit.js';
import { ACTIVE_ROWS, applyColumnsInHeader, APPLY_COLUMNS, mergedOrgColumns, ORG_COLUMNS, type ApplyColumn } from './labels.js';
import type { ActiveRowReading, ApplyReading, Readings, ReviewReading, RowReading } from './model.js';
import { markersIn, reviewColOrder, reviewGroupOrder, toCanonical } from './read-rows.js';
import { readValue, toHalfWidth, type ValueToken } from './values.js';

/** Template wording of each applications row, in table order. */
const APPLY_RUN_LABELS: ReadonlyArray<[string, RegExp]> = [
  ['newReceived', /本年新收政府信息公开申请数量/],
  ['carriedOver', /上年结转政府信息公开申请数量/],
  ['granted', /予以公开/],
  ['partial', /部分公开(?:\([^)]*\))?/],
  ['denied.stateSecret', /属于国家秘密/],
  ['denied.lawForbidden', /其他法律行政法规禁止公开/],
  ['denied.threeSecurityOneStability', /危及[“"]?三安全一稳定[”"]?/],
  ['denied.thirdParty', /保护第三方合法权益/],
  ['denied.internalAffairs', /属于三类内部事务信息/],
  ['denied.processInfo', /属于四类过程性信息/],
  ['denied.enforcementFile', /属于行政执法案卷/],
  ['denied.adminQuery', /属于行政查询事项/],
  ['unable.notHeld', /本机关不掌握相关政府信息/],
  ['unable.needCreation', /没有现成信息需要另行制作/],
  ['unable.unclear', /补正后申请内容仍不明确/],
  ['notProcessed.petition', /信访举报投诉类申请/],
  ['notProcessed.duplicate', /重复申请/],
  ['notProcessed.publication', /要求提供公开出版物/],
  ['notProcessed.massRepeat', /无正当理由大量反复申请/],
  ['notProcessed.confirmReissue', /要求行政机关确认或重新出具已获取信息/],
  ['other', /\(六\)其他处理/],
  ['other.noCorrection', /逾期不补正[^\d]{0,30}?政府信息公开申请/],
  ['other.noFee', /收费通知[^\d]{0,30}?政府信息公开申请/],
  ['other.other', /3\.其他(?!法律)/],
  ['totalProcessed', /\(七\)总计/],
  ['carriedForward', /结转下年度继续办理/],
];

/** Text with full-width forms folded, brackets unified and line breaks removed. */
function flatten(text: string): string {
  return toHalfWidth(text)
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/\r?\n/g, ' ');
}

/** The value text right after a label: digits, spaces, signs, decimal points; a trailing "2." is the
 *  next sub-row's number, not a value. */
function valueRunAt(s: string, from: number): string {
  const m = /^[\s\d.,+\-]*/.exec(s.slice(from));
  let run = m ? m[0] : '';
  if (/\d\.\s*$/.test(run) && /^[^\d\s]/.test(s.slice(from + run.length))) run = run.replace(/\d\.\s*$/, '');
  return run.trim();
}

const PIECE = /^(0|[1-9]\d*)$/;
/** Longest number a table cell holds in a run (a count or an amount in 万元). */
const MAX_DIGITS = 8;
/** Steps of the split search before a run counts as ambiguous. */
const SEARCH_BUDGET = 200_000;

/**
 * Every way (up to `max`) of cutting digit groups into n numbers that satisfies `ok`. Spaces
 * between groups are cell boundaries; a number has no leading zero.
 */
export function digitSplits(groups: string[], n: number, ok: (v: number[]) => boolean, max = 2): number[][] {
  const solutions: number[][] = [];
  const digits = groups.reduce((a, g) => a + g.length, 0);
  if (n < groups.length || n > digits || digits > n * MAX_DIGITS) return solutions;
  // digits left from each group on: a split must leave at least one digit per number to come
  const digitsAfter = groups.map((_, i) => groups.slice(i + 1).reduce((a, g) => a + g.length, 0));
  let budget = SEARCH_BUDGET;
  const walk = (gi: number, pos: number, acc: number[]): void => {
    if (solutions.length >= max) return;
    if (--budget < 0) {
      // too many ways to look at: as good as ambiguous
      while (solutions.length < max) solutions.push([]);
      return;
    }
    if (gi < groups.length) {
      const left = groups[gi]!.length - pos + digitsAfter[gi]!;
      const piecesLeft = n - acc.length;
      if (left < piecesLeft || left > piecesLeft * MAX_DIGITS) return;
    }
    if (gi === groups.length) {
      if (acc.length === n && ok(acc)) solutions.push([...acc]);
      return;
    }
    const g = groups[gi]!;
    if (pos === g.length) return walk(gi + 1, 0, acc);
    for (let end = pos + 1; end <= g.length; end++) {
      const piece = g.slice(pos, end);
      if (!PIECE.test(piece) || piece.length > MAX_DIGITS) break; // a leading zero only stands alone
      if (acc.length + 1 > n) break;
      acc.push(Number(piece));
      if (end === g.length) walk(gi + 1, 0, acc);
      else walk(gi, end, acc);
      acc.pop();
      if (solutions.length >= max) return;
    }
  };
  walk(0, 0, []);
  return solutions;
}

/** Readings of a run-together value text as n cells satisfying `ok`: every candidate up to `max`
 *  (more, or an unreadable run, gives []). A run already separated into n numbers has one. */
export function candidateSplits(run: string, n: number, ok: (v: number[]) => boolean, max = 2): ValueToken[][] {
  const groups = run.split(/\s+/).filter((g) => g.length > 0);
  if (groups.length === 0) return [];
  if (groups.length === n) {
    const toks = groups.map((g) => readValue(g));
    const numbers = toks.every((t) => t.kind === 'number' && !/\.\d{3,}/.test(t.raw));
    if (numbers && ok(toks.map((t) => (t as { value: number }).value))) return [toks];
  }
  if (!groups.every((g) => /^\d+$/.test(g))) return [];
  const found = digitSplits(groups, n, ok, max + 1);
  if (found.length > max || found.some((f) => f.length === 0)) return [];
  return found.map((v) => v.map((x): ValueToken => ({ kind: 'number', raw: String(x), value: x, unit: '' })));
}

/** Place a run-together value text into n cells, or say why not. */
export function placeRun(run: string, n: number, ok: (v: number[]) => boolean): Fit {
  const found = candidateSplits(run, n, ok, 2);
  if (found.length === 1) return { ok: true, cells: found[0]! };
  return { ok: false, reason: found.length === 0 ? `no reading of "${run}" fits` : `"${run}" splits more than one way` };
}

const sum = (v: number[]): number => v.reduce((a, b) => a + b, 0);

function readApplyRun(s: string): ApplyReading | null {
  const start = s.search(/本年新收政府信息公开申请数量\s*\d/);
  if (start < 0) return null;
  const headerFrom = Math.max(0, s.lastIndexOf('申请人情况', start));
  const headerText = s.slice(headerFrom, start);
  const merged = mergedOrgColumns(headerText);
  let columns: Array<ApplyColumn | null> = merged ?? applyColumnsInHeader(headerText);
  if (columns.length < 3 || (!merged && columns.length < 4)) columns = [...APPLY_COLUMNS];
  const n = columns.length;
  const totalAt = columns.indexOf('total');
  // 总计 = the other columns, wherever the header puts it
  const rowOk = (v: number[]): boolean => totalAt < 0 || sum(v) - v[totalAt]! === v[totalAt];
  const rows = new Map<string, RowReading>();
  const candidates = new Map<string, ValueToken[][]>();
  let cursor = start;
  for (const [row, re] of APPLY_RUN_LABELS) {
    const m = re.exec(s.slice(cursor, cursor + 400));
    if (!m) continue;
    const labelEnd = cursor + m.index + m[0].length;
    const run = valueRunAt(s, labelEnd);
    cursor = labelEnd;
    if (run === '' || (row === 'other' && !/\d/.test(run))) continue;
    const found = candidateSplits(run, n, rowOk, MAX_CANDIDATES);
    candidates.set(row, found);
    rows.set(row, {
      rowText: `${m[0]}${run}`,
      label: m[0],
      cells: found.length === 1 ? found[0]! : null,
      reason: found.length === 1 ? '' : found.length === 0 ? `no reading of "${run}" fits` : `"${run}" splits more than one way`,
    });
    if (row === 'carriedForward') break;
  }
  if (rows.size === 0) return null;
  for (const [row, cells] of resolveByColumns(candidates, n)) {
    const reading = rows.get(row)!;
    rows.set(row, { ...reading, cells, reason: '' });
  }
  return { columns, rows, clean: false, ...(merged ? { mergedColumns: [...ORG_COLUMNS] } : {}) };
}

/** Candidates kept per ambiguous row for the column arithmetic. */
const MAX_CANDIDATES = 12;
/** Combinations of ambiguous rows tried at most. */
const MAX_COMBINATIONS = 5000;

/**
 * Rows whose run split several ways can still be fixed by the columns: (七)总计 = the outcome rows and
 * 一 + 二 = (七) + 四 must hold in every column. When exactly one combination of the ambiguous rows'
 * readings satisfies every column equation whose rows are all read, those readings are the values.
 */
export function resolveByColumns(candidates: Map<string, ValueToken[][]>, n: number): Map<string, ValueToken[]> {
  const fixed = new Map<string, number[]>();
  const ambiguous: Array<[string, number[][]]> = [];
  for (const [row, c] of candidates) {
    const values = c.map((cells) => cells.map((t) => (t.kind === 'number' ? t.value : NaN)));
    if (values.length === 1) fixed.set(row, values[0]!);
    else if (values.length > 1) ambiguous.push([row, values]);
  }
  const none = new Map<string, ValueToken[]>();
  if (ambiguous.length === 0) return none;
  const combos = ambiguous.reduce((a, [, v]) => a * v.length, 1);
  if (combos > MAX_COMBINATIONS) return none;

  const outcomeRows = [...candidates.keys()].filter((r) => !['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'].includes(r));
  const hasSubRows = outcomeRows.some((r) => r.startsWith('other.'));
  const outcomes = outcomeRows.filter((r) => !(hasSubRows && r === 'other'));
  const holds = (known: Map<string, number[]>): boolean => {
    const get = (r: string): number[] | undefined => known.get(r);
    for (let c = 0; c < n; c++) {
      const total = get('totalProcessed');
      const parts = outcomes.map(get);
      // an equation counts only when every one of its rows was read
      if (total && parts.every(Boolean) && sum(parts.map((p) => p![c]!)) !== total[c]) return false;
      const [nr, co, cf] = [get('newReceived'), get('carriedOver'), get('carriedForward')];
      if (nr && co && total && cf && nr[c]! + co[c]! !== total[c]! + cf[c]!) return false;
    }
    return true;
  };
  let solution: number[][] | null = null;
  let count = 0;
  const pick: number[][] = [];
  const walk = (i: number): void => {
    if (count > 1) return;
    if (i === ambiguous.length) {
      const known = new Map(fixed);
      ambiguous.forEach(([row], j) => known.set(row, pick[j]!));
      if (holds(known)) {
        count++;
        solution = pick.map((p) => [...p]);
      }
      return;
    }
    for (const v of ambiguous[i]![1]) {
      pick.push(v);
      walk(i + 1);
      pick.pop();
    }
  };
  walk(0);
  if (count !== 1 || !solution) return none;
  const chosen = solution as number[][];
  const out = new Map<string, ValueToken[]>();
  ambiguous.forEach(([row], j) => {
    out.set(row, chosen[j]!.map((x): ValueToken => ({ kind: 'number', raw: String(x), value: x, unit: '' })));
  });
  return out;
}

/** A stretch without digits that is the 复议/诉讼 table's header: it names the results (维持, 总计)
 *  and a litigation group, so the section heading ("四、政府信息公开行政复议、行政诉讼情况") and a prose
 *  sentence before the table ("被申请行政复议1件") are not it. */
const REVIEW_RUN_HEADER = /维持/;
const REVIEW_RUN_TOTAL = /总计|合计/;
const REVIEW_RUN_LIT = /未经复议直接起诉|直接起诉|复议后起诉/;
/** Longest header stretch looked at (the official header is about 90 characters). */
const MAX_REVIEW_HEADER = 300;

/** Start and end of the header of the 复议/诉讼 table after `from`: the first 行政复议 whose digit-free
 *  stretch carries the header words; null when there is none. */
export function reviewRunHeader(s: string, from: number): { start: number; end: number } | null {
  for (let at = s.indexOf('行政复议', from); at >= 0; at = s.indexOf('行政复议', at + 4)) {
    const rest = s.slice(at, at + MAX_REVIEW_HEADER);
    const firstDigit = rest.search(/\d/);
    if (firstDigit < 0) continue;
    const header = rest.slice(0, firstDigit);
    if (REVIEW_RUN_HEADER.test(header) && REVIEW_RUN_TOTAL.test(header) && REVIEW_RUN_LIT.test(header)) {
      return { start: at, end: at + firstDigit };
    }
  }
  return null;
}

function readReviewRun(s: string, from: number): ReviewReading | null {
  const found = reviewRunHeader(s, from);
  if (!found) return null;
  const header = s.slice(found.start, found.end);
  // the header may put the groups or the result columns in another order: sums are checked, and
  // cells placed, in the order written
  const groups = reviewGroupOrder([header]);
  const cols = reviewColOrder([header]);
  const totalAt = cols.indexOf('total');
  const run = valueRunAt(s, found.end);
  const groupsOk = (v: number[]): boolean =>
    [0, 5, 10].every((g) => sum(v.slice(g, g + 5)) - v[g + totalAt]! === v[g + totalAt]);
  const fit = placeRun(run, 15, groupsOk);
  const reading: RowReading = {
    rowText: `${header.trim().slice(-12)} ${run}`,
    label: '',
    cells: fit.ok ? toCanonical(fit.cells, groups, cols) : null,
    reason: fit.ok ? '' : fit.reason,
  };
  return { reading };
}

function readActiveRun(s: string, end: number): Readings['active'] {
  const start = s.search(/第二十条第\(?一\)?项/);
  if (start < 0 || (end >= 0 && start > end)) return null;
  const region = s.slice(start, end > start ? end : start + 1500);
  const markers = markersIn(region);
  const rows = new Map<string, ActiveRowReading>();
  let cursor = 0;
  for (const def of ACTIVE_ROWS) {
    const re = def.row === 'normative' ? /行政规范性文件|规范性文件/ : new RegExp(def.labelZh);
    const m = re.exec(region.slice(cursor));
    if (!m) continue;
    const labelAt = cursor + m.index;
    const labelEnd = labelAt + m[0].length;
    const run = valueRunAt(region, labelEnd);
    if (run === '') continue;
    const header = region.slice(Math.max(0, region.lastIndexOf('信息内容', labelAt)), labelAt);
    cursor = labelEnd;
    rows.set(def.row, {
      def,
      header,
      rowText: `${m[0]}${run}`,
      label: m[0],
      place: (n) => placeRun(run, n, () => true),
    });
  }
  if (rows.size === 0) return null;
  const f2019 = markers.f2019;
  if (rows.has('otherService')) f2019.push('其他对外管理服务事项');
  if (rows.has('procurement')) f2019.push('政府集中采购');
  return { rows, f2019Markers: f2019, f2021Markers: markers.f2021, clean: false };
}

/** Read the three tables from text whose cells ran together. */
export function readRunTogether(text: string): Readings {
  const s = flatten(text);
  const applications = readApplyRun(s);
  const applyAt = s.search(/本年新收政府信息公开申请数量\s*\d/);
  const carriedAt = applyAt >= 0 ? s.indexOf('结转下年度继续办理', applyAt) : -1;
  const headerAt = applyAt >= 0 ? Math.max(s.lastIndexOf('收到和处理政府信息公开申请', applyAt), 0) : -1;
  return {
    active: readActiveRun(s, headerAt > 0 ? headerAt : applyAt),
    applications,
    review: carriedAt >= 0 ? readReviewRun(s, carriedAt) : null,
  };
}
