import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/review-sum.js';
import { corpusText, SEEDS, tabledFromFile, tabledFromText, withRow } from '../tables/helpers.js';

const ZEROS15 = Array(15).fill('0').join('\t');

describe('review-sum (总计 = 维持 + 纠正 + 其他 + 尚未审结, per group)', () => {
  it('passes on hongze (1+1 = 2; 1 = 1; 2+1 = 3)', async () => {
    expect(rule.check(await tabledFromFile('corpora/real/hongze-2024.pdf', 2024))).toEqual([]);
  });
  it('fails for the group whose 总计 disagrees', async () => {
    const row = ['1', '1', '0', '0', '3', ...Array(10).fill('0')].join('\t');
    const findings = rule.check(await tabledFromText(withRow(corpusText(SEEDS.s003), ZEROS15, row), 2022));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'fail', severity: 'error', observed: '总计 = 3', expected: '总计 = 1 + 1 + 0 + 0 = 2' });
    expect(findings[0]!.cells).toEqual(['review.review.maintain', 'review.review.correct', 'review.review.other', 'review.review.pending', 'review.review.total']);
    expect(findings[0]!.evidence).toContain('1 | 1 | 0 | 0 | 3');
  });
  it('is uncertain for 行政复议 when its five cells are blank (seed 000), litigation still checked', async () => {
    const findings = rule.check(await tabledFromText(corpusText(SEEDS.s000), 2020));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'uncertain', severity: 'info' });
    expect(findings[0]!.observed).toContain('行政复议');
    expect(findings[0]!.observed).not.toContain('起诉');
  });
  it('checks a transposed table (one row per group) in the official sense', async () => {
    const head = '四、政府信息公开行政复议、行政诉讼情况\n\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n';
    const ok = head + '行政复议\t1\t0\t0\t1\t2\n未经复议直接起诉\t0\t0\t0\t0\t0\n复议后起诉\t0\t0\t0\t0\t0';
    expect(rule.check(await tabledFromText(ok, 2022))).toEqual([]);
    const bad = head + '行政复议\t1\t0\t0\t1\t2\n未经复议直接起诉\t2\t0\t0\t0\t3\n复议后起诉\t0\t0\t0\t0\t0';
    const findings = rule.check(await tabledFromText(bad, 2022));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.cells).toContain('review.litDirect.total');
    expect(findings[0]!.evidence).toContain('未经复议直接起诉');
  });
});
