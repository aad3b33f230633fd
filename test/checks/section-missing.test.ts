import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/section-missing.js';
import type { Report, Section, SectionId } from '../../src/types.js';
import { corpusText, SEEDS, tabledFromText } from '../tables/helpers.js';

function sections(ids: SectionId[]): Section[] {
  return ids.map((id, i) => ({ id, heading: id, start: i * 10, end: i * 10 + 9, bodyStart: i * 10 + 2 }));
}
const ALL: SectionId[] = ['overview', 'active', 'applications', 'review', 'problems', 'other'];

describe('section-missing', () => {
  it('passes when the six sections are there', async () => {
    const r = await tabledFromText(corpusText(SEEDS.s003), 2022, { sections: sections(ALL) });
    expect(rule.check(r)).toEqual([]);
  });
  it('flags a section not found, naming it in the evidence', async () => {
    const r = await tabledFromText(corpusText(SEEDS.s003), 2022, { sections: sections(ALL.filter((s) => s !== 'other')) });
    const findings = rule.check(r);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'section-missing', severity: 'warning', status: 'fail', cells: [] });
    expect(findings[0]!.evidence).toContain('六、其他需要报告的事项');
  });
  it('counts a section as present when its table was found, even if the heading was not', async () => {
    const r = await tabledFromText(corpusText(SEEDS.s003), 2022, { sections: sections(['overview', 'problems', 'other']) });
    expect(rule.check(r)).toEqual([]);
  });
  it('is silent for OLD reports and documents that are no report', async () => {
    const old = await tabledFromText(corpusText('corpora/real/pingtan-2011-old.txt'), 2011, { sections: sections(['overview']) });
    expect(rule.check({ ...old, meta: { ...old.meta, template: 'OLD' } })).toEqual([]);
    const notReport: Report = { ...old, status: 'not_report' };
    expect(rule.check(notReport)).toEqual([]);
  });
});
