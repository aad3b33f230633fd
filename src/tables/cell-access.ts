/**
 * Reading parsed cells for the table checks: look-up by key, sums that know when they cannot be
 * decided (an operand blank, absent or uncertain), and evidence built from the source rows.
 */
import type { Cell, Finding, Report, Severity } from '../types.js';

export type CellIndex = ReadonlyMap<string, Cell>;

/** Indexes already built, by cells array: the table checks each ask for one (the stages never
 *  change a report's cells array once made, and an index dies with its array). */
const indexes = new WeakMap<readonly Cell[], CellIndex>();

export function indexCells(report: Report): CellIndex {
  let idx = indexes.get(report.cells);
  if (!idx) {
    idx = new Map(report.cells.map((c) => [c.key, c]));
    indexes.set(report.cells, idx);
  }
  return idx;
}

/** The sum of the given cells, or the keys standing in the way (not read, blank, absent, uncertain). */
export function sumOf(idx: CellIndex, keys: readonly string[]): { value: number; blockers: [] } | { value: null; blockers: string[] } {
  const blockers = keys.filter((k) => {
    const c = idx.get(k);
    return !c || c.status !== 'ok' || c.value === null;
  });
  if (blockers.length > 0) return { value: null, blockers };
  return { value: keys.reduce((a, k) => a + idx.get(k)!.value!, 0), blockers: [] };
}

export function valueOf(idx: CellIndex, key: string): number | null {
  const c = idx.get(key);
  return c && c.status === 'ok' ? c.value : null;
}

/** Whether any of the keys was parsed at all (the table row or column exists in the output). */
export function anyParsed(idx: CellIndex, keys: readonly string[]): boolean {
  return keys.some((k) => idx.has(k));
}

/** Source rows of the cells, each once, for a finding's evidence. */
export function rowsEvidence(idx: CellIndex, keys: readonly string[], maxRows = 6): string {
  // many cells share a row: each source row is tidied once
  const seenRowTexts = new Set<string>();
  const tidied = new Set<string>();
  for (const k of keys) {
    const rowText = idx.get(k)?.rowText;
    if (rowText === undefined || seenRowTexts.has(rowText)) continue;
    seenRowTexts.add(rowText);
    const t = rowText.replace(/\t+/g, ' | ').replace(/\s+/g, ' ').trim();
    if (t) tidied.add(t);
  }
  const rows = [...tidied];
  const shown = rows.slice(0, maxRows);
  return shown.join(' / ') + (rows.length > maxRows ? ` / …(${rows.length - maxRows} more rows)` : '');
}

/** Status of each blocker, e.g. "apply.newReceived.total (absent)". */
export function describeBlockers(idx: CellIndex, keys: readonly string[]): string {
  return keys.map((k) => `${k} (${idx.get(k)?.status ?? 'not parsed'})`).join(', ');
}

/** One finding saying which parts of a check could not be decided, and which cells stood in the way. */
export function uncertainFinding(
  rule: string,
  idx: CellIndex,
  undecided: Array<{ what: string; blockers: string[] }>,
  expected: string,
): Finding {
  const blockers = [...new Set(undecided.flatMap((u) => u.blockers))];
  const severity: Severity = 'info';
  return {
    rule,
    severity,
    status: 'uncertain',
    cells: blockers,
    expected,
    observed: `not decidable for ${undecided.map((u) => u.what).join(', ')}`,
    message: `check not decided for ${undecided.map((u) => u.what).join(', ')}: cells in the way ${describeBlockers(idx, blockers.slice(0, 12))}${blockers.length > 12 ? ` and ${blockers.length - 12} more` : ''}`,
    evidence: rowsEvidence(idx, blockers, 4),
  };
}

/** One "总计 = sum of its parts" comparison, as the row-sum rules make it: a failing finding, the
 *  cells in the way when it cannot be decided, or null when the total agrees. */
export function totalCheck(
  idx: CellIndex,
  ruleId: string,
  names: { undecided: string; message: string },
  partKeys: readonly string[],
  totalKey: string,
  partsZh: string,
): { finding: Finding } | { undecided: { what: string; blockers: string[] } } | null {
  const parts = sumOf(idx, partKeys);
  const total = sumOf(idx, [totalKey]);
  if (parts.value === null || total.value === null) return { undecided: { what: names.undecided, blockers: [...parts.blockers, ...total.blockers] } };
  if (parts.value === total.value) return null;
  const values = partKeys.map((k) => idx.get(k)!.value!);
  return {
    finding: {
      rule: ruleId,
      severity: 'error',
      status: 'fail',
      cells: [...partKeys, totalKey],
      expected: `总计 = ${values.join(' + ')} = ${parts.value}`,
      observed: `总计 = ${total.value}`,
      message: `${names.message}: 总计 ${total.value} ≠ ${partsZh} ${parts.value}`,
      evidence: rowsEvidence(idx, [totalKey]),
    },
  };
}
