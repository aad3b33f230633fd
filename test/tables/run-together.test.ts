/** Text whose cells ran together (scraped one-line pages) and fragmented markdown. */
import { describe, expect, it } from 'vitest';
import { parseTables } from '../../src/tables/index.js';
import { digitSplits, placeRun } from '../../src/tables/run-together.js';
import type { Cell } from '../../src/types.js';
import { corpusText, reportFromText } from './helpers.js';

const rowSum = (v: number[]): boolean => v.slice(0, 6).reduce((a, b) => a + b, 0) === v[6];

function parse(rel: string, year: number) {
  const { cells, layout } = parseTables(reportFromText(corpusText(rel), year));
  const m = new Map<string, Cell>(cells.map((c) => [c.key, c]));
  return { cells, layout, get: (k: string) => m.get(k) };
}

describe('splitting a digit run by the table’s arithmetic', () => {
  it('splits "640020470" (pingtan 2021, 一、本年新收) one way only: 64 0 0 2 0 4 70', () => {
    expect(digitSplits(['640020470'], 7, rowSum, 5)).toEqual([[64, 0, 0, 2, 0, 4, 70]]);
  });
  it('leaves "270020130" (予以公开) unread: more than one split adds up', () => {
    expect(digitSplits(['270020130'], 7, rowSum, 5).length).toBeGreaterThan(1);
    expect(placeRun('270020130', 7, rowSum).ok).toBe(false);
  });
  it('keeps spaces as cell boundaries ("500000 5")', () => {
    const fit = placeRun('500000 5', 7, rowSum);
    expect(fit.ok && fit.cells.map((c) => c.raw)).toEqual(['5', '0', '0', '0', '0', '0', '5']);
  });
  it('never reads a leading zero as part of a number', () => {
    expect(digitSplits(['0000000'], 7, rowSum)).toEqual([[0, 0, 0, 0, 0, 0, 0]]);
    expect(digitSplits(['05'], 1, () => true)).toEqual([]);
  });
  it('leaves a three-column run without arithmetic unread ("693665")', () => {
    expect(placeRun('693665', 3, () => true).ok).toBe(false);
    expect(placeRun('000', 3, () => true).ok).toBe(true);
  });
});

describe('pingtan 2021 (one-line page, cells run together)', () => {
  const t = parse('corpora/real/pingtan-2021.txt', 2021);
  it('reads the rows whose split is unique', () => {
    expect(t.layout.template).toBe('F2021');
    expect(t.get('apply.newReceived.total')).toMatchObject({ status: 'ok', value: 70 });
    expect(t.get('apply.totalProcessed.naturalPerson')).toMatchObject({ status: 'ok', value: 63 });
    expect(t.get('apply.carriedForward.total')).toMatchObject({ status: 'ok', value: 1 });
    expect(t.get('a6.penalty.decisions')).toMatchObject({ status: 'ok', value: 1282 });
  });
  it('fixes rows that split two ways by the column equations: (七)总计 = outcome rows', () => {
    // 予以公开 "270020130" and 本机关不掌握 "220000325" each split two ways; only one pair adds up
    expect(t.get('apply.granted.naturalPerson')).toMatchObject({ status: 'ok', value: 27 });
    expect(t.get('apply.granted.total')).toMatchObject({ status: 'ok', value: 30 });
    expect(t.get('apply.unable.notHeld.naturalPerson')).toMatchObject({ status: 'ok', value: 22 });
  });
  it('leaves them uncertain when the equation cannot be used ((七)总计 unread)', () => {
    const text = corpusText('corpora/real/pingtan-2021.txt').replace('（七）总计630020469', '（七）总计');
    const u = parseTables(reportFromText(text, 2021)).cells.find((c) => c.key === 'apply.granted.total');
    expect(u).toMatchObject({ status: 'uncertain', value: null });
  });
  it('marks ambiguous runs uncertain instead of guessing', () => {
    expect(t.get('a1.normative.issued')).toMatchObject({ status: 'uncertain', value: null });
    // "24252.311082": not a money amount anyone writes
    expect(t.get('a8.fee.amountWan')).toMatchObject({ status: 'uncertain' });
  });
  it('does not take the next sub-row’s number ("00000002.其他法律…") as a value', () => {
    expect(t.get('apply.denied.stateSecret.total')).toMatchObject({ status: 'ok', value: 0 });
    expect(t.get('apply.denied.internalAffairs.total')).toMatchObject({ status: 'ok', value: 1 });
  });
  it('never reports a run-together table row as absent', () => {
    expect(t.cells.some((c) => c.status === 'absent' || c.status === 'blank')).toBe(false);
  });
});

describe('pingtan 2022 (spaces between some cells)', () => {
  const t = parse('corpora/real/pingtan-2022.txt', 2022);
  it('reads the space-separated review row and the unique applications rows', () => {
    expect(t.get('review.review.total')).toMatchObject({ status: 'ok', value: 2 });
    expect(t.get('review.litDirect.maintain')).toMatchObject({ status: 'ok', value: 1 });
    expect(t.get('apply.newReceived.commercial')).toMatchObject({ status: 'ok', value: 3 });
    expect(t.get('apply.totalProcessed.total')).toMatchObject({ status: 'ok', value: 75 });
    expect(t.get('a8.fee.amountWan')).toMatchObject({ status: 'ok', value: 9116.36 });
  });
});

describe('shanghai-kewei 2024 (fragmented PDF-to-markdown)', () => {
  const t = parse('corpora/real/shanghai-kewei-2024.txt', 2024);
  it('reads the unambiguous markdown rows', () => {
    expect(t.get('apply.newReceived.naturalPerson')).toMatchObject({ status: 'ok', value: 32 });
    expect(t.get('apply.totalProcessed.total')).toMatchObject({ status: 'ok', value: 35 });
    expect(t.get('review.review.total')).toMatchObject({ status: 'ok', value: 1 });
    expect(t.get('a1.normative.issued')).toMatchObject({ status: 'ok', value: 13 });
    expect(t.get('a5.license.decisions')).toMatchObject({ status: 'ok', value: 97 });
  });
  it('leaves rows whose label and numbers were torn apart unread, not absent', () => {
    // "（二）部分公开…" lost its numbers to a label-less row: no reading, and not claimed missing
    expect(t.get('apply.partial.total')?.status).toBe('uncertain');
    // 6 values for 7 columns: uncertain
    expect(t.get('apply.carriedForward.total')?.status).toBe('uncertain');
    expect(t.cells.some((c) => c.status === 'absent')).toBe(false);
  });
});

describe('split search stays bounded', () => {
  it('gives up (ambiguous) on a very long run instead of searching forever', () => {
    const run = '1234567891234567891234567891234567891234';
    expect(placeRun(run, 7, rowSum).ok).toBe(false);
    expect(placeRun(`${run}${run}`, 15, () => true).ok).toBe(false);
  });
});
