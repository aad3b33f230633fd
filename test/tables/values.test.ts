import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerMoneyUnit, readValue, tokenizeCell, toHalfWidth, toWan } from '../../src/tables/values.js';

describe('cell values (D21)', () => {
  it('reads signed deltas as written in seed 004 (行政许可 387 / -302, 行政事业性收费 12 / +1)', () => {
    expect(readValue('-302')).toMatchObject({ kind: 'number', value: -302 });
    expect(readValue('+1')).toMatchObject({ kind: 'number', value: 1 });
  });
  it('reads decimals, thousands separators and full-width digits', () => {
    expect(readValue('21207.84')).toMatchObject({ kind: 'number', value: 21207.84 });
    expect(readValue('1,234')).toMatchObject({ kind: 'number', value: 1234 });
    expect(readValue('１２３')).toMatchObject({ kind: 'number', value: 123 });
    expect(readValue('－８')).toMatchObject({ kind: 'number', value: -8 });
  });
  it('reads a 本年增/减 change written in words: "增加1" +1, "减少3" -3, "新增2" +2', () => {
    expect(readValue('增加1')).toMatchObject({ kind: 'number', value: 1, raw: '增加1' });
    expect(readValue('减少3')).toMatchObject({ kind: 'number', value: -3 });
    expect(readValue('新增2')).toMatchObject({ kind: 'number', value: 2 });
    expect(readValue('减少 3项')).toMatchObject({ kind: 'number', value: -3 });
    expect(readValue('减1')).toMatchObject({ kind: 'number', value: -1 });
    // a word without a number, or a doubled sign, is not a value
    expect(readValue('增加').kind).toBe('text');
    expect(readValue('减少-3').kind).toBe('text');
    expect(readValue('增减情况').kind).toBe('text');
  });
  it('keeps blanks blank, never 0', () => {
    for (const t of ['', ' ', '-', '—', '/', '无', '空', '&nbsp;', '\u3000']) expect(readValue(t).kind).toBe('blank');
  });
  it('reads a piece starting with a Han character as text unless it can start a blank or a worded change', () => {
    expect(readValue('净增5')).toMatchObject({ kind: 'number', value: 5 });
    expect(readValue('净减少2')).toMatchObject({ kind: 'number', value: -2 });
    expect(readValue('本年新收政府信息公开申请数量').kind).toBe('text');
    expect(readValue('予以公开12').kind).toBe('text');
    // a compatibility ideograph is folded by NFKC first (U+F9F2 → 鱗), then read
    expect(readValue('\uf9f2').kind).toBe('text');
  });
  it('treats labels as text, including numbered sub-row labels', () => {
    expect(readValue('1.属于国家秘密').kind).toBe('text');
    expect(readValue('3.').kind).toBe('text');
    expect(readValue('2020年').kind).toBe('text');
  });
  it('converts money to 万元 from the unit in the cell or the header', () => {
    const wan = readValue('21207.84 万元');
    expect(wan).toMatchObject({ kind: 'number', value: 21207.84, unit: '万元' });
    const yuan = readValue('251000元');
    expect(yuan.kind === 'number' && toWan(yuan.value, yuan.unit, '')).toBe(25.1);
    expect(toWan(7545, '', headerMoneyUnit('本年收费金额（单位：万元）'))).toBe(7545);
    expect(toWan(50000, '', headerMoneyUnit('采购总金额（元）'))).toBe(5);
  });
  it('splits a PDF cell that holds a whole row, and a label fused with its value', () => {
    expect(tokenizeCell('95 0 0 0 0 0 95').map((t) => t.kind)).toEqual(Array(7).fill('number'));
    const fused = tokenizeCell('已获取信息 0');
    expect(fused.map((t) => t.kind)).toEqual(['text', 'number']);
    expect(tokenizeCell('126 21207.84 万元').map((t) => t.raw)).toEqual(['126', '21207.84 万元']);
  });
});

describe('cell values seen on web pages and native PDFs', () => {
  it('drops zero-width characters and reads minus signs written as dashes', () => {
    expect(readValue('0\u200b')).toMatchObject({ kind: 'number', value: 0 });
    expect(readValue('\u200b').kind).toBe('blank');
    expect(readValue('\u22128')).toMatchObject({ kind: 'number', value: -8 });
    expect(readValue('—8')).toMatchObject({ kind: 'number', value: -8 });
    // a dash alone stays blank, a dash before text stays text
    expect(readValue('—').kind).toBe('blank');
    expect(readValue('—其他').kind).toBe('text');
  });
  it('reads the Shanghai 2019 procurement cell "251000元" as 25.1 万元 and blank cells as blank', () => {
    const t = readValue('251000元');
    expect(t.kind === 'number' && toWan(t.value, t.unit, headerMoneyUnit('采购总金额'))).toBe(25.1);
    for (const x of ['&nbsp;', '\u00a0', '／', '－', '——']) expect(readValue(x).kind).toBe('blank');
  });
});

describe('readValue of a cell of digits', () => {
  it('reads it as the full rules read the same digits with a space after them', () => {
    for (const digits of ['0', '7', '007', '2024', '99999999999999999999']) {
      const padded = readValue(`${digits} `);
      expect(padded.kind).toBe('number');
      expect(readValue(digits)).toEqual({ ...padded, raw: digits });
    }
    expect(readValue('')).toEqual({ kind: 'blank', raw: '' });
  });
});

describe('toHalfWidth', () => {
  const byNfkc = (s: string): string =>
    s.normalize('NFKC').replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/[\u00a0\u3000]/g, ' ');

  it('folds full-width forms, drops zero-width characters and unifies spaces', () => {
    expect(toHalfWidth('（一）１２３\u3000件')).toBe('(一)123 件');
    expect(toHalfWidth('0\u200b')).toBe('0');
    expect(toHalfWidth('收费金额\u00a0(万元)')).toBe('收费金额 (万元)');
  });

  it('leaves plain ASCII and CJK text as it is, exactly as NFKC would', () => {
    for (const s of ['95 0 0 0 0 0 95', '申请人数\t本年新收政府信息公开申请数量', '“三同步”。、', '']) {
      expect(toHalfWidth(s)).toBe(byNfkc(s));
    }
  });

  it('agrees with the NFKC definition on every line of the seed reports', () => {
    const dir = new URL('../../corpora/seeds/', import.meta.url);
    for (const name of readdirSync(dir)) {
      for (const line of readFileSync(new URL(name, dir), 'utf8').split('\n')) expect(toHalfWidth(line)).toBe(byNfkc(line));
    }
  });
});
