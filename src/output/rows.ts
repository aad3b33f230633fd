/**
 * Pure mapping from a Report (and the corpus stage's result) to CSV rows, one list of rows per
 * output file. Rows are arrays of already formatted strings, so they survive a structured clone
 * (worker → main thread) and a JSON round trip (the cache) unchanged: the bytes written are the
 * same whichever way a row arrived.
 *
 * Column order follows docs/outputs.md exactly; extra columns only at the end.
 */
import {
  SECTION_IDS,
  type BoilerplateItem,
  type Cell,
  type Claim,
  type Finding,
  type ProblemItem,
  type Report,
  type Section,
  type ThemeSummary,
} from '../types.js';
import {
  DEFAULT_DECIMALS,
  MONEY_DECIMALS,
  formatBool,
  formatNumber,
  isMoneyKey,
  isMoneyUnit,
  joinList,
} from './format.js';

export type Row = string[];

/** The per-report files, in the order they are written. */
export const REPORT_FILES = ['reports', 'sections', 'cells', 'claims', 'findings', 'problems'] as const;
export type ReportFile = (typeof REPORT_FILES)[number];

/** The files written once the whole run was read. */
export const CORPUS_FILES = ['themes', 'boilerplate'] as const;
export type CorpusFile = (typeof CORPUS_FILES)[number];

export type OutputFile = ReportFile | CorpusFile;

export const COLUMNS: Record<OutputFile, readonly string[]> = {
  reports: [
    'report_id', 'source', 'sha256', 'format', 'status', 'error', 'organ', 'year', 'template', 'level',
    'chars', 'sections_found', 'n_cells', 'n_claims', 'n_errors', 'n_warnings',
    // extras
    'bytes', 'notes',
  ],
  sections: ['report_id', 'section', 'heading', 'start', 'end', 'chars'],
  cells: ['report_id', 'cell', 'label_zh', 'value', 'raw', 'status', /* extras */ 'table'],
  claims: [
    'report_id', 'claim_id', 'section', 'subject', 'value', 'unit', 'approx', 'quote', 'sentence', 'start', 'end',
    'cell', 'table_value', 'agrees',
    // extras
    'zero_assertion', 'cell_keys', 'alt_reading',
  ],
  findings: ['report_id', 'rule', 'severity', 'status', 'cell', 'expected', 'observed', 'message', 'evidence'],
  problems: ['report_id', 'item_no', 'part', 'text', 'themes'],
  themes: ['theme', 'label_zh', 'n_reports', 'n_items', 'share_reports', 'top_terms', 'example'],
  boilerplate: ['text', 'n_reports', 'n_organs', 'report_ids'],
};

/** Every row one report contributes, file by file. */
export type ReportRows = Record<ReportFile, Row[]>;

const num = (n: number | null | undefined): string => formatNumber(n, DEFAULT_DECIMALS);
const int = (n: number): string => formatNumber(n, 0);

/** Findings that count as errors / warnings in reports.csv: severity matches and the check failed. */
export function countFailed(findings: readonly Finding[], severity: 'error' | 'warning'): number {
  return findings.filter((f) => f.severity === severity && f.status === 'fail').length;
}

/** How many of the six sections the report has (each counted once). */
export function sectionsFound(sections: readonly Section[]): number {
  const ids = new Set(sections.map((s) => s.id));
  return SECTION_IDS.filter((id) => ids.has(id)).length;
}

export function reportRow(report: Report): Row {
  const { source, meta } = report;
  return [
    source.reportId,
    source.path,
    source.sha256,
    source.format === 'unknown' ? '' : source.format,
    report.status,
    report.error,
    meta.organ,
    num(meta.year),
    meta.template,
    meta.level,
    int(report.text.length),
    int(sectionsFound(report.sections)),
    int(report.cells.length),
    int(report.claims.length),
    int(countFailed(report.findings, 'error')),
    int(countFailed(report.findings, 'warning')),
    int(source.bytes),
    joinNotes(report.extracted?.notes ?? []),
  ];
}

function joinNotes(notes: readonly string[]): string {
  return notes.join(' | ');
}

export function sectionRow(reportId: string, s: Section): Row {
  return [reportId, s.id, s.heading, int(s.start), int(s.end), int(s.end - s.start)];
}

export function cellRow(reportId: string, c: Cell): Row {
  const decimals = isMoneyKey(c.key) ? MONEY_DECIMALS : DEFAULT_DECIMALS;
  return [reportId, c.key, c.labelZh, formatNumber(c.value, decimals), c.raw, c.status, c.table];
}

export function claimRow(reportId: string, c: Claim): Row {
  const money = isMoneyUnit(c.unit) || isMoneyKey(c.cell);
  const decimals = money ? MONEY_DECIMALS : DEFAULT_DECIMALS;
  return [
    reportId,
    c.id,
    c.section,
    c.subject,
    formatNumber(c.value, decimals),
    c.unit,
    formatBool(c.approx),
    c.quote,
    c.sentence,
    int(c.start),
    int(c.end),
    c.cell,
    formatNumber(c.tableValue, decimals),
    c.agrees,
    formatBool(c.zeroAssertion),
    joinList(c.cellKeys),
    c.altReading ?? '',
  ];
}

export function findingRow(reportId: string, f: Finding): Row {
  return [reportId, f.rule, f.severity, f.status, joinList(f.cells), f.expected, f.observed, f.message, f.evidence];
}

export function problemRow(reportId: string, p: ProblemItem): Row {
  return [reportId, int(p.itemNo), p.part, p.text, joinList(p.themes)];
}

export function themeRow(t: ThemeSummary): Row {
  return [t.theme, t.labelZh, int(t.nReports), int(t.nItems), formatNumber(t.shareReports, 4), joinList(t.topTerms), t.example];
}

export function boilerplateRow(b: BoilerplateItem): Row {
  return [b.text, int(b.nReports), int(b.nOrgans), joinList(b.reportIds)];
}

/** All rows of one report. A failed or not_report document still gets its reports.csv row. */
export function reportRows(report: Report): ReportRows {
  const id = report.source.reportId;
  return {
    reports: [reportRow(report)],
    sections: report.sections.map((s) => sectionRow(id, s)),
    cells: report.cells.map((c) => cellRow(id, c)),
    claims: report.claims.map((c) => claimRow(id, c)),
    findings: report.findings.map((f) => findingRow(id, f)),
    problems: report.problems.map((p) => problemRow(id, p)),
  };
}
