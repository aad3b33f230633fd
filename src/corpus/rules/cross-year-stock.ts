/**
 * cross-year-stock: in the F2021 layout, 现行有效件数 of year Y must equal that of Y−1 plus
 * 本年制发件数 minus 本年废止件数 (rows 规章 and 行政规范性文件). Not applied across the template
 * switch: F2019's 对外公开总数量 is another concept.
 */
import type { CorpusRule, Finding } from '../../types.js';
import { known, yearPairs } from '../pairs.js';

const ROWS = [
  ['rules', '规章'],
  ['normative', '行政规范性文件'],
] as const;

export const rule: CorpusRule = {
  id: 'cross-year-stock',
  meta: {
    severity: 'warning',
    description: 'F2021 现行有效件数 of year Y differs from Y−1\'s + 本年制发 − 本年废止 (same body)',
  },
  check(reports) {
    const out: Array<{ reportId: string; finding: Finding }> = [];
    for (const { current, previous } of yearPairs(reports)) {
      if (current.template !== 'F2021' || previous.template !== 'F2021') continue;
      for (const [row, label] of ROWS) {
        const valid = known(current, `a1.${row}.valid`);
        const issued = known(current, `a1.${row}.issued`);
        const repealed = known(current, `a1.${row}.repealed`);
        const validBefore = known(previous, `a1.${row}.valid`);
        if (valid === null || issued === null || repealed === null || validBefore === null) continue;
        const expected = validBefore + issued - repealed;
        if (expected === valid) continue;
        out.push({
          reportId: current.reportId,
          finding: {
            rule: 'cross-year-stock',
            severity: 'warning',
            status: 'fail',
            cells: [`a1.${row}.valid`],
            expected: String(expected),
            observed: String(valid),
            message: `${label} 现行有效件数 ${valid} ≠ ${previous.year} 年的 ${validBefore} + 本年制发 ${issued} − 本年废止 ${repealed} (${previous.reportId})`,
            evidence: [current.cells[`a1.${row}.valid`]?.rowText ?? '', `${previous.year}: ${previous.cells[`a1.${row}.valid`]?.rowText ?? ''}`]
              .filter((s) => s.trim() !== '')
              .join(' | '),
          },
        });
      }
    }
    return out;
  },
};
