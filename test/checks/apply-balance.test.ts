import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/apply-balance.js';
import { corpusText, SEEDS, tabledFromFile, tabledFromText, withRow } from '../tables/helpers.js';

const ROW1 = '一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0';

describe('apply-balance (一 + 二 = (七)总计 + 四, per column)', () => {
  it('passes on seed 004 and on hongze (95 + 0 = 95 + 0)', async () => {
    expect((await tabledFromText(corpusText(SEEDS.s004), 2020).then((r) => rule.check(r)))).toEqual([]);
    expect(rule.check(await tabledFromFile('corpora/real/hongze-2024.pdf', 2024))).toEqual([]);
  });
  it('fails on the column whose 一 was changed, quoting the rows', async () => {
    const text = withRow(corpusText(SEEDS.s004), ROW1, '一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3');
    const findings = rule.check(await tabledFromText(text, 2020));
    expect(findings.map((f) => f.status)).toEqual(['fail', 'fail']);
    const nat = findings[0]!;
    expect(nat).toMatchObject({ severity: 'error', rule: 'apply-balance' });
    expect(nat.cells).toEqual([
      'apply.newReceived.naturalPerson',
      'apply.carriedOver.naturalPerson',
      'apply.totalProcessed.naturalPerson',
      'apply.carriedForward.naturalPerson',
    ]);
    expect(nat.expected).toContain('3');
    expect(nat.observed).toContain('0');
    expect(nat.evidence).toContain('一、本年新收政府信息公开申请数量');
    expect(findings[1]!.cells[0]).toBe('apply.newReceived.total');
  });
  it('is uncertain (info) where columns are cut off (seed 002: 其他, 总计 absent)', async () => {
    const findings = rule.check(await tabledFromText(corpusText(SEEDS.s002), 2021));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'uncertain', severity: 'info' });
    expect(findings[0]!.cells).toContain('apply.newReceived.total');
    expect(findings[0]!.message).toContain('absent');
  });
  it('says nothing when there is no applications table', async () => {
    expect(rule.check(await tabledFromText(corpusText('corpora/real/pingtan-2011-old.txt'), 2011))).toEqual([]);
  });
});
