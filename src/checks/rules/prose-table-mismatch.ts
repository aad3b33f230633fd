/**
 * prose-table-mismatch: a number the prose states differs from the table cell it speaks of
 * (report-format.md §8). Claims are linked by the claims stage; this rule only reports.
 */
import type { Claim, Finding, Report, Rule } from '../../types.js';
import { evidenceAround } from '../../claims/prose.js';
import { APPLY_COLUMNS, COLUMN_ZH, describeBlocking, readCell, sumCells } from '../../claims/table.js';

const fmt = (claim: Claim): string => `${claim.approx ? '约' : ''}${claim.value}${claim.unit}`;

/** For a claim against an applications-table total that is missing: what the visible columns say. */
function visibleColumnsNote(report: Report, claim: Claim): string {
  const m = /^apply\.([\w.]+)\.total$/.exec(claim.cellKeys[0] ?? '');
  if (!m || claim.cellKeys.length !== 1) return '';
  const readable = APPLY_COLUMNS.filter((c) => c !== 'total').map((c) => ({ c, r: readCell(report.cells, `apply.${m[1]}.${c}`) }));
  const known = readable.filter((x) => x.r.value !== null);
  if (known.length === 0) return '';
  const sum = known.reduce((s, x) => s + (x.r.value ?? 0), 0);
  const unknown = readable.filter((x) => x.r.value === null).map((x) => COLUMN_ZH[x.c]);
  if (sum === claim.value) return `; the readable columns sum to ${sum}, as stated`;
  return `; the readable columns (${known.map((x) => COLUMN_ZH[x.c]).join('、')}) sum to ${sum}, so the prose agrees only if ${unknown.join('、') || 'the unread columns'} hold the difference — likely mismatch`;
}

function findingFor(report: Report, claim: Claim): Finding | null {
  if (!claim.cell || claim.agrees === 'true' || claim.agrees === '') return null;
  const evidence = evidenceAround(report.text, claim.start, claim.end);
  const observed = claim.zeroAssertion ? `0 (${claim.quote})` : fmt(claim);
  if (claim.agrees === 'false') {
    const what = claim.cellKeys.length > 1 ? `${claim.cell} (= ${claim.cellKeys.join(' + ')})` : claim.cell;
    const alt = claim.altReading ? `; ${claim.altReading}` : '';
    return {
      rule: rule.id,
      severity: claim.approx ? 'warning' : 'error',
      status: 'fail',
      cells: claim.cellKeys,
      expected: String(claim.tableValue),
      observed,
      message: claim.zeroAssertion
        ? `the prose says none ("${claim.quote}") but ${what} is ${claim.tableValue}${alt}`
        : `the prose states ${fmt(claim)} but ${what} is ${claim.tableValue}${claim.approx ? ' (off by more than 10%)' : ''}${alt}`,
      evidence,
    };
  }
  const { blocking } = sumCells(report.cells, claim.cellKeys);
  const described = blocking.map((b) => describeBlocking(report, b));
  // a group of many cells blocked for one reason reads better as one line
  const reasons =
    described.length > 3 && new Set(blocking.map((b) => b.status)).size === 1
      ? [`${blocking.length} of its ${claim.cellKeys.length} cells, e.g. ${described[0]}`]
      : described;
  const zeroBlank = claim.zeroAssertion && blocking.every((b) => b.status === 'blank');
  return {
    rule: rule.id,
    severity: 'info',
    status: 'uncertain',
    cells: claim.cellKeys,
    expected: '',
    observed,
    message: zeroBlank
      ? `the prose says none; consistent only if the blank cells mean 0: ${reasons.join('; ')}`
      : `cannot compare ${fmt(claim)} with ${claim.cell}: ${reasons.join('; ')}${visibleColumnsNote(report, claim)}`,
    evidence,
  };
}

export const rule: Rule = {
  id: 'prose-table-mismatch',
  meta: {
    severity: 'error',
    description: 'A number stated in the prose differs from the table cell it speaks of (uncertain when the cell is blank, absent or uncertain).',
  },
  check(report: Report): Finding[] {
    return report.claims.map((c) => findingFor(report, c)).filter((f): f is Finding => f !== null);
  },
};
