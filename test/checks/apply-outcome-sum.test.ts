import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/apply-outcome-sum.js';
import { corpusText, SEEDS, tabledFromFile, tabledFromText, withRow } from '../tables/helpers.js';

describe('apply-outcome-sum ((七)总计 = outcome rows (一)–(六), per column)', () => {
  it('passes on hongze (50+9+1+1+1+31+1+1 = 95, single (六) row) and seed 004 (F2019)', async () => {
    expect(rule.check(await tabledFromFile('corpora/real/hongze-2024.pdf', 2024))).toEqual([]);
    expect(rule.check(await tabledFromText(corpusText(SEEDS.s004), 2020))).toEqual([]);
  });
  it('fails when an F2021 (六) sub-row (seed 003, "3.其他") adds up to more than (七)总计', async () => {
    const text = withRow(corpusText(SEEDS.s003), '\t3.其他\t0\t0\t0\t0\t0\t0\t0\t', '\t3.其他\t1\t0\t0\t0\t0\t0\t1\t');
    const findings = rule.check(await tabledFromText(text, 2022));
    expect(findings.map((f) => f.cells[0])).toEqual(['apply.totalProcessed.naturalPerson', 'apply.totalProcessed.total']);
    expect(findings[0]).toMatchObject({ status: 'fail', severity: 'error', observed: '(七)总计 = 0' });
    expect(findings[0]!.expected).toContain('= 1');
    expect(findings[0]!.evidence).toContain('3.其他');
  });
  it('is uncertain on seed 001, where rows after the page break have 6 values', async () => {
    const findings = rule.check(await tabledFromText(corpusText(SEEDS.s001), 2020));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'uncertain', severity: 'info' });
    expect(findings[0]!.cells).toContain('apply.denied.thirdParty.naturalPerson');
  });
});
