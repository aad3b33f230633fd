import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvFile, csvHeader, csvRecords, reportCsv } from '../../src/output/csv.js';
import { parseCsv, parseCsvRecords } from '../../src/output/csv-parse.js';
import { OutputWriter } from '../../src/output/writer.js';
import { COLUMNS, reportRows } from '../../src/output/rows.js';
import { emptyReport } from '../../src/types.js';

const dir = await mkdtemp(join(tmpdir(), 'csv-test-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

// Fields quoted from the corpus: a comma, Chinese quotes, ASCII quotes, a line break.
const SENTENCE = '思想认识不够深入，一些信息内容质量不高，存在“有就行”的思想误区';
const WITH_COMMA = '本年新收政府信息公开申请数量, 自然人';
const WITH_QUOTES = '指定专人管理"恩和镇人民政府"微信公众号';
const WITH_NEWLINE = '所有资金发放恩和镇人民政府\n\n公开宣传栏进行公开。';

describe('CsvFile', () => {
  it('writes a BOM, the header and RFC 4180 quoting, and reads back the same fields', async () => {
    const path = join(dir, 'a.csv');
    const file = new CsvFile(path, ['text', 'value', 'empty']);
    await file.write([SENTENCE, '491', '']);
    await file.write([WITH_COMMA, '0.3', '']);
    await file.write([WITH_QUOTES, '-1', '']);
    await file.write([WITH_NEWLINE, '1e3', '']);
    await file.close();
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.slice(1).startsWith('text,value,empty\r\n')).toBe(true);
    expect(text).toContain(`${SENTENCE},491,\r\n`);
    expect(text).toContain(`"${WITH_COMMA}",0.3,`);
    expect(text).toContain('"指定专人管理""恩和镇人民政府""微信公众号"');
    expect(text).toContain(`"${WITH_NEWLINE}"`);
    expect(parseCsv(text)).toEqual([
      ['text', 'value', 'empty'],
      [SENTENCE, '491', ''],
      [WITH_COMMA, '0.3', ''],
      [WITH_QUOTES, '-1', ''],
      [WITH_NEWLINE, '1e3', ''],
    ]);
  });

  it('refuses a row that does not fit the header', async () => {
    const file = new CsvFile(join(dir, 'b.csv'), ['a', 'b']);
    await expect(file.write(['only one'])).rejects.toThrow(/1 fields/);
    await file.close();
  });

  it('streams many rows with flat memory use (back-pressure)', async () => {
    const file = new CsvFile(join(dir, 'big.csv'), ['n', 'text']);
    for (let i = 0; i < 20000; i++) await file.write([String(i), SENTENCE]);
    await file.close();
    const rows = parseCsv(await readFile(join(dir, 'big.csv'), 'utf8'));
    expect(rows).toHaveLength(20001);
    expect(rows[20000]).toEqual(['19999', SENTENCE]);
  });
});

describe('csvRecords', () => {
  it('formats records exactly as the file holds them, whatever the chunks', async () => {
    const rows = [[SENTENCE, '491', ''], [WITH_COMMA, '0.3', ''], [WITH_QUOTES, '-1', ''], [WITH_NEWLINE, '1e3', '']];
    const path = join(dir, 'chunks.csv');
    const file = new CsvFile(path, ['text', 'value', 'empty']);
    await file.append(csvRecords(file.columns, rows.slice(0, 1)));
    await file.append(csvRecords(file.columns, []));
    await file.append(csvRecords(file.columns, rows.slice(1)));
    await file.close();
    const whole = csvHeader(['text', 'value', 'empty']) + csvRecords(['text', 'value', 'empty'], rows);
    expect(await readFile(path, 'utf8')).toBe(whole);
    expect(parseCsv(whole).slice(1)).toEqual(rows);
    expect(csvRecords(['a'], [])).toBe('');
    expect(() => csvRecords(['a', 'b'], [['x']], 'cells.csv')).toThrow(/cells\.csv: row has 1 fields/);
  });

  it('writes the bytes csv-stringify writes with the same options, on awkward fields', () => {
    const awkward = ['', ' ', ',', '"', '""', '\r', '\n', '\r\n', 'a,b', '说"明"', '“有就行”', '\t开头', '=1+1', '-5', '0.3', SENTENCE, WITH_COMMA, WITH_QUOTES, WITH_NEWLINE];
    const rows = awkward.map((a, i) => [a, awkward[(i + 3) % awkward.length]!, String(i)]);
    const columns = ['text', 'other', 'n'];
    const reference = stringify(rows, {
      bom: true,
      header: true,
      columns: columns.map((c, i) => ({ key: String(i), header: c })),
      record_delimiter: 'windows',
      quote_record_delimiter: true,
      quoted_string: false,
      eof: true,
    });
    expect(csvHeader(columns) + csvRecords(columns, rows)).toBe(reference);
  });

  it('gives every per-report file of a report, header excluded', () => {
    const source = { path: 'x/a.txt', reportId: 'a', sha256: '', format: 'txt' as const, bytes: 0 };
    const csv = reportCsv(reportRows({ ...emptyReport(source), status: 'failed', error: '无法读取,文件损坏' }));
    expect(Object.keys(csv)).toEqual(['reports', 'sections', 'cells', 'claims', 'findings', 'problems']);
    expect(csv.reports).toMatch(/^a,x\/a\.txt,.*,failed,"无法读取,文件损坏",.*\r\n$/);
    expect(csv.cells).toBe('');
  });
});

describe('parseCsv', () => {
  it('handles LF records, a trailing record without newline and quoted empties', () => {
    expect(parseCsv('a,b\n1,""\n"x\r\ny",2')).toEqual([['a', 'b'], ['1', ''], ['x\r\ny', '2']]);
  });
  it('rejects a file ending inside quotes', () => {
    expect(() => parseCsv('a\n"open')).toThrow(/quoted/);
  });
  it('maps records by header and skips blank lines', () => {
    expect(parseCsvRecords('\uFEFFa,b\r\n1,2\r\n\r\n3\r\n')).toEqual([{ a: '1', b: '2' }, { a: '3', b: '' }]);
  });
});

describe('OutputWriter', () => {
  it('writes all eight files with their headers, corpus findings after the reports', async () => {
    const out = join(dir, 'out');
    const writer = await OutputWriter.open(out);
    const source = { path: 'x/a.txt', reportId: 'a', sha256: '', format: 'txt' as const, bytes: 0 };
    await writer.writeReport(reportCsv(reportRows({ ...emptyReport(source), status: 'failed', error: '无法读取' })));
    await writer.writeCorpus({
      findings: [{ reportId: 'a', finding: { rule: 'text-reuse', severity: 'info', status: 'fail', cells: [], expected: '', observed: '0.8', message: 'reuse', evidence: '0.8' } }],
      themes: [{ theme: 'awareness', labelZh: '思想认识与重视程度', nReports: 2, nItems: 3, shareReports: 2 / 3, topTerms: ['意识', '重视'], example: SENTENCE }],
      boilerplate: [{ text: SENTENCE, nReports: 2, nOrgans: 2, reportIds: ['a', 'b'] }],
    });
    await writer.close();
    for (const [name, cols] of Object.entries(COLUMNS)) {
      const rows = parseCsv(await readFile(join(out, `${name}.csv`), 'utf8'));
      expect(rows[0]).toEqual(cols);
    }
    const themes = parseCsvRecords(await readFile(join(out, 'themes.csv'), 'utf8'));
    expect(themes[0]).toMatchObject({ theme: 'awareness', share_reports: '0.6667', top_terms: '意识;重视' });
    const findings = parseCsvRecords(await readFile(join(out, 'findings.csv'), 'utf8'));
    expect(findings).toEqual([expect.objectContaining({ report_id: 'a', rule: 'text-reuse', cell: '' })]);
    const boiler = parseCsvRecords(await readFile(join(out, 'boilerplate.csv'), 'utf8'));
    expect(boiler[0]).toMatchObject({ n_reports: '2', report_ids: 'a;b' });
  });
});
