import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/template-mismatch.js';
import { corpusText, SEEDS, tabledFromText } from '../tables/helpers.js';

describe('template-mismatch (info)', () => {
  it('passes on a pure F2021 table in a 2022 report (seed 003)', async () => {
    expect(rule.check(await tabledFromText(corpusText(SEEDS.s003), 2022))).toEqual([]);
  });
  it('reports the mixed table of seed 002 (本年新制作数量 in an F2021 table)', async () => {
    const findings = rule.check(await tabledFromText(corpusText(SEEDS.s002), 2021));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'info', status: 'fail' });
    expect(findings[0]!.evidence).toContain('本年新制作数量');
  });
  it('reports an F2019 table in a report on 2021', async () => {
    const findings = rule.check(await tabledFromText(corpusText(SEEDS.s004), 2021));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.observed).toBe('F2019 tables in a report on 2021');
  });
  it('says nothing without tables', async () => {
    expect(rule.check(await tabledFromText(corpusText('corpora/real/pingtan-2014-notreport.txt'), 2014))).toEqual([]);
  });
});
