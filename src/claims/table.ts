/**
 * Reading the parsed table cells a claim speaks of: single cells, group sums, and other readings of
 * the table that a disagreeing number happens to equal (一+二, one applicant column, another row).
 */
import type { Cell, CellStatus, Report, Template } from '../types.js';

export const APPLY_COLUMNS = ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'] as const;
export type ApplyColumn = (typeof APPLY_COLUMNS)[number];

export const COLUMN_ZH: Readonly<Record<string, string>> = {
  naturalPerson: '自然人', commercial: '商业企业', research: '科研机构', socialWelfare: '社会公益组织',
  legalService: '法律服务机构', otherOrg: '其他', total: '总计',
};

export const APPLY_ROW_ZH: Readonly<Record<string, string>> = {
  newReceived: '一、本年新收', carriedOver: '二、上年结转', granted: '(一)予以公开', partial: '(二)部分公开',
  denied: '(三)不予公开', unable: '(四)无法提供', notProcessed: '(五)不予处理', other: '(六)其他处理',
  totalProcessed: '(七)总计', carriedForward: '四、结转下年度继续办理',
};

export const DENIED_ROWS = ['stateSecret', 'lawForbidden', 'threeSecurityOneStability', 'thirdParty', 'internalAffairs', 'processInfo', 'enforcementFile', 'adminQuery'];
export const UNABLE_ROWS = ['notHeld', 'needCreation', 'unclear'];
export const NOT_PROCESSED_ROWS = ['petition', 'duplicate', 'publication', 'massRepeat', 'confirmReissue'];
export const OTHER_ROWS_F2021 = ['noCorrection', 'noFee', 'other'];

/** A cell as a claim needs it: its number when readable, else why not. */
export interface CellReading {
  key: string;
  value: number | null;
  /** 'missing' when the table parser produced no such cell at all. */
  status: CellStatus | 'missing';
  cell: Cell | null;
}

export function readCell(cells: readonly Cell[], key: string): CellReading {
  const cell = cells.find((c) => c.key === key) ?? null;
  if (!cell) return { key, value: null, status: 'missing', cell: null };
  const value = cell.status === 'ok' ? cell.value : null;
  return { key, value, status: cell.status, cell };
}

/** Sum of cells; null when any of them is not read with certainty. */
export function sumCells(cells: readonly Cell[], keys: readonly string[]): { value: number | null; blocking: CellReading[] } {
  const readings = keys.map((k) => readCell(cells, k));
  const blocking = readings.filter((r) => r.value === null);
  if (blocking.length > 0) return { value: null, blocking };
  return { value: round2(readings.reduce((s, r) => s + (r.value ?? 0), 0)), blocking };
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The template the tables follow, as far as the report knows it. */
export function tableTemplate(report: Report): Template {
  if (report.layout && report.layout.template !== 'unknown') return report.layout.template;
  if (report.meta.template !== 'unknown') return report.meta.template;
  const keys = new Set(report.cells.map((c) => c.key));
  if ([...keys].some((k) => /^a1\.\w+\.(issued|valid|repealed)$|^apply\.other\.noCorrection/.test(k))) return 'F2021';
  if ([...keys].some((k) => /^a1\.\w+\.(made|published|totalPublic)$|^a5\.otherService/.test(k))) return 'F2019';
  if (report.meta.year !== null) return report.meta.year >= 2021 ? 'F2021' : 'F2019';
  return 'unknown';
}

/** Keys of an applications-table row (a group expands to its sub-rows). */
export function applyRowKeys(row: string, col: string, template: Template, cells: readonly Cell[]): string[] {
  const k = (r: string): string => `apply.${r}.${col}`;
  switch (row) {
    case 'denied':
      return DENIED_ROWS.map((r) => k(`denied.${r}`));
    case 'unable':
      return UNABLE_ROWS.map((r) => k(`unable.${r}`));
    case 'notProcessed':
      return NOT_PROCESSED_ROWS.map((r) => k(`notProcessed.${r}`));
    case 'other': {
      const f2021 = template === 'F2021' || cells.some((c) => c.key.startsWith('apply.other.noCorrection'));
      return f2021 ? OTHER_ROWS_F2021.map((r) => k(`other.${r}`)) : [k('other')];
    }
    case 'grantedPartial':
      return [k('granted'), k('partial')];
    default:
      return [k(row)];
  }
}

/** Why a reading could not be used, for a person: "apply.newReceived.total is absent (column 总计 missing)". */
export function describeBlocking(report: Report, r: CellReading): string {
  const col = r.key.split('.').pop() ?? '';
  const missingCol = report.layout?.missingColumns.includes(col) ?? false;
  const why =
    r.status === 'missing'
      ? missingCol
        ? `absent (column ${COLUMN_ZH[col] ?? col} is missing from the table)`
        : 'not found in the parsed tables'
      : r.status === 'absent'
        ? missingCol
          ? `absent (column ${COLUMN_ZH[col] ?? col} is missing from the table)`
          : 'absent from the table'
        : r.status === 'blank'
          ? 'blank in the table'
          : r.cell?.raw
            ? `uncertain (read "${r.cell.raw}" but its position in the row is not sure)`
            : 'uncertain (its position in the table could not be pinned down)';
  return `${r.key} is ${why}`;
}

/** Another reading of the table that equals `value`, worded for a message; '' when none. */
export function alternativeReading(report: Report, keys: readonly string[], value: number): string {
  const cells = report.cells;
  const val = (k: string): number | null => readCell(cells, k).value;
  if (keys.length !== 1) return '';
  const key = keys[0];
  const m = /^apply\.(newReceived|totalProcessed|carriedOver|carriedForward|granted|partial)\.(\w+)$/.exec(key);
  if (m) {
    const col = m[2];
    const a = val(`apply.newReceived.${col}`);
    const b = val(`apply.carriedOver.${col}`);
    if (m[1] === 'newReceived' && a !== null && b !== null && b !== 0 && a + b === value) return `${value} equals 一+二 (${a}+${b})`;
    for (const row of ['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward', 'granted', 'partial']) {
      if (row === m[1]) continue;
      const v = val(`apply.${row}.${col}`);
      if (v !== null && v !== 0 && v === value) return `${value} equals the row ${APPLY_ROW_ZH[row]} (${v})`;
    }
    if (col === 'total') {
      for (const c of APPLY_COLUMNS) {
        if (c === 'total') continue;
        const v = val(`apply.${m[1]}.${c}`);
        if (v !== null && v !== 0 && v === value) return `${value} equals the ${COLUMN_ZH[c]} column only (${v})`;
      }
    }
    return '';
  }
  const others: Readonly<Record<string, string[]>> = {
    'a6.penalty.decisions': ['a6.coercion.decisions', 'a5.license.decisions'],
    'a6.coercion.decisions': ['a6.penalty.decisions', 'a5.license.decisions'],
    'a5.license.decisions': ['a6.penalty.decisions', 'a6.coercion.decisions'],
  };
  for (const o of others[key] ?? []) {
    const v = val(o);
    if (v !== null && v !== 0 && v === value) return `${value} equals ${o} (${v})`;
  }
  return '';
}
