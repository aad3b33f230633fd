import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/apply-row-sum.js';
import { corpusText, SEEDS, tabledFromFile, tabledFromText, withRow } from '../tables/helpers.js';

describe('apply-row-sum (总计 = six applicant columns, per row)', () => {
  it('passes on seed 003 and on hongze', async () => {
    expect(rule.check(await tabledFromText(corpusText(SEEDS.s003), 2022))).toEqual([]);
    expect(rule.check(await tabledFromFile('corpora/real/hongze-2024.pdf', 2024))).toEqual([]);
  });
  it('fails on the row whose 总计 disagrees, one finding for the row', async () => {
    const text = withRow(
      corpusText(SEEDS.s003),
      '→(一) 予以公开\t0\t0\t0\t0\t0\t0\t0\t'.replace('→', '三、本年度办理结果\t'),
      '三、本年度办理结果\t(一) 予以公开\t2\t1\t0\t0\t0\t0\t4\t',
    );
    const findings = rule.check(await tabledFromText(text, 2022));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'fail', severity: 'error', expected: '总计 = 2 + 1 + 0 + 0 + 0 + 0 = 3', observed: '总计 = 4' });
    expect(findings[0]!.cells).toContain('apply.granted.total');
    expect(findings[0]!.evidence).toContain('予以公开');
  });
  it('is uncertain where 法人 cells are blank (shuyang), naming them — never an error', async () => {
    const findings = rule.check(await tabledFromFile('corpora/real/shuyang-fgj-2023.html', 2023));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ status: 'uncertain', severity: 'info' });
    expect(findings[0]!.cells).toContain('apply.newReceived.commercial');
  });
  it('ignores a 法人或其他组织 小计 column (8 number columns): no error when the row adds up', async () => {
    const text = [
      '三、收到和处理政府信息公开申请情况',
      '\t自然人\t法人或其他组织\t总计',
      '\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t小计',
      '一、本年新收政府信息公开申请数量\t5\t2\t0\t0\t1\t0\t3\t8',
      '(七)总计\t5\t2\t0\t0\t1\t0\t3\t8',
    ].join('\n');
    const findings = rule.check(await tabledFromText(text, 2022));
    expect(findings.filter((f) => f.status === 'fail')).toEqual([]);
  });
});
