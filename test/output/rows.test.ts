import { describe, expect, it } from 'vitest';
import { formatNumber, MONEY_DECIMALS } from '../../src/output/format.js';
import { COLUMNS, cellRow, claimRow, reportRows } from '../../src/output/rows.js';
import { emptyReport, type Cell, type Claim, type Finding, type Report } from '../../src/types.js';

/** Required columns, in order, as docs/outputs.md lists them. */
const REQUIRED: Record<string, string[]> = {
  reports: ['report_id', 'source', 'sha256', 'format', 'status', 'error', 'organ', 'year', 'template', 'level', 'chars', 'sections_found', 'n_cells', 'n_claims', 'n_errors', 'n_warnings'],
  sections: ['report_id', 'section', 'heading', 'start', 'end', 'chars'],
  cells: ['report_id', 'cell', 'label_zh', 'value', 'raw', 'status'],
  claims: ['report_id', 'claim_id', 'section', 'subject', 'value', 'unit', 'approx', 'quote', 'sentence', 'start', 'end', 'cell', 'table_value', 'agrees'],
  findings: ['report_id', 'rule', 'severity', 'status', 'cell', 'expected', 'observed', 'message', 'evidence'],
  problems: ['report_id', 'item_no', 'part', 'text', 'themes'],
  themes: ['theme', 'label_zh', 'n_reports', 'n_items', 'share_reports', 'top_terms', 'example'],
  boilerplate: ['text', 'n_reports', 'n_organs', 'report_ids'],
};

describe('columns', () => {
  it('start with exactly the required columns of outputs.md, extras only after them', () => {
    for (const [file, cols] of Object.entries(REQUIRED)) {
      expect(COLUMNS[file as keyof typeof COLUMNS].slice(0, cols.length)).toEqual(cols);
    }
  });
});

describe('formatNumber', () => {
  it('writes plain numbers: no exponent, no separators, no float noise', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(34800 * 10000)).toBe('348000000');
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(3185037.64 / 10000, MONEY_DECIMALS)).toBe('318.5');
    expect(formatNumber(1.955, MONEY_DECIMALS)).toMatch(/^1\.9[56]$/);
    expect(formatNumber(2090.0000001, MONEY_DECIMALS)).toBe('2090');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-3)).toBe('-3');
    expect(formatNumber(1e-9)).toBe('0');
  });
  it('leaves the field empty for no value', () => {
    expect(formatNumber(null)).toBe('');
    expect(formatNumber(Number.NaN)).toBe('');
  });
});

const source = { path: 'corpora/seeds/003_b4cc88434c90d8f5.txt', reportId: '003_b4cc88434c90d8f5', sha256: 'ab'.repeat(32), format: 'txt' as const, bytes: 16334 };

function finding(severity: Finding['severity'], status: Finding['status']): Finding {
  return { rule: 'prose-table-mismatch', severity, status, cells: ['a6.penalty.decisions'], expected: '6', observed: '11', message: 'm', evidence: '进行行政处罚11件' };
}

describe('reportRows', () => {
  const report: Report = {
    ...emptyReport(source),
    text: '一、总体情况\n二、主动公开政府信息情况',
    sections: [
      { id: 'overview', heading: '一、总体情况', start: 0, end: 7, bodyStart: 6 },
      { id: 'active', heading: '二、主动公开政府信息情况', start: 7, end: 19, bodyStart: 19 },
      { id: 'active', heading: '二、主动公开政府信息情况', start: 19, end: 19, bodyStart: 19 },
    ],
    findings: [finding('error', 'fail'), finding('error', 'uncertain'), finding('warning', 'fail'), finding('info', 'fail')],
  };
  const rows = reportRows(report);
  const rec = Object.fromEntries(COLUMNS.reports.map((c, i) => [c, rows.reports[0]![i]]));

  it('counts failed errors and warnings only, sections once each', () => {
    expect(rec['n_errors']).toBe('1');
    expect(rec['n_warnings']).toBe('1');
    expect(rec['sections_found']).toBe('2');
    expect(rec['chars']).toBe(String(report.text.length));
    expect(rec['year']).toBe('');
    expect(rows.findings).toHaveLength(4);
    expect(rows.findings[0]![4]).toBe('a6.penalty.decisions');
  });

  it('gives every row as many fields as its header', () => {
    for (const [file, list] of Object.entries(rows)) {
      for (const row of list) expect(row).toHaveLength(COLUMNS[file as keyof typeof COLUMNS].length);
    }
  });

  it('writes a failed file as one reports row with its reason', () => {
    const failed = reportRows({ ...emptyReport(source), status: 'failed', error: 'not a PDF' });
    expect(failed.reports[0]!.slice(4, 6)).toEqual(['failed', 'not a PDF']);
    expect(failed.cells).toEqual([]);
  });

  it('writes money to two decimals and blank cells without a value', () => {
    const fee: Cell = { key: 'a8.fee.amountWan', table: 'active', labelZh: '行政事业性收费 / 本年收费金额', value: 0.1 + 0.2, raw: '0.3', status: 'ok', rowText: '' };
    expect(cellRow('x', fee)[3]).toBe('0.3');
    expect(cellRow('x', { ...fee, value: 12.3456 })[3]).toBe('12.35');
    expect(cellRow('x', { ...fee, value: null, raw: '—', status: 'blank' })[3]).toBe('');
    const claim: Claim = {
      id: 'x#1', section: 'active', subject: '公开金额', value: 2090, unit: '万元', approx: true, quote: '公开金额2090余万元',
      sentence: '', start: 1, end: 2, zeroAssertion: false, cell: '', cellKeys: [], tableValue: null, agrees: '',
    };
    const row = claimRow('x', claim);
    expect(row[4]).toBe('2090');
    expect(row[6]).toBe('true');
    expect(row[12]).toBe('');
  });
});
