/** What the table readers hand to the cell builder, whatever the source kind. */
import type { ActiveRowDef, ApplyColumn } from './labels.js';
import type { ValueToken } from './values.js';
import type { Fit } from './fit.js';

/** One source row read for one canonical row. `cells` null: the values could not be placed (uncertain). */
export interface RowReading {
  rowText: string;
  label: string;
  cells: ValueToken[] | null;
  reason: string;
}

export interface ApplyReading {
  /** Applicant columns the header has, in order (fewer than 7 when columns are cut off, D13);
   *  null for a column with no key (a 法人或其他组织 小计). */
  columns: Array<ApplyColumn | null>;
  rows: Map<string, RowReading>;
  /** Applicant columns the source sums into one column (法人或其他组织 without its five sub-columns):
   *  their cells are uncertain, not absent. */
  mergedColumns?: ApplyColumn[];
  /** Every value row was matched to a canonical row (no fragments): an unfound row is absent, not unread. */
  clean: boolean;
}

/** An active-table row: its values are placed once the layout (so the column count) is known. */
export interface ActiveRowReading {
  def: ActiveRowDef;
  /** The block's 信息内容 header row ('' when none). */
  header: string;
  rowText: string;
  label: string;
  place(n: number): Fit;
}

export interface ActiveReading {
  rows: Map<string, ActiveRowReading>;
  f2019Markers: string[];
  f2021Markers: string[];
  clean: boolean;
}

export interface ReviewReading {
  reading: RowReading;
}

export interface Readings {
  active: ActiveReading | null;
  applications: ApplyReading | null;
  review: ReviewReading | null;
}
