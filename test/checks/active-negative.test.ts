import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/active-negative.js';
import { corpusText, SEEDS, tabledFromText, withRow } from '../tables/helpers.js';

describe('active-negative (F2019 上一年项目数量 + 本年增/减 ≥ 0; counts ≥ 0)', () => {
  it('passes on seed 004 (387−302, 5138−3898, 45−10, 12+1 all ≥ 0)', async () => {
    expect(rule.check(await tabledFromText(corpusText(SEEDS.s004), 2020))).toEqual([]);
  });
  it('fails when a decrease exceeds the items there were', async () => {
    const text = withRow(corpusText(SEEDS.s004), '行政处罚\t45\t-10\t236', '行政处罚\t45\t-50\t236');
    const findings = rule.check(await tabledFromText(text, 2020));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'fail', severity: 'error' });
    expect(findings[0]!.cells).toEqual(['a6.penalty.prevItems', 'a6.penalty.delta']);
    expect(findings[0]!.observed).toContain('-5');
    expect(findings[0]!.evidence).toContain('行政处罚');
  });
  it('fails on a negative count', async () => {
    const text = withRow(corpusText(SEEDS.s004), '政府集中采购\t126\t', '政府集中采购\t-126\t');
    const findings = rule.check(await tabledFromText(text, 2020));
    expect(findings.map((f) => f.cells)).toEqual([['a9.procurement.projects']]);
  });
  it('is uncertain when 本年增/减 is blank', async () => {
    const text = withRow(corpusText(SEEDS.s004), '行政强制\t0\t0\t0', '行政强制\t0\t\t0');
    const findings = rule.check(await tabledFromText(text, 2020));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'uncertain', severity: 'info', cells: ['a6.coercion.delta'] });
  });
  it('says nothing about F2021 tables, which have no item counts (seed 003)', async () => {
    expect(rule.check(await tabledFromText(corpusText(SEEDS.s003), 2022))).toEqual([]);
  });
});
