import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/active-published-exceeds-total.js';
import { corpusText, SEEDS, tabledFromText, withRow } from '../tables/helpers.js';

describe('active-published-exceeds-total (F2019 本年新公开数量 ≤ 对外公开总数量)', () => {
  it('passes on seed 004 (规范性文件 2 / 2 / 2)', async () => {
    expect(rule.check(await tabledFromText(corpusText(SEEDS.s004), 2020))).toEqual([]);
  });
  it('warns when this year’s publications exceed the stock', async () => {
    const text = withRow(corpusText(SEEDS.s004), '规范性文件\t2\t2\t2', '规范性文件\t2\t5\t2');
    const findings = rule.check(await tabledFromText(text, 2020));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'fail', severity: 'warning', cells: ['a1.normative.published', 'a1.normative.totalPublic'] });
    expect(findings[0]!.evidence).toContain('规范性文件');
  });
  it('is uncertain when 对外公开总数量 is blank', async () => {
    const text = withRow(corpusText(SEEDS.s004), '规范性文件\t2\t2\t2', '规范性文件\t2\t2\t-');
    const findings = rule.check(await tabledFromText(text, 2020));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'uncertain', severity: 'info', cells: ['a1.normative.totalPublic'] });
  });
  it('does not apply to F2021 (no 本年新公开数量)', async () => {
    expect(rule.check(await tabledFromText(corpusText(SEEDS.s003), 2022))).toEqual([]);
  });
});
