/** Text whose cells ran together (scraped one-line pages) and fragmented markdown. */
import { describe, expect, it } from 'vitest';
import { parseTables } from '../../src/tables/index.js';
import { digitSplits, placeRun, reviewRunHeader } from '../../src/tables/run-together.js';
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

describe('复议/诉讼 table of a one-line page: anchored on its header, not on the first 行政复议', () => {
  const LC_KFQ = 'test/fixtures/unseen/lc-kfq-2022.txt';
  const page = corpusText(LC_KFQ);
  const HEADER_AND_VALUES =
    '行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 1 0 0 0 1 0 0 0 0 0 0 0 0 0 0';
  const withReview = (replacement: string): string => {
    if (!page.includes(HEADER_AND_VALUES)) throw new Error('fixture changed');
    return page.replace(HEADER_AND_VALUES, replacement);
  };
  const review = (text: string) => {
    const m = new Map(parseTables(reportFromText(text, 2022)).cells.filter((c) => c.table === 'review').map((c) => [c.key, c]));
    return (k: string) => m.get(k);
  };

  it('skips the section heading and "被申请行政复议1件" in the prose (lc-kfq-2022)', () => {
    const get = review(page);
    expect(get('review.review.maintain')).toMatchObject({ status: 'ok', value: 1 });
    expect(get('review.review.total')).toMatchObject({ status: 'ok', value: 1 });
    expect(get('review.litDirect.total')).toMatchObject({ status: 'ok', value: 0 });
    expect(get('review.litAfterReview.pending')).toMatchObject({ status: 'ok', value: 0 });
  });
  it('splits run-together digits when exactly one split gives the three sums', () => {
    // 12 0 0 0 12 | 0 … | 0 …: "1200012" must be 12,0,0,0,12 (1,2,0,0,0,… breaks 维持+…=总计)
    const get = review(withReview(HEADER_AND_VALUES.replace(/ 1 0 0 0 1 0 0 0 0 0 0 0 0 0 0$/, ' 12000120000000000')));
    expect(get('review.review.maintain')).toMatchObject({ status: 'ok', value: 12 });
    expect(get('review.review.total')).toMatchObject({ status: 'ok', value: 12 });
    expect(get('review.litAfterReview.total')).toMatchObject({ status: 'ok', value: 0 });
  });
  it('leaves a run that splits two ways uncertain, never absent', () => {
    // "11000110000000000": 1,10,0,0,11 | 0… and 11,0,0,0,11 | 0… both add up — which is unknown
    expect(placeRun('11000110000000000', 15, (v) => [0, 5, 10].every((g) => v[g]! + v[g + 1]! + v[g + 2]! + v[g + 3]! === v[g + 4])).ok).toBe(false);
    const get = review(withReview(HEADER_AND_VALUES.replace(/ 1 0 0 0 1 0 0 0 0 0 0 0 0 0 0$/, ' 11000110000000000')));
    expect(get('review.review.total')?.status).toBe('uncertain');
    expect(get('review.review.total')?.value).toBeNull();
  });
  it('reads a header that writes 总计 first in each group in that order', () => {
    const header = '行政复议 行政诉讼 总计 结果维持 结果纠正 其他结果 尚未审结 未经复议直接起诉 复议后起诉 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结';
    const get = review(withReview(`${header} 3 2 1 0 0 1 0 0 0 1 0 0 0 0 0`));
    expect(get('review.review.total')).toMatchObject({ status: 'ok', value: 3 });
    expect(get('review.review.maintain')).toMatchObject({ status: 'ok', value: 2 });
    expect(get('review.review.correct')).toMatchObject({ status: 'ok', value: 1 });
    expect(get('review.litDirect.total')).toMatchObject({ status: 'ok', value: 1 });
    expect(get('review.litDirect.pending')).toMatchObject({ status: 'ok', value: 1 });
  });
  it('finds no table when only the heading and prose name 行政复议', () => {
    const text = withReview('');
    expect(parseTables(reportFromText(text, 2022)).cells.filter((c) => c.table === 'review')).toEqual([]);
    expect(reviewRunHeader('四、政府信息公开行政复议、行政诉讼情况 2022年，被申请行政复议1件。', 0)).toBeNull();
  });
});
