/** Tables read from real cells (HTML, DOCX, PDF SourceTables). */
import { describe, expect, it } from 'vitest';
import { parseTables } from '../../src/tables/index.js';
import type { Cell, SourceTable } from '../../src/types.js';
import { gold, reportFromFile, reportFromText, scoreCells } from './helpers.js';

function index(cells: Cell[]) {
  const m = new Map(cells.map((c) => [c.key, c]));
  return (k: string) => m.get(k);
}

describe('each layout from each source kind (ingest fixtures made from seeds 003 and 004)', () => {
  const cases: Array<[string, string, 'F2019' | 'F2021']> = [
    ['test/fixtures/f2019-seed004.html', '004_5ef633064578115e', 'F2019'],
    ['test/fixtures/f2019-seed004.docx', '004_5ef633064578115e', 'F2019'],
    ['test/fixtures/f2019-seed004.pdf', '004_5ef633064578115e', 'F2019'],
    ['test/fixtures/f2021-seed003.html', '003_b4cc88434c90d8f5', 'F2021'],
    ['test/fixtures/f2021-seed003.docx', '003_b4cc88434c90d8f5', 'F2021'],
    ['test/fixtures/f2021-seed003.pdf', '003_b4cc88434c90d8f5', 'F2021'],
  ];
  for (const [file, id, template] of cases) {
    it(`${file}: ${template}, every gold cell right`, async () => {
      const g = gold(id);
      const r = await reportFromFile(file, g.year ?? null);
      expect(r.extracted!.tables.length).toBeGreaterThan(0);
      const { cells, layout } = parseTables(r);
      expect(layout.template).toBe(template);
      const s = scoreCells(cells, g);
      expect(s.wrong).toEqual([]);
    });
  }
});

describe('real HTML (shuyang-fgj-2023)', () => {
  it('keeps blank 法人或其他组织 cells blank and reads the rest by position', async () => {
    const r = await reportFromFile('corpora/real/shuyang-fgj-2023.html', 2023);
    const { cells, layout } = parseTables(r);
    const get = index(cells);
    expect(layout.template).toBe('F2021');
    expect(get('apply.newReceived.naturalPerson')).toMatchObject({ status: 'ok', value: 26 });
    expect(get('apply.newReceived.commercial')).toMatchObject({ status: 'blank', value: null });
    expect(get('apply.newReceived.total')).toMatchObject({ status: 'ok', value: 26 });
    expect(get('review.review.pending')).toMatchObject({ status: 'ok', value: 1 });
    // colspan=3 value cell "0" of 行政许可 counts once
    expect(get('a5.license.decisions')).toMatchObject({ status: 'ok', value: 0 });
    expect(get('a1.normative.valid')).toMatchObject({ status: 'ok', value: 18 });
  });
});

describe('real PDF (hongze-2024)', () => {
  it('joins the applications table across the page break and reads the single (六) row', async () => {
    const r = await reportFromFile('corpora/real/hongze-2024.pdf', 2024);
    const { cells, layout } = parseTables(r);
    const get = index(cells);
    expect(get('apply.unable.notHeld.total')).toMatchObject({ status: 'ok', value: 31 });
    expect(get('apply.unable.needCreation.total')).toMatchObject({ status: 'ok', value: 1 });
    expect(get('apply.totalProcessed.total')).toMatchObject({ status: 'ok', value: 95 });
    // an F2021 table with the F2019-style single (六) row: recorded as mixed; its 0 gives 0 sub-rows
    expect(layout.template).toBe('F2021');
    expect(layout.f2019Markers.length).toBeGreaterThan(0);
    expect(get('apply.other.total')).toMatchObject({ status: 'ok', value: 0 });
    expect(get('apply.other.noFee.total')).toMatchObject({ status: 'ok', value: 0 });
    expect(get('review.litAfterReview.total')).toMatchObject({ status: 'ok', value: 3 });
    expect(get('a8.fee.amountWan')).toMatchObject({ status: 'ok', value: 7545 });
  });
});

/** Rows of shuyang's applications table as an HTML grid with spans expanded (copies marked). */
function shuyangLikeTables(secondRowValues: string[]): SourceTable[] {
  const note = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
  const header: string[][] = [
    [note, note, note, '申请人情况', '申请人情况', '申请人情况', '申请人情况', '申请人情况', '申请人情况', '申请人情况'],
    [note, note, note, '自然人', '法人或其他组织', '法人或其他组织', '法人或其他组织', '法人或其他组织', '法人或其他组织', '总计'],
    [note, note, note, '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'],
  ];
  const headerOrigin = [
    [true, false, false, true, false, false, false, false, false, false],
    [false, false, false, true, true, false, false, false, false, true],
    [false, false, false, false, true, true, true, true, true, false],
  ];
  const l1 = '一、本年新收政府信息公开申请数量';
  const l2 = '二、上年结转政府信息公开申请数量';
  const page1: SourceTable = {
    rows: [...header, [l1, l1, l1, '26', '', '', '', '', '', '26']],
    spanOrigin: [...headerOrigin, [true, false, false, true, true, true, true, true, true, true]],
    page: 2,
  };
  // the table continues on the next page: same stream
  const page2: SourceTable = {
    rows: [[l2, l2, l2, ...secondRowValues]],
    spanOrigin: [[true, false, false, ...secondRowValues.map(() => true)]],
    page: 3,
  };
  return [page1, page2];
}

describe('hand-built SourceTables (HTML grid with spans)', () => {
  it('drops span copies, keeps blanks blank, continues a table on the next page', () => {
    const r = reportFromText('', 2023, shuyangLikeTables(['0', '', '', '', '', '', '0']), 'html');
    const get = index(parseTables(r).cells);
    expect(get('apply.newReceived.naturalPerson')).toMatchObject({ status: 'ok', value: 26 });
    expect(get('apply.newReceived.research')).toMatchObject({ status: 'blank' });
    expect(get('apply.carriedOver.total')).toMatchObject({ status: 'ok', value: 0 });
    expect(get('apply.carriedOver.commercial')).toMatchObject({ status: 'blank' });
    // rows not in the source: absent (the table is clean)
    expect(get('apply.granted.total')).toMatchObject({ status: 'absent' });
  });
  it('a row with fewer cells than columns is uncertain', () => {
    const r = reportFromText('', 2023, shuyangLikeTables(['0', '0', '0']), 'html');
    const get = index(parseTables(r).cells);
    expect(get('apply.carriedOver.naturalPerson')).toMatchObject({ status: 'uncertain', value: null });
  });
  it('prefers the real cells to the text rendering', () => {
    const text = '一、本年新收政府信息公开申请数量\t99\t0\t0\t0\t0\t0\t99';
    const r = reportFromText(text, 2023, shuyangLikeTables(['0', '', '', '', '', '', '0']), 'html');
    expect(index(parseTables(r).cells)('apply.newReceived.total')?.value).toBe(26);
  });
});
