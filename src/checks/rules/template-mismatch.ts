/**
 * template-mismatch: a table that mixes the F2019 and F2021 layouts (seed 002: an F2021 table with the
 * F2019 column 本年新制作数量), or a layout that does not fit the year reported on (F2019 covers
 * 2019–2020, F2021 2021 and later). Information, not an error.
 */
import type { Finding, Report, Rule } from '../../types.js';

export const rule: Rule = {
  id: 'template-mismatch',
  meta: { severity: 'info', description: 'A table mixes the F2019 and F2021 layouts, or the layout does not fit the year.' },
  check(report: Report): Finding[] {
    const layout = report.layout;
    if (!layout || report.status !== 'ok' || report.meta.template === 'OLD') return [];
    const out: Finding[] = [];
    if (layout.f2019Markers.length > 0 && layout.f2021Markers.length > 0) {
      out.push({
        rule: rule.id,
        severity: 'info',
        status: 'fail',
        cells: [],
        expected: `one layout (${layout.template})`,
        observed: `F2019 markers: ${layout.f2019Markers.join('、')}; F2021 markers: ${layout.f2021Markers.join('、')}`,
        message: `the tables mix the F2019 and F2021 layouts (read as ${layout.template}, mapped by position)`,
        evidence: [...layout.f2019Markers, ...layout.f2021Markers].join(' / '),
      });
    }
    const year = report.meta.year;
    const wrongYear =
      year !== null &&
      ((layout.template === 'F2019' && year >= 2021) || (layout.template === 'F2021' && year <= 2020));
    if (wrongYear) {
      const markers = layout.template === 'F2019' ? layout.f2019Markers : layout.f2021Markers;
      out.push({
        rule: rule.id,
        severity: 'info',
        status: 'fail',
        cells: [],
        expected: year! <= 2020 ? 'F2019 (reports on 2019 and 2020)' : 'F2021 (reports on 2021 and later)',
        observed: `${layout.template} tables in a report on ${year}`,
        message: `the tables use the ${layout.template} layout, which does not fit a report on ${year}`,
        evidence: markers.join(' / '),
      });
    }
    return out;
  },
};
