/**
 * prose-table-mismatch: a number the prose states differs from the table cell it speaks of
 * (report-format.md §8). Claims are linked by the claims stage; this rule only reports.
 */
import type { Claim, Finding, Report, Rule } from '../../types.js';
import { evidenceAround } from '../../claims/prose.js';
import { APPLY_COLUMNS, COLUMN_ZH, describeBlocking, readCell, sumCells } from '../../claims/table.js';

const fmt = (claim: Claim): string => `${claim.approx ? '约' : ''}${claim.value}${claim.unit}`;

const APPLICANT_COLUMNS = APPLY_COLUMNS.filter((c) => c !== 'total');

/** Readable applicant-column cells of one applications-table row (blank cells left out). */
function rowColumns(report: Report, row: string): Array<{ col: string; value: number }> {
  const out: Array<{ col: string; value: number }> = [];
  for (const col of APPLICANT_COLUMNS) {
    const value = readCell(report.cells, `apply.${row}.${col}`).value;
    if (value !== null) out.push({ col, value });
  }
  return out;
}

/** Row label for a message: the table's own words, else the key. */
function rowLabel(report: Report, row: string): string {
  const c = report.cells.find((x) => x.key === `apply.${row}.total` || x.key.startsWith(`apply.${row}.`));
  return c ? c.labelZh.split(' / ')[0] : row;
}

/**
 * When the 总计 cells a claim needs are not readable, what the applicant columns say instead:
 * "the 自然人 column alone gives 258+3=261", "the readable columns sum to 35, as stated".
 */
function applicantColumnsNote(report: Report, claim: Claim): string {
  const rows = claim.cellKeys.map((k) => /^apply\.([\w.]+)\.total$/.exec(k)?.[1]).filter((r): r is string => r !== undefined);
  if (rows.length === 0 || rows.length !== claim.cellKeys.length) return '';
  const perRow = rows.map((row) => ({ row, cols: rowColumns(report, row) }));
  const perCol = APPLICANT_COLUMNS.map((col) => ({
    col,
    values: perRow.flatMap((r) => r.cols.filter((x) => x.col === col).map((x) => x.value)),
  })).filter((x) => x.values.length > 0);
  if (perCol.length === 0) return '';
  const sum = perCol.reduce((s, x) => s + x.values.reduce((a, b) => a + b, 0), 0);
  const show = (x: { col: string; values: number[] }): string => {
    const t = x.values.reduce((a, b) => a + b, 0);
    return x.values.length > 1 ? `${COLUMN_ZH[x.col]} ${x.values.join('+')}=${t}` : `${COLUMN_ZH[x.col]} ${t}`;
  };
  const stated = claim.value;
  if (sum === stated) return `; the readable applicant columns sum to ${sum}, as stated (${perCol.map(show).join(', ')})`;
  const unread = APPLICANT_COLUMNS.filter((c) => !perCol.some((x) => x.col === c)).map((c) => COLUMN_ZH[c]);
  let note: string;
  if (sum > stated && !claim.approx) {
    const natural = perCol.find((x) => x.col === 'naturalPerson');
    const naturalSum = natural ? natural.values.reduce((a, b) => a + b, 0) : 0;
    note =
      natural && naturalSum > stated
        ? `; the ${COLUMN_ZH.naturalPerson} column alone gives ${natural.values.join('+')}=${naturalSum}, more than ${stated}`
        : `; the readable applicant columns (${perCol.map(show).join(', ')}) already sum to ${sum}, more than ${stated}`;
    note += ' — likely mismatch';
  } else if (sum > stated) {
    note = `; the readable applicant columns (${perCol.map(show).join(', ')}) sum to ${sum}`;
  } else {
    const who = unread.length > 0 && perRow.every((r) => r.cols.length === APPLICANT_COLUMNS.length - unread.length) ? unread.join('、') : 'the blank or unread cells';
    note = `; the readable columns (${perCol.map((x) => COLUMN_ZH[x.col]).join('、')}) sum to ${sum}, so the prose agrees only if ${who} hold the difference — likely mismatch`;
  }
  // a group stated as one of its rows only ("无法提供265件" = 1.本机关不掌握 252+12+1)
  if (perRow.length > 1) {
    for (const r of perRow) {
      const t = r.cols.reduce((a, x) => a + x.value, 0);
      if (r.cols.length > 0 && t === stated) {
        note += `; ${stated} equals the readable cells of the row ${rowLabel(report, r.row)} alone (${r.cols.map((x) => x.value).join('+')})`;
        break;
      }
    }
  }
  return note;
}

/** For other groups (行政诉讼 = 直接起诉 + 复议后起诉): what the readable cells add up to. */
function readableCellsNote(report: Report, claim: Claim): string {
  if (claim.cellKeys.length < 2 || claim.cellKeys.every((k) => k.startsWith('apply.'))) return '';
  const read = claim.cellKeys.map((k) => readCell(report.cells, k)).filter((r) => r.value !== null);
  if (read.length === 0) return '';
  const sum = read.reduce((s, r) => s + (r.value ?? 0), 0);
  return sum === claim.value
    ? `; the readable cells (${read.map((r) => r.key).join(', ')}) sum to ${sum}, as stated`
    : `; the readable cells (${read.map((r) => r.key).join(', ')}) sum to ${sum}`;
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
      : `cannot compare ${fmt(claim)} with ${claim.cell}: ${reasons.join('; ')}${applicantColumnsNote(report, claim) || readableCellsNote(report, claim)}`,
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
