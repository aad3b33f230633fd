/**
 * The canonical rows and columns of the three tables (report-format.md §3–§5, outputs.md cell keys),
 * and how a row label as written is matched to one of them: by key phrases of its text, never by its
 * number ("3." exists in four groups).
 */
import { toHalfWidth } from './values.js';
import { allMatches } from '../regex.js';

/** Label text for matching: full-width forms folded, all whitespace and quote marks removed,
 *  brackets unified. */
export function normLabel(s: string): string {
  return foldLabel(toHalfWidth(s));
}

/** normLabel of a text toHalfWidth has already folded. */
export function foldLabel(halfWidth: string): string {
  return halfWidth.replace(LABEL_FOLDS, foldLabelChar);
}

/** What normLabel changes, in one pass: opening and closing brackets, quote marks, whitespace, pipes. */
const LABEL_FOLDS = /[（【〔［]|[）】〕］]|[“”"'‘’「」『』|]|\s+/g;
const OPENING = new Set(['（', '【', '〔', '［']);
const CLOSING = new Set(['）', '】', '〕', '］']);
function foldLabelChar(m: string): string {
  if (OPENING.has(m)) return '(';
  if (CLOSING.has(m)) return ')';
  return '';
}

/** Drop parenthetical annotations ("规章(设区的市…)", "(指2019年事项数)") — D23. */
export function stripParentheticals(s: string): string {
  let prev = '';
  let out = s;
  while (out !== prev) {
    prev = out;
    out = out.replace(/\([^()]*\)/g, '');
  }
  return out;
}

// ───────────────────────────── applications table (表三) ─────────────────────────────

export const APPLY_COLUMNS = [
  'naturalPerson',
  'commercial',
  'research',
  'socialWelfare',
  'legalService',
  'otherOrg',
  'total',
] as const;
export type ApplyColumn = (typeof APPLY_COLUMNS)[number];

export const APPLY_COLUMN_ZH: Record<ApplyColumn, string> = {
  naturalPerson: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  socialWelfare: '社会公益组织',
  legalService: '法律服务机构',
  otherOrg: '其他',
  total: '总计',
};

/** Header words of each column (after normLabel), in the order they are searched. */
const APPLY_COLUMN_HEADER: Record<ApplyColumn, RegExp> = {
  naturalPerson: /自然人/,
  commercial: /商业企业/,
  research: /科研机构/,
  socialWelfare: /社会公益组织|社会组织/,
  legalService: /法律服务机构/,
  otherOrg: /其他/,
  total: /总计|合计/,
};

/** Columns named in a header text, in canonical order. "法人或其他组织" and the 勾稽 note are removed first. */
export function applyColumnsInHeader(headerText: string): ApplyColumn[] {
  const t = normLabel(headerText)
    .replace(/法人或其他组织/g, '')
    .replace(/\(?本列数据的勾稽关系[^)]*\)?/g, '');
  return APPLY_COLUMNS.filter((c) => APPLY_COLUMN_HEADER[c].test(t));
}

/** Applicant-column words of a header row, in the order written (null: 法人或其他组织 小计, which has no key). */
const HEADER_WORDS: ReadonlyArray<[ApplyColumn | 'org' | 'subtotal', RegExp]> = [
  ['org', /法人或其他组织(?!小计)/g],
  ['subtotal', /(?:法人或其他组织)?小计/g],
  ['naturalPerson', /自然人/g],
  ['commercial', /商业企业/g],
  ['research', /科研机构/g],
  ['socialWelfare', /社会公益组织|社会组织/g],
  ['legalService', /法律服务机构/g],
  ['otherOrg', /其他(?!结果)/g],
  ['total', /总计|合计/g],
];

function wordsInOrder(rowText: string): Array<ApplyColumn | 'org' | 'subtotal'> {
  let t = normLabel(rowText).replace(/\(?本列数据的勾稽关系[^)]*\)?/g, '');
  const found: Array<[number, ApplyColumn | 'org' | 'subtotal']> = [];
  for (const [name, re] of HEADER_WORDS) {
    for (const m of allMatches(re, t)) found.push([m.index, name]);
    // blank out what matched so "其他" inside "法人或其他组织" is not read again
    t = t.replace(re, (w) => '#'.repeat(w.length));
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, n]) => n);
}

/**
 * The applicant columns in the order the header puts them, when the header departs from the official
 * order: a "小计" column (法人或其他组织 subtotal, no key: null) or 总计 written before 自然人 on the same
 * header row. Null when the header gives no such sign (the official order applies).
 * `headerRows`: the header's rows, top first, each as its cells' text in order.
 */
export function applyColumnOrder(headerRows: string[]): Array<ApplyColumn | null> | null {
  const rows = headerRows.map(wordsInOrder);
  const subtotal = rows.some((r) => r.includes('subtotal'));
  const totalFirst = rows.some((r) => r.includes('total') && r.includes('naturalPerson') && r.indexOf('total') < r.indexOf('naturalPerson'));
  if (!subtotal && !totalFirst) return null;
  const topIdx = rows.findIndex((r) => r.includes('naturalPerson'));
  const subIdx = rows.findIndex((r) => r.includes('commercial'));
  if (topIdx < 0 || subIdx < 0) return null;
  const top = [...rows[topIdx]!];
  const sub: Array<ApplyColumn | 'org' | 'subtotal'> = rows[subIdx]!.filter((w) => w !== 'org' && w !== 'naturalPerson' && w !== 'total');
  // 总计 or 小计 written on another header row (beside 申请人情况): after the group it belongs to
  if (!top.includes('total') && rows.some((r) => r.includes('total'))) top.push('total');
  const order: Array<ApplyColumn | 'org' | 'subtotal'> = [];
  for (const w of top) {
    if (w === 'org') order.push(...sub);
    else if (subIdx !== topIdx && sub.includes(w)) continue;
    else order.push(w);
  }
  if (!top.includes('org') && subIdx !== topIdx) order.splice(order.indexOf('naturalPerson') + 1, 0, ...sub);
  const out = order.filter((w) => w !== 'org').map((w) => (w === 'subtotal' ? null : w));
  const named = out.filter((w): w is ApplyColumn => w !== null);
  if (new Set(named).size !== named.length) return null;
  return out;
}

/** The five applicant columns that 法人或其他组织 groups. */
export const ORG_COLUMNS: readonly ApplyColumn[] = ['commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg'];

/**
 * A header with 法人或其他组织 as ONE column (自然人 / 法人或其他组织 / 总计, none of the five
 * organisation columns under it): the three columns in the order written, the organisation one as
 * null (it has no key: only the sum of the five is known). Null for any other header.
 */
export function mergedOrgColumns(headerText: string): Array<ApplyColumn | null> | null {
  const words = wordsInOrder(headerText);
  if (!words.includes('org') || !words.includes('naturalPerson') || !words.includes('total')) return null;
  if (words.some((w) => w === 'subtotal' || (ORG_COLUMNS as readonly string[]).includes(w))) return null;
  const order = [...new Set(words)].map((w) => (w === 'org' ? null : w)) as Array<ApplyColumn | null>;
  return order.length === 3 ? order : null;
}

export interface ApplyRowDef {
  /** Row part of the cell key: `apply.<row>.<column>`. */
  row: string;
  labelZh: string;
  /** Which layouts have this row: F2019 has `other` as a leaf, F2021 its three sub-rows. */
  layouts: Array<'F2019' | 'F2021'>;
  /** Whether the row counts as an outcome row ((一)–(六)) in the (七) sum. */
  outcome: boolean;
}

export const APPLY_ROWS: readonly ApplyRowDef[] = [
  { row: 'newReceived', labelZh: '一、本年新收政府信息公开申请数量', layouts: ['F2019', 'F2021'], outcome: false },
  { row: 'carriedOver', labelZh: '二、上年结转政府信息公开申请数量', layouts: ['F2019', 'F2021'], outcome: false },
  { row: 'granted', labelZh: '(一)予以公开', layouts: ['F2019', 'F2021'], outcome: true },
  { row: 'partial', labelZh: '(二)部分公开', layouts: ['F2019', 'F2021'], outcome: true },
  { row: 'denied.stateSecret', labelZh: '(三)不予公开 1.属于国家秘密', layouts: ['F2019', 'F2021'], outcome: true },
  { row: 'denied.lawForbidden', labelZh: '(三)不予公开 2.其他法律行政法规禁止公开', layouts: ['F2019', 'F2021'], outcome: true },
  { row: 'denied.threeSecurityOneStability', labelZh: '(三)不予公开 3.危及“三安全一稳定”', layouts: ['F2019', 'F2021'], outcome: true },
  { row: 'denied.thirdParty', labelZh: '(三)不予公开 4.保护第三方合法权益', layouts: ['F2019', 'F2021'], outcome: true },
  { row: 'denied.internalAffairs', labelZh: '(三)不予公开 5.属于三类内部事务信息', layouts: ['F2019', 'F2021'], outcome: true },
  { row: 'denied.processInfo', labelZh: '(三)不予公开 6.属于四类过程性信息', layouts: ['F2019', 'F2021'], outcome: true },
  { row: 'denied.enforcementFile', labelZh: '(三)不予公开 7.属于行政执法案卷', layouts: ['F2019', 'F2021'], outcome: true },
  { row: 'denied.adminQuery', labelZh: '(三)不予公开 8.属于行政查询事项', layouts: ['F2019', 'F2021'], outcome: true },
  { row: 'unable.notHeld', labelZh: '(四)无法提供 1.本机关不掌握相关政府信息', layouts: ['F2019', 'F2021'], outcome: true },
  { row: 'unable.needCreation', labelZh: '(四)无法提供 2.没有现成信息需要另行制作', layouts: ['F2019', 'F2021'], outcome: true },
  { row: 'unable.unclear', labelZh: '(四)无法提供 3.补正后申请内容仍不明确', layouts: ['F2019', 'F2021'], outcome: true },
  { row: 'notProcessed.petition', labelZh: '(五)不予处理 1.信访举报投诉类申请', layouts: ['F2019', 'F2021'], outcome: true },
  { row: 'notProcessed.duplicate', labelZh: '(五)不予处理 2.重复申请', layouts: ['F2019', 'F2021'], outcome: true },
  { row: 'notProcessed.publication', labelZh: '(五)不予处理 3.要求提供公开出版物', layouts: ['F2019', 'F2021'], outcome: true },
  { row: 'notProcessed.massRepeat', labelZh: '(五)不予处理 4.无正当理由大量反复申请', layouts: ['F2019', 'F2021'], outcome: true },
  { row: 'notProcessed.confirmReissue', labelZh: '(五)不予处理 5.要求行政机关确认或重新出具已获取信息', layouts: ['F2019', 'F2021'], outcome: true },
  { row: 'other', labelZh: '(六)其他处理', layouts: ['F2019'], outcome: true },
  { row: 'other.noCorrection', labelZh: '(六)其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', layouts: ['F2021'], outcome: true },
  { row: 'other.noFee', labelZh: '(六)其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', layouts: ['F2021'], outcome: true },
  { row: 'other.other', labelZh: '(六)其他处理 3.其他', layouts: ['F2021'], outcome: true },
  { row: 'totalProcessed', labelZh: '(七)总计', layouts: ['F2019', 'F2021'], outcome: false },
  { row: 'carriedForward', labelZh: '四、结转下年度继续办理', layouts: ['F2019', 'F2021'], outcome: false },
];

export const F2021_OTHER_ROWS = ['other.noCorrection', 'other.noFee', 'other.other'] as const;

/** Key phrases of each row, most specific first: the first match decides. */
const APPLY_ROW_PHRASES: ReadonlyArray<[string, RegExp]> = [
  ['other.noCorrection', /不补正|逾期不补/],
  ['other.noFee', /收费通知|缴纳费用/],
  ['notProcessed.confirmReissue', /确认或重新出具|重新出具|已获取信息$/],
  ['notProcessed.massRepeat', /大量反复/],
  ['notProcessed.petition', /信访|举报投诉/],
  ['notProcessed.duplicate', /重复申请/],
  ['notProcessed.publication', /出版物/],
  ['denied.stateSecret', /国家秘密/],
  ['denied.lawForbidden', /其他法律|法规禁止/],
  ['denied.threeSecurityOneStability', /三安全/],
  ['denied.thirdParty', /第三方/],
  ['denied.internalAffairs', /内部事务/],
  ['denied.processInfo', /过程性/],
  ['denied.enforcementFile', /执法案卷/],
  ['denied.adminQuery', /行政查询|查询事项/],
  ['unable.notHeld', /不掌握/],
  ['unable.needCreation', /另行制作|没有现成/],
  ['unable.unclear', /仍不明确|补正后申请/],
  ['newReceived', /本年新收/],
  ['carriedOver', /上年结转/],
  ['carriedForward', /结转下年度|结转下一年|转下年度/],
  ['partial', /部分公开|不分公开/],
  ['granted', /予以公开/],
  ['totalProcessed', /^(三、本年度办理结果)?\(七\)总计$|^总计$|^\(七\)合计$/],
];

/** Which applications-table row a label names, or null. `inOtherGroup`: the (六) group was the last
 *  group label seen, so a bare "3.其他" is its sub-row. */
export function matchApplyRow(label: string, inOtherGroup: boolean): string | null {
  return matchApplyKey(normLabel(label), inOtherGroup);
}

/** matchApplyRow of a label normalized already (a row's `key`). */
export function matchApplyKey(key: string, inOtherGroup: boolean): string | null {
  const l = key.replace(/^三、本年?度办理结果/, '');
  if (l.length === 0) return null;
  for (const [row, re] of APPLY_ROW_PHRASES) if (re.test(l)) return row;
  // (六)其他处理 as a leaf (F2019) or a group label carrying its "3.其他" sub-row
  const rest = l.replace(/^\(六\)/, '');
  if (/^其他处理$/.test(rest)) return 'other';
  if (/^其他处理3\.?其他$/.test(rest)) return 'other.other';
  if (/^3\.?其他$/.test(l) && inOtherGroup) return 'other.other';
  if (/^\(七\)/.test(l) && /总计|合计/.test(l)) return 'totalProcessed';
  return null;
}

/** Whether a label is (or starts with) the (六)其他处理 group label. */
export function isOtherGroupLabel(label: string): boolean {
  return /^(三、本年?度办理结果)?\(六\)其他处理/.test(normLabel(label));
}

// ───────────────────────────── review table (表四) ─────────────────────────────

export const REVIEW_GROUPS = ['review', 'litDirect', 'litAfterReview'] as const;
export const REVIEW_COLS = ['maintain', 'correct', 'other', 'pending', 'total'] as const;
export const REVIEW_GROUP_ZH: Record<(typeof REVIEW_GROUPS)[number], string> = {
  review: '行政复议',
  litDirect: '行政诉讼 未经复议直接起诉',
  litAfterReview: '行政诉讼 复议后起诉',
};
export const REVIEW_COL_ZH: Record<(typeof REVIEW_COLS)[number], string> = {
  maintain: '结果维持',
  correct: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};
/** The 15 keys c1..c15 in table order. */
export const REVIEW_KEYS: readonly string[] = REVIEW_GROUPS.flatMap((g) => REVIEW_COLS.map((c) => `review.${g}.${c}`));
export function reviewLabelZh(index: number): string {
  const g = REVIEW_GROUPS[Math.floor(index / 5)]!;
  const c = REVIEW_COLS[index % 5]!;
  return `${REVIEW_GROUP_ZH[g]} / ${REVIEW_COL_ZH[c]}`;
}

// ───────────────────────────── active table (表二) ─────────────────────────────

export type ActiveRow = 'rules' | 'normative' | 'license' | 'otherService' | 'penalty' | 'coercion' | 'fee' | 'procurement';

export interface ActiveRowDef {
  row: ActiveRow;
  item: 'a1' | 'a5' | 'a6' | 'a8' | 'a9';
  labelZh: string;
  /** Label as written, after normLabel and stripParentheticals. */
  names: RegExp;
  f2019: Array<[string, string]> | null;
  f2021: Array<[string, string]> | null;
}

const A1_2019: Array<[string, string]> = [['made', '本年新制作数量'], ['published', '本年新公开数量'], ['totalPublic', '对外公开总数量']];
const A1_2021: Array<[string, string]> = [['issued', '本年制发件数'], ['repealed', '本年废止件数'], ['valid', '现行有效件数']];
const ITEMS_2019: Array<[string, string]> = [['prevItems', '上一年项目数量'], ['delta', '本年增/减'], ['decisions', '处理决定数量']];
const DECISIONS_2021: Array<[string, string]> = [['decisions', '本年处理决定数量']];

export const ACTIVE_ROWS: readonly ActiveRowDef[] = [
  { row: 'rules', item: 'a1', labelZh: '规章', names: /^(政府)?规章$/, f2019: A1_2019, f2021: A1_2021 },
  { row: 'normative', item: 'a1', labelZh: '规范性文件', names: /^(行政)?规范性文件$/, f2019: A1_2019, f2021: A1_2021 },
  { row: 'license', item: 'a5', labelZh: '行政许可', names: /^行政许可(事项)?$/, f2019: ITEMS_2019, f2021: DECISIONS_2021 },
  { row: 'otherService', item: 'a5', labelZh: '其他对外管理服务事项', names: /^其他对外管理服务(事项)?$/, f2019: ITEMS_2019, f2021: null },
  { row: 'penalty', item: 'a6', labelZh: '行政处罚', names: /^行政处罚(事项)?$/, f2019: ITEMS_2019, f2021: DECISIONS_2021 },
  { row: 'coercion', item: 'a6', labelZh: '行政强制', names: /^行政强制(措施|事项)?$/, f2019: ITEMS_2019, f2021: DECISIONS_2021 },
  {
    row: 'fee',
    item: 'a8',
    labelZh: '行政事业性收费',
    names: /^行政事业性收费(项目)?$/,
    f2019: [['prevItems', '上一年项目数量'], ['delta', '本年增/减']],
    f2021: [['amountWan', '本年收费金额(万元)']],
  },
  {
    row: 'procurement',
    item: 'a9',
    labelZh: '政府集中采购',
    names: /^政府集中采购(项目)?$/,
    f2019: [['projects', '采购项目数量'], ['amountWan', '采购总金额']],
    f2021: null,
  },
];

// ───────────────────────────── cell keys ─────────────────────────────

/** A cell's key and its label. */
export interface CellName {
  key: string;
  labelZh: string;
}

/**
 * Keys and labels of the applications and active tables, made once by row and column. A key joined
 * anew for every report was a new string for every Map it met: each hashed it again (the cell
 * index, each check's look-ups), a fifth of the table checks' time. Made here, every stage holds
 * the same strings.
 */
const APPLY_CELL_NAMES: ReadonlyMap<string, ReadonlyMap<string, CellName>> = new Map(
  APPLY_ROWS.map((d) => [d.row, new Map(APPLY_COLUMNS.map((c) => [c, { key: `apply.${d.row}.${c}`, labelZh: `${d.labelZh} / ${APPLY_COLUMN_ZH[c]}` }]))]),
);
/** By row and column as the row's definition lists it (a column may be labelled differently in
 *  the two layouts: 处理决定数量 / 本年处理决定数量). */
const ACTIVE_CELL_NAMES: ReadonlyMap<ActiveRowDef, ReadonlyMap<readonly [string, string], CellName>> = new Map(
  ACTIVE_ROWS.map((d) => [
    d,
    new Map([...(d.f2019 ?? []), ...(d.f2021 ?? [])].map((column) => [column, { key: `${d.item}.${d.row}.${column[0]}`, labelZh: `${d.labelZh} / ${column[1]}` }])),
  ]),
);

/** Key and label of an applications-table cell (`apply.<row>.<column>`). */
export function applyCellName(row: string, column: ApplyColumn): CellName {
  return APPLY_CELL_NAMES.get(row)?.get(column) ?? { key: `apply.${row}.${column}`, labelZh: `${row} / ${APPLY_COLUMN_ZH[column]}` };
}

/** Key of an applications-table cell. */
export const applyKey = (row: string, column: ApplyColumn): string => applyCellName(row, column).key;

/** Key and label of an active-table cell (`<item>.<row>.<column>`), `column` one of the row's
 *  [column, label] pairs. */
export function activeCellName(def: ActiveRowDef, column: readonly [string, string]): CellName {
  return ACTIVE_CELL_NAMES.get(def)?.get(column) ?? { key: `${def.item}.${def.row}.${column[0]}`, labelZh: `${def.labelZh} / ${column[1]}` };
}

/** Which active-table row a label names (annotations in brackets ignored), or null. */
export function matchActiveRow(label: string): ActiveRowDef | null {
  return matchActiveKey(normLabel(label));
}

/** matchActiveRow of a label normalized already (a row's `key`). */
export function matchActiveKey(key: string): ActiveRowDef | null {
  const l = stripParentheticals(key).replace(/^\d+[.、]/, '');
  return ACTIVE_ROWS.find((d) => d.names.test(l)) ?? null;
}

/** Layout markers in a header or label text (report-format.md §1). */
export const F2019_HEADER_MARKERS: ReadonlyArray<[string, RegExp]> = [
  ['本年新制作数量', /本年新制作/],
  ['本年新公开数量', /本年新公开/],
  ['对外公开总数量', /对外公开总数/],
  ['上一年项目数量', /上一年项目数量/],
  ['本年增/减', /本年增\/?减/],
  ['采购项目数量', /采购项目数量/],
  ['采购总金额', /采购总金额/],
  ['处理决定数量', /(?<!本年)处理决定数量/],
];
export const F2021_HEADER_MARKERS: ReadonlyArray<[string, RegExp]> = [
  ['本年制发件数', /本年制发/],
  ['本年废止件数', /本年废止/],
  ['现行有效件数', /现行有效/],
  ['本年处理决定数量', /本年处理决定数量/],
  ['本年收费金额', /本年收费金额/],
];
