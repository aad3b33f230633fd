/**
 * Scoring of a run's outputs against the gold annotations, exactly as gold/README.md says.
 * Pure: takes the parsed CSV records and the gold objects, returns the scores and the details
 * (what was missed, what was wrong).
 */

export type CsvRecord = Record<string, string>;

export interface GoldFinding {
  rule: string;
  cell?: string;
  cells?: string[];
  quote?: string;
  required?: boolean;
  status_ok?: string[];
  note?: string;
}

export interface GoldNotFinding {
  rule: string;
  cell?: string;
  cells?: string[];
  quote?: string;
  why?: string;
}

export interface GoldProblem {
  text: string;
  themes: string[];
}

export interface Gold {
  report_id: string;
  organ?: string;
  year?: number;
  template?: string;
  level?: string;
  status?: string;
  sections?: string[];
  cells?: Record<string, number | null>;
  cells_mode?: 'no_invent' | string;
  findings?: GoldFinding[];
  not_findings?: GoldNotFinding[];
  problems?: GoldProblem[];
}

export interface Outputs {
  reports: CsvRecord[];
  sections: CsvRecord[];
  cells: CsvRecord[];
  findings: CsvRecord[];
  problems: CsvRecord[];
}

export interface Ratio {
  right: number;
  total: number;
  /** right / total, null when nothing was scored. */
  score: number | null;
}

export interface MetadataMiss {
  field: string;
  expected: string;
  got: string;
}

export interface CellMiss {
  cell: string;
  expected: number | null;
  got: string;
  status: string;
}

export interface WrongFinding {
  rule: string;
  cell: string;
  status: string;
  evidence: string;
  /** 'not_finding' when it hit a trap, 'unmatched' when it matches no gold finding. */
  why: 'not_finding' | 'unmatched';
}

export interface ReportScore {
  reportId: string;
  inOutputs: boolean;
  metadata: Ratio;
  metadataMisses: MetadataMiss[];
  sections: Ratio;
  sectionsMissed: string[];
  cells: Ratio;
  cellMisses: CellMiss[];
  findingsRecall: Ratio;
  findingsMissed: GoldFinding[];
  findingsPrecision: Ratio;
  findingsWrong: WrongFinding[];
  themes: { tp: number; fp: number; fn: number; unpaired: string[] };
}

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface EvalResult {
  reports: ReportScore[];
  metadata: Ratio;
  metadataByField: Record<string, Ratio>;
  sections: Ratio;
  cells: Ratio;
  findingsRecall: Ratio;
  findingsPrecision: Ratio;
  themes: Prf & { tp: number; fp: number; fn: number };
}

// ───────────────────────────── helpers ─────────────────────────────

export function ratio(right: number, total: number): Ratio {
  return { right, total, score: total ? right / total : null };
}

function sumRatios(rs: readonly Ratio[]): Ratio {
  return ratio(
    rs.reduce((a, r) => a + r.right, 0),
    rs.reduce((a, r) => a + r.total, 0),
  );
}

const noSpace = (s: string): string => s.replace(/\s+/g, '');

/** Organs compare after removing whitespace and 人民政府. */
export function normalizeOrgan(organ: string): string {
  return noSpace(organ).replaceAll('人民政府', '');
}

/** Money compares to 0.01 万元; counts are integers, so the same test serves both. */
export function sameNumber(a: number, b: number): boolean {
  return Math.round(a * 100) === Math.round(b * 100);
}

function bigrams(text: string): Map<string, number> {
  const t = noSpace(text);
  const grams = new Map<string, number>();
  if (t.length === 1) grams.set(t, 1);
  for (let i = 0; i + 1 < t.length; i++) {
    const g = t.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Character-bigram Dice coefficient (multiset), whitespace ignored. */
export function dice(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  let na = 0;
  let nb = 0;
  let common = 0;
  for (const n of ga.values()) na += n;
  for (const [g, n] of gb) {
    nb += n;
    common += Math.min(n, ga.get(g) ?? 0);
  }
  return na + nb ? (2 * common) / (na + nb) : 0;
}

export const THEME_PAIRING_THRESHOLD = 0.5;

function splitList(field: string): string[] {
  return field
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

function groupBy(records: readonly CsvRecord[]): Map<string, CsvRecord[]> {
  const out = new Map<string, CsvRecord[]>();
  for (const r of records) {
    const id = r['report_id'] ?? '';
    const list = out.get(id);
    if (list) list.push(r);
    else out.set(id, [r]);
  }
  return out;
}

// ───────────────────────────── areas ─────────────────────────────

const METADATA_FIELDS = ['organ', 'year', 'template', 'level', 'status'] as const;

export function scoreMetadata(gold: Gold, row: CsvRecord | undefined): { ratio: Ratio; misses: MetadataMiss[]; byField: Record<string, boolean> } {
  const misses: MetadataMiss[] = [];
  const byField: Record<string, boolean> = {};
  for (const field of METADATA_FIELDS) {
    const expected = gold[field];
    if (expected === undefined || expected === null) continue;
    const got = row?.[field] ?? '';
    const right =
      row !== undefined &&
      (field === 'organ'
        ? normalizeOrgan(got) === normalizeOrgan(String(expected))
        : field === 'year'
          ? got.trim() !== '' && Number(got) === Number(expected)
          : got.trim() === String(expected));
    byField[field] = right;
    if (!right) misses.push({ field, expected: String(expected), got: row ? got : '(no row in reports.csv)' });
  }
  const total = Object.keys(byField).length;
  return { ratio: ratio(total - misses.length, total), misses, byField };
}

export function scoreSections(gold: Gold, rows: readonly CsvRecord[]): { ratio: Ratio; missed: string[] } {
  const listed = gold.sections ?? [];
  const found = new Set(rows.map((r) => r['section']));
  const missed = listed.filter((s) => !found.has(s));
  return { ratio: ratio(listed.length - missed.length, listed.length), missed };
}

export function scoreCells(gold: Gold, rows: readonly CsvRecord[]): { ratio: Ratio; misses: CellMiss[] } {
  const byKey = new Map<string, CsvRecord>();
  for (const r of rows) if (!byKey.has(r['cell'] ?? '')) byKey.set(r['cell'] ?? '', r);
  const noInvent = gold.cells_mode === 'no_invent';
  const misses: CellMiss[] = [];
  const entries = Object.entries(gold.cells ?? {});
  for (const [key, expected] of entries) {
    const row = byKey.get(key);
    const status = row?.['status'] ?? '';
    const value = row?.['value'] ?? '';
    let right: boolean;
    if (expected === null) {
      right = !row || status === 'blank' || status === 'absent';
    } else if (noInvent && (!row || status === 'uncertain')) {
      right = true;
    } else {
      right = status === 'ok' && value.trim() !== '' && sameNumber(Number(value), expected);
    }
    if (!right) misses.push({ cell: key, expected, got: row ? value : '(no row)', status });
  }
  return { ratio: ratio(entries.length - misses.length, entries.length), misses };
}

function cellsOf(row: CsvRecord): string[] {
  return splitList(row['cell'] ?? '');
}

/** Row cells hold `key` itself or a key extending it (`apply.newReceived` → `apply.newReceived.total`). */
function holdsCell(rowCells: readonly string[], key: string): boolean {
  return rowCells.some((k) => k === key || k.startsWith(`${key}.`));
}

function evidenceHolds(row: CsvRecord, quote: string): boolean {
  return noSpace(row['evidence'] ?? '').includes(noSpace(quote));
}

/** Where a finding points to: its cell (or prefix), else one of its cells, else its quote. */
function sameLocation(row: CsvRecord, g: { cell?: string; cells?: string[]; quote?: string }): boolean {
  const rowCells = cellsOf(row);
  if (g.cell) return holdsCell(rowCells, g.cell);
  if (g.cells && g.cells.length) return g.cells.some((k) => rowCells.includes(k));
  if (g.quote) return evidenceHolds(row, g.quote);
  return true;
}

export function matchesGoldFinding(row: CsvRecord, g: GoldFinding): boolean {
  const statusOk = g.status_ok ?? ['fail'];
  return row['rule'] === g.rule && statusOk.includes(row['status'] ?? '') && sameLocation(row, g);
}

export function matchesNotFinding(row: CsvRecord, n: GoldNotFinding): boolean {
  return row['rule'] === n.rule && sameLocation(row, n);
}

export function scoreFindings(
  gold: Gold,
  rows: readonly CsvRecord[],
): { recall: Ratio; missed: GoldFinding[]; precision: Ratio; wrong: WrongFinding[] } {
  const goldFindings = gold.findings ?? [];
  const required = goldFindings.filter((g) => g.required !== false);
  const missed = required.filter((g) => !rows.some((r) => matchesGoldFinding(r, g)));
  const scored = rows.filter((r) => r['severity'] === 'error' || r['severity'] === 'warning');
  const wrong: WrongFinding[] = [];
  for (const r of scored) {
    if (goldFindings.some((g) => matchesGoldFinding(r, g))) continue;
    const trap = (gold.not_findings ?? []).some((n) => matchesNotFinding(r, n));
    wrong.push({
      rule: r['rule'] ?? '',
      cell: r['cell'] ?? '',
      status: r['status'] ?? '',
      evidence: r['evidence'] ?? '',
      why: trap ? 'not_finding' : 'unmatched',
    });
  }
  return {
    recall: ratio(required.length - missed.length, required.length),
    missed,
    precision: ratio(scored.length - wrong.length, scored.length),
    wrong,
  };
}

export function scoreThemes(
  gold: Gold,
  rows: readonly CsvRecord[],
): { tp: number; fp: number; fn: number; unpaired: string[] } {
  const items = rows.filter((r) => r['part'] === 'problem');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const unpaired: string[] = [];
  for (const g of gold.problems ?? []) {
    let best: CsvRecord | null = null;
    let bestDice = THEME_PAIRING_THRESHOLD;
    for (const item of items) {
      const d = dice(g.text, item['text'] ?? '');
      if (d >= bestDice && (best === null || d > bestDice)) {
        best = item;
        bestDice = d;
      }
    }
    const expected = new Set(g.themes);
    if (!best) {
      fn += expected.size;
      unpaired.push(g.text);
      continue;
    }
    const got = new Set(splitList(best['themes'] ?? ''));
    for (const t of got) if (expected.has(t)) tp++;
    else fp++;
    for (const t of expected) if (!got.has(t)) fn++;
  }
  return { tp, fp, fn, unpaired };
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : null;
  const recall = tp + fn ? tp / (tp + fn) : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : precision === null || recall === null ? null : 0;
  return { precision, recall, f1 };
}

// ───────────────────────────── whole run ─────────────────────────────

export function scoreReport(gold: Gold, out: {
  report: CsvRecord | undefined;
  sections: CsvRecord[];
  cells: CsvRecord[];
  findings: CsvRecord[];
  problems: CsvRecord[];
}): ReportScore & { metadataByField: Record<string, boolean> } {
  const meta = scoreMetadata(gold, out.report);
  const sections = scoreSections(gold, out.sections);
  const cells = scoreCells(gold, out.cells);
  const findings = scoreFindings(gold, out.findings);
  return {
    reportId: gold.report_id,
    inOutputs: out.report !== undefined,
    metadata: meta.ratio,
    metadataMisses: meta.misses,
    metadataByField: meta.byField,
    sections: sections.ratio,
    sectionsMissed: sections.missed,
    cells: cells.ratio,
    cellMisses: cells.misses,
    findingsRecall: findings.recall,
    findingsMissed: findings.missed,
    findingsPrecision: findings.precision,
    findingsWrong: findings.wrong,
    themes: scoreThemes(gold, out.problems),
  };
}

/** Score every gold report (outputs of reports without gold are not scored). */
export function evaluate(golds: readonly Gold[], outputs: Outputs): EvalResult {
  const reports = new Map(outputs.reports.map((r) => [r['report_id'] ?? '', r]));
  const sections = groupBy(outputs.sections);
  const cells = groupBy(outputs.cells);
  const findings = groupBy(outputs.findings);
  const problems = groupBy(outputs.problems);
  const byField: Record<string, { right: number; total: number }> = {};
  const scores: ReportScore[] = [];
  for (const gold of [...golds].sort((a, b) => (a.report_id < b.report_id ? -1 : a.report_id > b.report_id ? 1 : 0))) {
    const id = gold.report_id;
    const s = scoreReport(gold, {
      report: reports.get(id),
      sections: sections.get(id) ?? [],
      cells: cells.get(id) ?? [],
      findings: findings.get(id) ?? [],
      problems: problems.get(id) ?? [],
    });
    for (const [field, right] of Object.entries(s.metadataByField)) {
      const f = (byField[field] ??= { right: 0, total: 0 });
      f.total++;
      if (right) f.right++;
    }
    const { metadataByField: _unused, ...score } = s;
    void _unused;
    scores.push(score);
  }
  const tp = scores.reduce((a, s) => a + s.themes.tp, 0);
  const fp = scores.reduce((a, s) => a + s.themes.fp, 0);
  const fn = scores.reduce((a, s) => a + s.themes.fn, 0);
  return {
    reports: scores,
    metadata: sumRatios(scores.map((s) => s.metadata)),
    metadataByField: Object.fromEntries(Object.entries(byField).map(([f, r]) => [f, ratio(r.right, r.total)])),
    sections: sumRatios(scores.map((s) => s.sections)),
    cells: sumRatios(scores.map((s) => s.cells)),
    findingsRecall: sumRatios(scores.map((s) => s.findingsRecall)),
    findingsPrecision: sumRatios(scores.map((s) => s.findingsPrecision)),
    themes: { ...prf(tp, fp, fn), tp, fp, fn },
  };
}
