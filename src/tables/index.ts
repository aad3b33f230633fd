/**
 * The tables stage: the three statistical tables (主动公开, 申请, 复议/诉讼) as canonical cells.
 *
 * Sources, best first for each table: the SourceTables of HTML/DOCX/PDF (real cells), the
 * TAB/markdown rows of the text, and text whose cells ran together without separators
 * (digit runs are split only where the table's own arithmetic allows exactly one split).
 * The layout (F2019/F2021) is decided by the tables' own markers (report-format.md §1).
 */
import type { Cell, Report, TableLayout, Template } from '../types.js';
import { activeCells, applyCells, reviewCells, type Layout } from './build.js';
import type { Readings } from './model.js';
import { placedActiveRows, placedRows, readRows } from './read-rows.js';
import { rowsFromSourceTables, rowsFromText } from './rows.js';
import { readRunTogether } from './run-together.js';

export { normLabel } from './labels.js';
export { readValue, tokenizeCell } from './values.js';

function emptyLayout(): TableLayout {
  return { template: 'unknown', f2019Markers: [], f2021Markers: [], found: { active: false, applications: false, review: false }, missingColumns: [] };
}

/** The readings of each source kind the report has, best first. */
function candidateReadings(report: Report): Readings[] {
  const out: Readings[] = [];
  const tables = report.extracted?.tables ?? [];
  if (tables.length > 0) {
    const format = report.extracted?.format;
    out.push(readRows(rowsFromSourceTables(tables, format === 'html' || format === 'docx')));
  }
  const text = report.text || report.extracted?.text || '';
  out.push(readRows(rowsFromText(text)));
  out.push(readRunTogether(text));
  return out;
}

/** The reading that places the most rows; the first (best source) on a tie, and among readings
 *  that place nothing, the first that found the table at all. */
function best<T>(readings: Array<T | null>, placed: (r: T) => number): T | null {
  let out: T | null = null;
  let score = -1;
  for (const r of readings) {
    if (r === null) continue;
    const s = placed(r);
    if (s > score) {
      out = r;
      score = s;
    }
  }
  return out;
}

/** Per table, the source that reads it best (a ruled PDF table mis-cut, a header-only grid: the
 *  text rows may hold the table whole). */
function pickReadings(candidates: Readings[]): Readings {
  return {
    active: best(candidates.map((c) => c.active), placedActiveRows),
    applications: best(candidates.map((c) => c.applications), placedRows),
    review: best(candidates.map((c) => c.review), (r) => (r.reading.cells ? r.reading.cells.filter((t) => t).length : 0)),
  };
}

/** Layout markers the tables carry. */
function tableMarkers(r: Readings): { f2019: string[]; f2021: string[] } {
  const f2019 = new Set(r.active?.f2019Markers ?? []);
  const f2021 = new Set(r.active?.f2021Markers ?? []);
  const apply = r.applications;
  if (apply) {
    const leaf = apply.rows.get('other');
    if (leaf && (leaf.cells ?? []).some((c) => c.kind === 'number')) f2019.add('(六)其他处理 (无分项)');
    if (apply.rows.has('other.noCorrection') || apply.rows.has('other.noFee')) f2021.add('(六)其他处理 分项');
  }
  return { f2019: [...f2019], f2021: [...f2021] };
}

/** Layout from markers; a tie (mixed table) or no markers falls back to the year. */
export function decideLayout(f2019: string[], f2021: string[], year: number | null): Template {
  if (f2019.length > f2021.length) return 'F2019';
  if (f2021.length > f2019.length) return 'F2021';
  if (f2019.length === 0) return 'unknown';
  if (year !== null) return year <= 2020 ? 'F2019' : 'F2021';
  return 'F2021';
}

/** Parse the three statistical tables into canonical cells. */
export function parseTables(report: Report): { cells: Cell[]; layout: TableLayout } {
  const readings = pickReadings(candidateReadings(report));
  const layout = emptyLayout();
  const markers = tableMarkers(readings);
  layout.f2019Markers = markers.f2019;
  layout.f2021Markers = markers.f2021;
  layout.template = decideLayout(markers.f2019, markers.f2021, report.meta.year);
  layout.found = { active: !!readings.active, applications: !!readings.applications, review: !!readings.review };
  // keys follow the layout found; with no marker, the year (and F2021 when none)
  const keysLayout: Layout =
    layout.template === 'F2019' || layout.template === 'F2021'
      ? layout.template
      : report.meta.year !== null && report.meta.year <= 2020
        ? 'F2019'
        : 'F2021';
  const cells: Cell[] = [];
  if (readings.active) cells.push(...activeCells(readings.active, keysLayout));
  if (readings.applications) {
    layout.missingColumns = ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'].filter(
      (c) => !readings.applications!.columns.includes(c as never) && !readings.applications!.mergedColumns?.includes(c as never),
    );
    cells.push(...applyCells(readings.applications, keysLayout));
  }
  if (readings.review) cells.push(...reviewCells(readings.review));
  return { cells, layout };
}
