/** Reports built by hand from the development corpus, for the themes and corpus tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeText } from '../../src/structure/normalize.js';
import { emptyReport, type Cell, type Report, type Section, type SectionId } from '../../src/types.js';

const CORPORA = fileURLToPath(new URL('../../corpora/', import.meta.url));

export function corpusText(relPath: string): string {
  return readFileSync(CORPORA + relPath, 'utf8');
}

const NUMERALS = ['一', '二', '三', '四', '五', '六'] as const;
const IDS: SectionId[] = ['overview', 'active', 'applications', 'review', 'problems', 'other'];

/** The six "一、…" to "六、…" headings, found in order (table rows, which hold TABs, are skipped). */
export function locateSections(text: string): Section[] {
  const found: Array<{ id: SectionId; start: number; bodyStart: number; heading: string }> = [];
  let from = 0;
  NUMERALS.forEach((numeral, i) => {
    const re = new RegExp(`()(${numeral}、[^\\t\\n]{2,30}?(?:情况|问题及改进(?:情况|措施|方向)|事项))`, 'g');
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) return;
    const start = m.index;
    found.push({ id: IDS[i]!, start, bodyStart: start + m[2]!.length, heading: m[2]! });
    from = start + m[2]!.length;
  });
  return found.map((s, i) => ({ ...s, end: i + 1 < found.length ? found[i + 1]!.start : text.length }));
}

/** A report whose text is `raw` (normalized) with its sections located. */
export function reportOf(reportId: string, raw: string, meta: Partial<Report['meta']> = {}): Report {
  const base = emptyReport({ path: `${reportId}.txt`, reportId, sha256: '', format: 'txt', bytes: raw.length });
  const text = normalizeText(raw);
  return {
    ...base,
    text,
    sections: locateSections(text),
    meta: { ...base.meta, ...meta },
  };
}

export function sectionBody(report: Report, id: SectionId): string {
  const s = report.sections.find((x) => x.id === id);
  return s ? report.text.slice(s.bodyStart, s.end) : '';
}

const APPLY_COLUMNS = ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'];

/** The last n numbers of the TAB row that starts with `label`, with the row itself. */
function rowNumbers(text: string, label: string, n: number): { values: number[]; row: string } {
  const row = text.split('\n').find((line) => line.includes('\t') && line.replace(/\s/g, '').startsWith(label));
  if (!row) throw new Error(`no row ${label}`);
  const values = row.split('\t').map((c) => c.trim()).filter((c) => /^\d+$/.test(c)).map(Number);
  return { values: values.slice(-n), row };
}

function cell(key: string, value: number, row: string, table: Cell['table']): Cell {
  return { key, table, labelZh: key, value, raw: String(value), status: 'ok', rowText: row };
}

/**
 * Cells the cross-year rules read, taken from the report's own F2021 TAB rows
 * (二、上年结转 / 四、结转下年度继续办理 / 规章 / 行政规范性文件).
 */
export function crossYearCells(text: string): Cell[] {
  const cells: Cell[] = [];
  for (const [label, row] of [['二、上年结转', 'carriedOver'], ['四、结转下年度继续办理', 'carriedForward']] as const) {
    const { values, row: line } = rowNumbers(text, label, 7);
    values.forEach((v, i) => cells.push(cell(`apply.${row}.${APPLY_COLUMNS[i]}`, v, line, 'applications')));
  }
  for (const [label, row] of [['规章', 'rules'], ['行政规范性文件', 'normative']] as const) {
    const { values, row: line } = rowNumbers(text, label, 3);
    (['issued', 'repealed', 'valid'] as const).forEach((col, i) => cells.push(cell(`a1.${row}.${col}`, values[i]!, line, 'active')));
  }
  return cells;
}

/** Replace the numbers of the TAB row starting with `label` by `values` (keeping its label cells). */
export function editRow(text: string, label: string, values: number[]): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line.includes('\t') || !line.replace(/\s/g, '').startsWith(label)) return line;
      const cells = line.split('\t');
      const numeric = cells.map((c, i) => (/^\d+$/.test(c.trim()) ? i : -1)).filter((i) => i >= 0);
      numeric.slice(-values.length).forEach((idx, k) => (cells[idx] = String(values[k])));
      return cells.join('\t');
    })
    .join('\n');
}
