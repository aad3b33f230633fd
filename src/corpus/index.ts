// PLACEHOLDER until the corpus stage lands.
import type { CorpusResult, Report, ReportSummary } from '../types.js';

/** Keep what the corpus stage needs of a report: small, never the whole text. */
export function summarize(report: Report, order: number): ReportSummary {
  return {
    reportId: report.source.reportId,
    order,
    status: report.status,
    organ: report.meta.organ,
    organKey: report.meta.organ,
    year: report.meta.year,
    template: report.meta.template,
    level: report.meta.level,
    cells: {},
    sectionSignatures: {},
    sectionChars: {},
    problems: report.problems,
  };
}

/** Cross-report checks, theme counts and boilerplate, once every report was read. */
export function runCorpus(summaries: ReportSummary[]): CorpusResult {
  void summaries;
  return { findings: [], themes: [], boilerplate: [] };
}
