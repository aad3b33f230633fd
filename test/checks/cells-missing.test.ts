import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/cells-missing.js';
import { corpusText, SEEDS, tabledFromFile, tabledFromText } from '../tables/helpers.js';

describe('cells-missing (blank or absent where a value is required; one finding per table)', () => {
  it('passes on seeds 003 and 004 and on hongze', async () => {
    expect(rule.check(await tabledFromText(corpusText(SEEDS.s003), 2022))).toEqual([]);
    expect(rule.check(await tabledFromText(corpusText(SEEDS.s004), 2020))).toEqual([]);
    expect(rule.check(await tabledFromFile('corpora/real/hongze-2024.pdf', 2024))).toEqual([]);
  });
  it('seed 001: one finding for 表二 (blank 处理决定数量), one for 复议 (five blank cells)', async () => {
    const findings = rule.check(await tabledFromText(corpusText(SEEDS.s001), 2020));
    expect(findings.map((f) => f.cells)).toEqual([
      ['a6.penalty.decisions', 'a6.coercion.decisions'],
      ['review.review.maintain', 'review.review.correct', 'review.review.other', 'review.review.pending', 'review.review.total'],
    ]);
    expect(findings[0]).toMatchObject({ severity: 'warning', status: 'fail' });
    expect(findings[0]!.evidence).toContain('行政处罚');
  });
  it('seed 002: the cut-off 其他 and 总计 columns are absent; uncertain rows are not missing', async () => {
    const findings = rule.check(await tabledFromText(corpusText(SEEDS.s002), 2021));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.cells).toContain('apply.newReceived.total');
    expect(findings[0]!.cells).not.toContain('apply.unable.notHeld.naturalPerson');
    expect(findings[0]!.observed).toContain('absent');
  });
  it('seed 000: 6-value rows are uncertain, so only the 复议 blanks are missing', async () => {
    const findings = rule.check(await tabledFromText(corpusText(SEEDS.s000), 2020));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.cells[0]).toBe('review.review.maintain');
  });
  it('pingtan 2021: unread run-together cells are never reported missing', async () => {
    expect(rule.check(await tabledFromText(corpusText('corpora/real/pingtan-2021.txt'), 2021))).toEqual([]);
  });
});
