/**
 * cross-year-carryover: 二、上年结转 of year Y must equal 四、结转下年度继续办理 of the same body's
 * report on Y−1, column by column (the table is unchanged across the 2020→2021 template switch).
 */
import type { CorpusRule, Finding } from '../../types.js';
import { known, yearPairs } from '../pairs.js';

const COLUMNS = ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'] as const;

export const rule: CorpusRule = {
  id: 'cross-year-carryover',
  meta: {
    severity: 'error',
    description: '上年结转 of year Y differs from 结转下年度继续办理 of the same body\'s report on Y−1',
  },
  check(reports) {
    const out: Array<{ reportId: string; finding: Finding }> = [];
    for (const { current, previous } of yearPairs(reports)) {
      const differing = COLUMNS.flatMap((col) => {
        const now = known(current, `apply.carriedOver.${col}`);
        const before = known(previous, `apply.carriedForward.${col}`);
        return now !== null && before !== null && now !== before ? [{ col, now, before }] : [];
      });
      if (differing.length === 0) continue;
      const rowNow = current.cells[`apply.carriedOver.${differing[0]!.col}`]?.rowText ?? '';
      const rowBefore = previous.cells[`apply.carriedForward.${differing[0]!.col}`]?.rowText ?? '';
      out.push({
        reportId: current.reportId,
        finding: {
          rule: 'cross-year-carryover',
          severity: 'error',
          status: 'fail',
          cells: differing.map((d) => `apply.carriedOver.${d.col}`),
          expected: differing.map((d) => `${d.col}=${d.before}`).join('; '),
          observed: differing.map((d) => `${d.col}=${d.now}`).join('; '),
          message: `上年结转 (${current.year}) ≠ 结转下年度继续办理 of ${previous.reportId} (${previous.year}), same body`,
          evidence: [rowNow, `${previous.year}: ${rowBefore}`].filter((s) => s.trim() !== '').join(' | '),
        },
      });
    }
    return out;
  },
};
