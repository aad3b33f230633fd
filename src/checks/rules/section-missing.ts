/**
 * section-missing: one of the six sections the format requires is not in the report. A section whose
 * table was found counts as present even when its heading was not recognized. Not for pre-2019
 * (OLD) reports or documents that are no report.
 */
import type { Finding, Report, Rule, SectionId } from '../../types.js';
import { SECTION_IDS } from '../../types.js';

const HEADING_ZH: Record<SectionId, string> = {
  overview: '一、总体情况',
  active: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  review: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
};

export const rule: Rule = {
  id: 'section-missing',
  meta: { severity: 'warning', description: 'One of the six sections is not found.' },
  check(report: Report): Finding[] {
    if (report.status !== 'ok' || report.meta.template === 'OLD') return [];
    // no section at all: the document's structure was not recognized, which is not six findings
    if (report.sections.length === 0) return [];
    const present = new Set<SectionId>(report.sections.map((s) => s.id));
    const found = report.layout?.found;
    if (found?.active) present.add('active');
    if (found?.applications) present.add('applications');
    if (found?.review) present.add('review');
    return SECTION_IDS.filter((id) => !present.has(id)).map(
      (id): Finding => ({
        rule: rule.id,
        severity: 'warning',
        status: 'fail',
        cells: [],
        expected: `section ${HEADING_ZH[id]}`,
        observed: 'not found',
        message: `the report has no section ${HEADING_ZH[id]} (section ${id}), which the format requires`,
        evidence: `${HEADING_ZH[id]} (not found in the report)`,
      }),
    );
  },
};
