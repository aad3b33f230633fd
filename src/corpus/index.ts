/**
 * The corpus stage, after every report was read: per-report summaries (small: never the texts),
 * cross-year checks of one body's reports, theme counts and discovery, boilerplate items.
 */
import { discoverThemes, type RunItem } from '../themes/discover.js';
import type { CorpusResult, CorpusRule, Report, ReportSummary, SectionId } from '../types.js';
import { findBoilerplate } from './boilerplate.js';
import { comparableText, textSignature } from './minhash.js';
import { organKey } from './organ.js';
import { rule as crossYearCarryover } from './rules/cross-year-carryover.js';
import { rule as crossYearStock } from './rules/cross-year-stock.js';
import { REUSE_SECTIONS, rule as textReuse } from './rules/text-reuse.js';

export { organKey } from './organ.js';
export { findBoilerplate } from './boilerplate.js';

/** Every corpus rule, in the order their findings are listed for one report. */
export const corpusRules: readonly CorpusRule[] = [crossYearCarryover, crossYearStock, textReuse];

/** Cells the cross-year rules read. */
const CROSS_YEAR_CELL = /^(?:apply\.(?:carriedOver|carriedForward)\.|a1\.(?:rules|normative)\.)/;

/** A section shorter than this (comparable characters) is too short to speak of reuse. */
const MIN_REUSE_CHARS = 100;

/** A section's prose as compared for reuse: table rows (TAB-separated) left out. */
function sectionProse(report: Report, id: SectionId): string {
  const s = report.sections.find((x) => x.id === id);
  if (!s) return '';
  const body = report.text.slice(s.bodyStart, s.end);
  return comparableText(body.split('\n').filter((line) => !line.includes('\t')).join('\n'));
}

/** Keep what the corpus stage needs of a report: small, never the whole text. */
export function summarize(report: Report, order: number): ReportSummary {
  const cells: ReportSummary['cells'] = {};
  for (const c of report.cells) {
    if (CROSS_YEAR_CELL.test(c.key)) cells[c.key] = { value: c.value, status: c.status, rowText: c.rowText };
  }
  const sectionSignatures: ReportSummary['sectionSignatures'] = {};
  const sectionChars: ReportSummary['sectionChars'] = {};
  for (const id of REUSE_SECTIONS) {
    const prose = sectionProse(report, id);
    if (prose.length < MIN_REUSE_CHARS) continue;
    sectionSignatures[id] = textSignature(prose);
    sectionChars[id] = prose.length;
  }
  return {
    reportId: report.source.reportId,
    order,
    status: report.status,
    organ: report.meta.organ,
    organKey: organKey(report.meta.organ),
    year: report.meta.year,
    template: report.meta.template,
    level: report.meta.level,
    cells,
    sectionSignatures,
    sectionChars,
    problems: report.problems,
  };
}

/** Cross-report checks, theme counts and boilerplate, once every report was read. */
export function runCorpus(summaries: ReportSummary[]): CorpusResult {
  const orderOf = new Map(summaries.map((s) => [s.reportId, s.order]));
  const findings = corpusRules
    .flatMap((rule, ruleIndex) => rule.check(summaries).map((f, i) => ({ ...f, ruleIndex, i })))
    .sort(
      (a, b) =>
        (orderOf.get(a.reportId) ?? 0) - (orderOf.get(b.reportId) ?? 0) || a.ruleIndex - b.ruleIndex || a.i - b.i,
    )
    .map(({ reportId, finding }) => ({ reportId, finding }));
  const ok = [...summaries].filter((s) => s.status === 'ok').sort((a, b) => a.order - b.order);
  const items: RunItem[] = ok.flatMap((s) => s.problems.map((item) => ({ reportId: s.reportId, order: s.order, item })));
  return {
    findings,
    themes: discoverThemes(items, { nReports: ok.length }),
    boilerplate: findBoilerplate(summaries),
  };
}
