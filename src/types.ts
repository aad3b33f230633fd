/**
 * The one module of types shared by every stage of the pipeline.
 *
 * A `Report` is the typed document that flows through the stages
 * (ingest → structure → tables → claims → checks → themes → output).
 * Each stage is a small pure function that takes a Report and returns a new one
 * with its own fields filled in; nothing else is mutated.
 */

// ───────────────────────────── vocabularies ─────────────────────────────

export type Format = 'pdf' | 'html' | 'docx' | 'txt';
export type ReportStatus = 'ok' | 'failed' | 'not_report';
export type Template = 'F2019' | 'F2021' | 'OLD' | 'unknown';
export type Level = 'province' | 'city' | 'county' | 'township' | 'department' | 'unknown';
export type SectionId = 'overview' | 'active' | 'applications' | 'review' | 'problems' | 'other';
export const SECTION_IDS: readonly SectionId[] = ['overview', 'active', 'applications', 'review', 'problems', 'other'];

/** Which statistical table a cell belongs to. */
export type TableId = 'active' | 'applications' | 'review';

export type CellStatus = 'ok' | 'blank' | 'absent' | 'uncertain';
export type Severity = 'error' | 'warning' | 'info';
export type FindingStatus = 'fail' | 'uncertain';

// ───────────────────────────── ingest ─────────────────────────────

/** A table exactly as the source holds it, cell by cell (HTML, DOCX, PDF ruled tables).
 *  Row/col spans are expanded: a spanned cell's text is repeated in every grid slot it covers,
 *  and `spanOrigin[r][c]` is false for the copies, so a parser can tell them apart. */
export interface SourceTable {
  rows: string[][];
  spanOrigin?: boolean[][];
  /** 1-based page where the table starts (PDF), when known. */
  page?: number;
  /** Offset in the normalized text where this table's text rendering starts, when known. */
  textStart?: number;
}

/** What ingestion hands to the structure stage. */
export interface Extracted {
  format: Format;
  /** Text with paragraphs separated by blank lines and tables as TAB-separated rows (like the seed files).
   *  Not yet normalized: the structure stage normalizes it. */
  text: string;
  /** Real table cells where the source has them (HTML, DOCX, ruled PDF tables). */
  tables: SourceTable[];
  /** Extraction notes worth a researcher's attention (e.g. "page 3 has no text layer"). */
  notes: string[];
}

/** The input file. */
export interface Source {
  /** Path as given on the command line (or found under a given folder). */
  path: string;
  /** File name without extension, made unique across the run (see outputs.md). */
  reportId: string;
  sha256: string;
  format: Format | 'unknown';
  bytes: number;
}

/** Raised by ingestion for a file that cannot be read; `message` is what a person should read. */
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}

// ───────────────────────────── structure ─────────────────────────────

export interface Section {
  id: SectionId;
  /** Heading as written in the (normalized) text. */
  heading: string;
  /** Offset of the heading's first character in the normalized text. */
  start: number;
  /** Offset just past the section's last character (start of next section, or end of text). */
  end: number;
  /** Offset where the body starts (just past the heading). */
  bodyStart: number;
}

export interface ReportMeta {
  /** 发布机关, as the title writes it ("" when not found). */
  organ: string;
  /** The year reported on (not the year of publication); null when not found. */
  year: number | null;
  template: Template;
  level: Level;
  /** Where the template decision came from, for the curious. */
  templateEvidence?: string;
}

/** A word as segmented by nodejieba, with its offsets in the normalized text. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

// ───────────────────────────── tables ─────────────────────────────

export interface Cell {
  /** Cell key from outputs.md, e.g. `apply.newReceived.total`, `a6.penalty.decisions`. */
  key: string;
  table: TableId;
  /** Row and column labels in Chinese, e.g. "一、本年新收政府信息公开申请数量 / 总计". */
  labelZh: string;
  /** Number read (money in 万元); null unless status is ok or uncertain-with-a-reading. */
  value: number | null;
  /** Cell text as in the source. */
  raw: string;
  status: CellStatus;
  /** Source row quoted, for evidence in findings. */
  rowText: string;
}

/** What the table parser found out about the layout of the tables. */
export interface TableLayout {
  /** Layout decided by the tables' own markers, 'unknown' when the tables say nothing. */
  template: Template;
  /** Markers of each layout seen, e.g. ["本年处理决定数量"], ["本年新制作数量"]. */
  f2019Markers: string[];
  f2021Markers: string[];
  /** Which tables were located at all. */
  found: Record<TableId, boolean>;
  /** Applications-table columns missing from the source (D13), e.g. ["otherOrg", "total"]. */
  missingColumns: string[];
}

// ───────────────────────────── claims ─────────────────────────────

export type Agreement = 'true' | 'false' | 'uncertain' | '';

export interface Claim {
  /** `<reportId>#<n>`, n counting from 1 in text order. */
  id: string;
  section: SectionId | '';
  /** What is counted, as words from the clause before the number. */
  subject: string;
  value: number;
  unit: string;
  /** 余, 多, 约, 近, 以上 qualify it. */
  approx: boolean;
  /** The exact span of normalized text, e.g. "行政处罚11件". */
  quote: string;
  sentence: string;
  start: number;
  end: number;
  /** True for "未收到…申请" style statements, read as a claim of 0. */
  zeroAssertion: boolean;
  /** Cell key the claim speaks of ('' when none). For a group sum, the first key is the group's
   *  name (e.g. `apply.denied.total`) and `cellKeys` lists the summed cells. */
  cell: string;
  cellKeys: string[];
  /** Table value the claim is compared with (sum for a group), null when not decidable. */
  tableValue: number | null;
  agrees: Agreement;
  /** When the claim disagrees but equals another reading of the table (一+二, one column…). */
  altReading?: string;
}

// ───────────────────────────── checks ─────────────────────────────

export interface Finding {
  rule: string;
  severity: Severity;
  status: FindingStatus;
  /** Cell keys involved. */
  cells: string[];
  expected: string;
  observed: string;
  message: string;
  /** Text quoted from the report (a prose span or a table row). */
  evidence: string;
}

export interface RuleMeta {
  severity: Severity;
  description: string;
}

/** A check over one report: one file per rule under src/checks/rules/. */
export interface Rule {
  id: string;
  meta: RuleMeta;
  check(report: Report): Finding[];
}

// ───────────────────────────── themes ─────────────────────────────

export type ProblemPart = 'problem' | 'improvement';

export interface ProblemItem {
  itemNo: number;
  part: ProblemPart;
  text: string;
  /** Segmented words of the item (stop-words kept; consumers filter). */
  words: string[];
  themes: string[];
  /** A problem item's clauses (by index, themes/classify.ts clauseWordLists) that the rules of
   *  data/themes.json read each theme in: what theme discovery ranks, found once here instead of
   *  again over the whole corpus. Absent on improvement items. */
  themeClauses?: Record<string, number[]>;
}

// ───────────────────────────── the report ─────────────────────────────

export interface Report {
  source: Source;
  status: ReportStatus;
  /** Why it failed (status failed), or why it is not a report (status not_report). */
  error: string;
  extracted: Extracted | null;
  /** Normalized text; every offset in the outputs refers to it. */
  text: string;
  meta: ReportMeta;
  sections: Section[];
  /** Segmented words per section. */
  tokens: Partial<Record<SectionId, Token[]>>;
  layout: TableLayout | null;
  cells: Cell[];
  claims: Claim[];
  findings: Finding[];
  problems: ProblemItem[];
}

/** A pipeline stage: a small pure function over the document. */
export interface Stage {
  name: string;
  run(report: Report): Report;
}

// ───────────────────────────── corpus stage ─────────────────────────────

/** What the corpus stage keeps of each report: small, never the whole text. */
export interface ReportSummary {
  reportId: string;
  /** Index of the input, for stable ordering. */
  order: number;
  status: ReportStatus;
  organ: string;
  /** Organ name normalized for grouping (人民政府, 管委会 … stripped). */
  organKey: string;
  year: number | null;
  template: Template;
  level: Level;
  /** Only the cells the cross-year rules need, keyed by cell key. */
  cells: Record<string, { value: number | null; status: CellStatus; rowText: string }>;
  /** Bottom-k sketches of each section's shingles (corpus/minhash.ts), for text reuse. */
  sectionSignatures: Partial<Record<SectionId, number[]>>;
  sectionChars: Partial<Record<SectionId, number>>;
  /** Problem items (part, text, words, themes), for themes.csv and boilerplate counts. */
  problems: ProblemItem[];
}

/** A check over the whole corpus, run after every report was read. */
export interface CorpusRule {
  id: string;
  meta: RuleMeta;
  check(reports: ReportSummary[]): Array<{ reportId: string; finding: Finding }>;
}

// ───────────────────────────── helpers ─────────────────────────────

export function emptyReport(source: Source): Report {
  return {
    source,
    status: 'ok',
    error: '',
    extracted: null,
    text: '',
    meta: { organ: '', year: null, template: 'unknown', level: 'unknown' },
    sections: [],
    tokens: {},
    layout: null,
    cells: [],
    claims: [],
    findings: [],
    problems: [],
  };
}

/** One row of themes.csv. */
export interface ThemeSummary {
  theme: string;
  labelZh: string;
  nReports: number;
  nItems: number;
  /** Share of the run's ok reports that have at least one problem item with this theme (0..1). */
  shareReports: number;
  topTerms: string[];
  example: string;
}

/** A problem item that recurs nearly verbatim across different bodies (boilerplate). */
export interface BoilerplateItem {
  text: string;
  nReports: number;
  nOrgans: number;
  reportIds: string[];
}

/** What the corpus stage adds after every report was read. */
export interface CorpusResult {
  findings: Array<{ reportId: string; finding: Finding }>;
  themes: ThemeSummary[];
  boilerplate: BoilerplateItem[];
}
