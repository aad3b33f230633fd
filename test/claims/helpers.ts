/** Hand-built reports for the claims and prose-check tests (the structure and tables stages are
 *  tested elsewhere): a text, its sections, and cells mirroring the real tables. */
import { emptyReport, type Cell, type CellStatus, type Level, type Report, type Section, type SectionId, type Template } from '../../src/types.js';
import { extractClaims } from '../../src/claims/index.js';

export function cell(key: string, value: number | null, status: CellStatus = value === null ? 'blank' : 'ok'): Cell {
  const table = key.startsWith('apply.') ? 'applications' : key.startsWith('review.') ? 'review' : 'active';
  return { key, table, labelZh: key, value, raw: value === null ? '' : String(value), status, rowText: key };
}

/** The seven columns of one applications-table row, from a list of values (null = blank). */
export function applyRow(row: string, values: Array<number | null>): Cell[] {
  const cols = ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'];
  return cols.map((c, i) => cell(`apply.${row}.${c}`, values[i] ?? null));
}

export interface ReportOptions {
  cells?: Cell[];
  template?: Template;
  level?: Level;
  year?: number;
  /** Sections as [id, heading]; each heading must occur in the text. Default: the whole text is 总体情况. */
  sections?: Array<[SectionId, string]>;
  missingColumns?: string[];
}

export function makeReport(text: string, opts: ReportOptions = {}): Report {
  const base = emptyReport({ path: 'test.txt', reportId: 'test', sha256: '', format: 'txt', bytes: text.length });
  const heads = (opts.sections ?? []).map(([id, heading]) => ({ id, heading, start: text.indexOf(heading) }));
  const sections: Section[] = heads.length
    ? heads.map((h, i) => ({
        id: h.id,
        heading: h.heading,
        start: h.start,
        bodyStart: h.start + h.heading.length,
        end: i + 1 < heads.length ? heads[i + 1].start : text.length,
      }))
    : [{ id: 'overview', heading: '', start: 0, bodyStart: 0, end: text.length }];
  return {
    ...base,
    text,
    sections,
    meta: { organ: '', year: opts.year ?? null, template: opts.template ?? 'unknown', level: opts.level ?? 'unknown' },
    cells: opts.cells ?? [],
    layout: {
      template: opts.template ?? 'unknown',
      f2019Markers: [],
      f2021Markers: [],
      found: { active: true, applications: true, review: true },
      missingColumns: opts.missingColumns ?? [],
    },
  };
}

/** A report with its claims filled in, as the pipeline hands it to the checks. */
export function withClaims(report: Report): Report {
  return { ...report, claims: extractClaims(report) };
}
