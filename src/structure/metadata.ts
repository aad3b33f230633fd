// PLACEHOLDER until the structure stage lands.
import type { ReportMeta, Section, TableLayout, Template } from '../types.js';
/** Organ, year, level and a provisional template (from text markers and year). */
export function readMeta(text: string, sections: Section[]): ReportMeta {
  void text; void sections;
  return { organ: '', year: null, template: 'unknown', level: 'unknown' };
}
/** Final template: the tables' own markers first, the year second; OLD before 2019. */
export function decideTemplate(meta: ReportMeta, layout: TableLayout | null): Template {
  return layout && layout.template !== 'unknown' ? layout.template : meta.template;
}
/** Whether the document is an annual report at all (else status not_report), with the reason. */
export function reportVerdict(text: string, sections: Section[]): { isReport: boolean; reason: string } {
  void text;
  return { isReport: sections.length > 0, reason: sections.length > 0 ? '' : 'no report markers' };
}
