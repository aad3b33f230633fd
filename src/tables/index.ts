// PLACEHOLDER until the tables stage lands.
import type { Cell, Report, TableLayout } from '../types.js';
/** Parse the three statistical tables into canonical cells. */
export function parseTables(report: Report): { cells: Cell[]; layout: TableLayout } {
  void report;
  return {
    cells: [],
    layout: { template: 'unknown', f2019Markers: [], f2021Markers: [], found: { active: false, applications: false, review: false }, missingColumns: [] },
  };
}
