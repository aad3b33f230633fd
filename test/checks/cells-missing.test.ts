import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/cells-missing.js';
import type { Rule } from '../../src/types.js';
import { corpusText, reportFromText, SEEDS, tabledFromFile, tabledFromText } from '../tables/helpers.js';

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

describe('a web page that leaves cells blank where nothing happened (Shanghai 2019 style)', () => {
  // F2019 HTML grid: only the cells where something happened carry a number, the rest are empty
  const td = (x: string, cs = 1, rs = 1): string => `<td${cs > 1 ? ` colspan="${cs}"` : ''}${rs > 1 ? ` rowspan="${rs}"` : ''}>${x === '' ? '&nbsp;' : x}</td>`;
  const tr = (...cells: string[]): string => `<tr>${cells.join('')}</tr>`;
  const vals = (s: string): string[] => s.split(',').map((x) => td(x));
  const EMPTY = ',,,,,,';
  const rows: Array<[string, string]> = [
    ['一、本年新收政府信息公开申请数量', '5,1,,,,,6'],
    ['二、上年结转政府信息公开申请数量', EMPTY],
    ['（一）予以公开', '3,1,,,,,4'],
    ['（二）部分公开', EMPTY],
    ...['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map(
      (l): [string, string] => [l, EMPTY],
    ),
    ['1.本机关不掌握相关政府信息', '2,,,,,,2'],
    ...['2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确', '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'].map(
      (l): [string, string] => [l, EMPTY],
    ),
    ['（六）其他处理', EMPTY],
    ['（七）总计', '5,1,,,,,6'],
    ['四、结转下年度继续办理', EMPTY],
  ];
  const html = `<html><head><meta charset="utf-8"></head><body><p>三、收到和处理政府信息公开申请情况</p><table>${[
    tr(td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 2, 3), td('申请人情况', 7)),
    tr(td('自然人', 1, 2), td('法人或其他组织', 5), td('总计', 1, 2)),
    tr(td('商业企业'), td('科研机构'), td('社会公益组织'), td('法律服务机构'), td('其他')),
    ...rows.map(([l, v]) => tr(td(l, 2), ...vals(v))),
  ].join('')}</table><p>四、政府信息公开行政复议、行政诉讼情况</p><table>${[
    tr(td('行政复议', 5), td('行政诉讼', 10)),
    tr(...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((x) => td(x, 1, 2)), td('未经复议直接起诉', 5), td('复议后起诉', 5)),
    tr(...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((x) => td(x))),
    tr(...vals('1,,,,1,,,,,,,,,,')),
  ].join('')}</table></body></html>`;

  async function tabled() {
    const { extractHtml } = await import('../../src/ingest/html.js');
    const { parseTables } = await import('../../src/tables/index.js');
    const e = extractHtml(Buffer.from(html, 'utf8'));
    const r = reportFromText(e.text, 2019, e.tables, 'html');
    const { cells, layout } = parseTables(r);
    return { ...r, cells, layout, meta: { ...r.meta, year: 2019, template: layout.template } };
  }

  it('gives one finding per table that counts the blank cells against the table’s cells', async () => {
    const report = await tabled();
    const findings = rule.check(report);
    expect(findings.map((f) => f.cells[0]!.split('.')[0])).toEqual(['apply', 'review']);
    const [apply, review] = findings;
    const blanks = report.cells.filter((c) => c.table === 'applications' && c.status === 'blank').length;
    expect(blanks).toBe(161 - 11); // 23 rows × 7 columns, 11 numbers written
    expect(apply!.cells).toHaveLength(blanks);
    expect(apply!.observed).toBe(`${blanks} blank of 161 cells`);
    expect(apply!.message).toContain(`${blanks} of 161 cells without a value`);
    expect(apply!.message).toContain('not read as 0');
    expect(apply!.message).not.toContain('absent');
    expect(review!.observed).toBe('13 blank of 15 cells');
  });
  it('no arithmetic rule fails on a blank cell: undecided checks are uncertain, severity info', async () => {
    const report = await tabled();
    const rules: Rule[] = [
      (await import('../../src/checks/rules/apply-balance.js')).rule,
      (await import('../../src/checks/rules/apply-row-sum.js')).rule,
      (await import('../../src/checks/rules/apply-outcome-sum.js')).rule,
      (await import('../../src/checks/rules/review-sum.js')).rule,
      (await import('../../src/checks/rules/active-negative.js')).rule,
      (await import('../../src/checks/rules/active-published-exceeds-total.js')).rule,
    ];
    const all = rules.flatMap((r) => r.check(report));
    expect(all.filter((f) => f.status === 'fail')).toEqual([]);
    expect(all.length).toBeGreaterThan(0);
    for (const f of all) expect(f).toMatchObject({ status: 'uncertain', severity: 'info' });
    // the written cells do add up, and are read
    expect(report.cells.find((c) => c.key === 'apply.newReceived.total')).toMatchObject({ status: 'ok', value: 6 });
  });
  it('a blank cell in an otherwise wrong sum still does not fail: 5 + 1 + blank… vs 总计 7', async () => {
    const report = await tabled();
    const cells = report.cells.map((c) => (c.key === 'apply.newReceived.total' ? { ...c, value: 7 } : c));
    const { rule: rowSum } = await import('../../src/checks/rules/apply-row-sum.js');
    const found = rowSum.check({ ...report, cells });
    expect(found.every((f) => f.status === 'uncertain')).toBe(true);
    expect(found[0]!.message).toContain('apply.newReceived.research (blank)');
  });
});
