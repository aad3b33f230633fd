/**
 * The same two reports as PDFs from other producers (test/fixtures/pdf-variants/, made by
 * scripts/make-fixtures.sh variants): tables drawn as filled rectangles, cell frames, in device
 * space, in dashes, as 三线表, on rotated and scaled pages; text drawn glyph by glyph or backwards;
 * running headers and footers; a scanned first page.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/index.js';
import type { Extracted, SourceTable } from '../../src/types.js';
import { bytesOf, fixture, gold, numbersOf, rowWith, tableWith, tabLines } from './helpers.js';

const variant = (name: string): Promise<Extracted> => extract(name, bytesOf(fixture(`pdf-variants/${name}`)));

/** Tables with the spaces inside cells taken out (producers differ in the spaces pdf.js infers). */
const squashed = (tables: SourceTable[]) =>
  tables.map((t) => ({ rows: t.rows.map((r) => r.map((c) => c.replace(/\s+/g, ''))), spanOrigin: t.spanOrigin, page: t.page }));
/** Text with spaces (not TABs, not line breaks) taken out. */
const squashedText = (text: string): string => text.replace(/[ \u3000]+/g, '');

const g003 = gold('003_b4cc88434c90d8f5').cells;
const g004 = gold('004_5ef633064578115e').cells;

describe('PDF variants of seed 003 (F2021): the ruling drawn by other producers', async () => {
  const original = await extract('f2021-seed003.pdf', bytesOf(fixture('f2021-seed003.pdf')));
  const cases: Array<[string, string]> = [
    ['fill-rects', 'Word: per-cell borders as thin filled rectangles, a header band and a grey band across columns'],
    ['stroke-rects', 'Adobe/Foxit: each cell a stroked rectangle, the table framed by a double line'],
    ['device-space', 'Microsoft Print to PDF: rules as boxes in a flipped 600 dpi space set by cm'],
    ['split-double', 'rules cut into 6 pt dashes, the outer frame doubled'],
    ['rotated', 'a landscape media box shown upright by /Rotate 90'],
    ['glyphs', 'every glyph its own text object'],
    ['reversed', 'text objects drawn bottom-up, numbers before their row labels'],
    ['docx-writer', "LibreOffice Writer's own table export (from DOCX)"],
  ];
  const results = await Promise.all(cases.map(([kind]) => variant(`f2021-seed003.${kind}.pdf`)));

  cases.forEach(([kind, how], i) => {
    it(`${kind} — ${how}: the same cells, spans and text`, () => {
      const v = results[i];
      expect(squashed(v.tables)).toEqual(squashed(original.tables));
      expect(squashedText(v.text)).toBe(squashedText(original.text));
      expect(rowWith(tableWith(v.tables, '行政处罚'), '行政处罚')).toEqual(['行政处罚', String(g003['a6.penalty.decisions'])]);
      const apps = tableWith(v.tables, '申请人情况');
      expect(apps.rows.every((r) => r.length === 10)).toBe(true);
      expect(numbersOf(rowWith(apps, '四、结转下年度继续办理'))).toHaveLength(7);
      expect(tabLines(v.text)).toContain('行政处罚\t6');
    });
  });

  it('the shading is not taken for rules: the grey band would cut the applications table into 12 columns', () => {
    const shaded = results[cases.findIndex(([k]) => k === 'fill-rects')];
    expect(tableWith(shaded.tables, '申请人情况').rows[0]).toHaveLength(10);
    expect(tableWith(shaded.tables, '本年制发件数').rows[0]).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
  });
});

describe('PDF variants of seed 004 (F2019): scaled page, running headers and footers', async () => {
  const original = await extract('f2019-seed004.pdf', bytesOf(fixture('f2019-seed004.pdf')));

  it('a page scaled by cm to 70% (8.4 pt text): the same cells and text', async () => {
    const v = await variant('f2019-seed004.scaled.pdf');
    expect(squashed(v.tables)).toEqual(squashed(original.tables));
    expect(squashedText(v.text)).toBe(squashedText(original.text));
  });

  it('a running header, a footer "第 N 页 共 M 页" and rules on every page: dropped, the table still joined over the page break', async () => {
    const v = await variant('f2019-seed004.furniture.pdf');
    // (政务公开办公室 is also in the report's own prose: only the header line must go.)
    expect(v.text).not.toContain('政府信息公开工作年度报告\t政务公开办公室');
    expect(v.text).not.toMatch(/^政府信息公开工作年度报告/m);
    expect(v.text).not.toMatch(/第 ?\d+ ?页 ?共/);
    expect(squashed(v.tables)).toEqual(squashed(original.tables));
    expect(squashedText(v.text)).toBe(squashedText(original.text));
    const apps = tableWith(v.tables, '申请人情况');
    expect(rowWith(apps, '5.要求行政机关确认或重新出具已获取信息')[0]).toBe('三、本年度办理结果');
  });
});

describe('三线表: tables ruled by horizontal rules only, read from text positions', async () => {
  const [v003, v004] = await Promise.all([variant('f2021-seed003.three-line.pdf'), variant('f2019-seed004.three-line.pdf')]);

  it('seed 004: the active-disclosure tables with signed changes and the 采购 amount', () => {
    const row = (label: string) => rowWith(tableWith(v004.tables, label), label);
    expect(row('行政许可')).toEqual(['行政许可', String(g004['a5.license.prevItems']), String(g004['a5.license.delta']), String(g004['a5.license.decisions'])]);
    expect(row('行政处罚')).toEqual(['行政处罚', '45', '-10', '236']);
    expect(row('行政事业性收费')).toEqual(['行政事业性收费', '12', '+1']);
    expect(row('政府集中采购')).toEqual(['政府集中采购', '126', '21207.84万元']);
    expect(tabLines(v004.text)).toContain('行政许可\t387\t-302\t5862');
  });

  it('the applications table: one row per label with its seven numbers, wrapped labels joined', () => {
    for (const v of [v003, v004]) {
      const apps = tableWith(v.tables, '一、本年新收政府信息公开申请数量');
      expect(apps.rows[0]).toHaveLength(8);
      for (const label of ['一、本年新收政府信息公开申请数量', '3.补正后申请内容仍不明确', '5.要求行政机关确认或重新出具已获取信息', '四、结转下年度继续办理']) {
        expect(numbersOf(rowWith(apps, label).slice(1)), label).toEqual(['0', '0', '0', '0', '0', '0', '0']);
      }
      // Each data row holds exactly one label cell and seven numbers: no row took a neighbour's.
      const data = apps.rows.filter((r) => numbersOf(r.slice(1)).length > 0);
      expect(data.every((r) => numbersOf(r.slice(1)).length === 7)).toBe(true);
      expect(data.length).toBeGreaterThanOrEqual(20);
    }
    // A label wrapped over three lines, its numbers on the middle one.
    const apps003 = tableWith(v003.tables, '一、本年新收政府信息公开申请数量');
    expect(rowWith(apps003, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请')).toHaveLength(8);
    expect(rowWith(apps003, '3.其他')[0]).toBe('3.其他');
  });

  it('the review/litigation table: header rows apart, the fifteen numbers in one row', () => {
    for (const v of [v003, v004]) {
      const review = tableWith(v.tables, '复议后起诉');
      expect(review.rows.at(-1)).toEqual(Array(15).fill('0'));
    }
    expect(tabLines(v003.text)).toContain(Array(15).fill('0').join('\t'));
  });
});

describe('a text PDF whose first page is a scanned image', async () => {
  const v = await variant('f2019-seed004.scan-first-page.pdf');
  it('reads the text pages and says which page has no text', () => {
    expect(v.notes).toHaveLength(1);
    expect(v.notes[0]).toMatch(/^page 1 has no text layer \(scanned image\?\): text and tables come from the other 4 pages only/);
    expect(v.text).toContain('二、主动公开政府信息情况');
    expect(rowWith(tableWith(v.tables, '行政许可'), '行政许可')).toEqual(['行政许可', '387', '-302', '5862']);
    expect(tableWith(v.tables, '申请人情况').rows.every((r) => r.length === 10)).toBe(true);
  });
});
