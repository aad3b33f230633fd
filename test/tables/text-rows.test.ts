/** Tables read from TAB-separated text rows (the seed files), and each text distortion of §10. */
import { describe, expect, it } from 'vitest';
import { parseTables } from '../../src/tables/index.js';
import type { Cell } from '../../src/types.js';
import { corpusText, reportFromText, SEEDS, withRow } from './helpers.js';

const SEED = {
  s000: 'corpora/seeds/000_c38e258c7dab84f9.txt',
  s001: 'corpora/seeds/001_d290f62a263f4c0c.txt',
  s002: 'corpora/seeds/002_4daef53b78f10346.txt',
  s003: 'corpora/seeds/003_b4cc88434c90d8f5.txt',
  s004: 'corpora/seeds/004_5ef633064578115e.txt',
};

function parse(text: string, year: number | null = null) {
  const { cells, layout } = parseTables(reportFromText(text, year));
  const byKey = new Map<string, Cell>(cells.map((c) => [c.key, c]));
  return { cells, layout, get: (k: string) => byKey.get(k) };
}
const seed = (k: keyof typeof SEED, year: number | null = null) => parse(corpusText(SEED[k]), year);

describe('F2019 from text rows (seed 004)', () => {
  const t = seed('s004', 2020);
  it('decides F2019 from the table markers', () => {
    expect(t.layout.template).toBe('F2019');
    expect(t.layout.f2019Markers).toContain('上一年项目数量');
    expect(t.layout.f2021Markers).toEqual([]);
  });
  it('reads 表二 with signed deltas and the procurement amount with its unit (D21)', () => {
    expect(t.get('a5.license.delta')).toMatchObject({ value: -302, raw: '-302', status: 'ok' });
    expect(t.get('a5.otherService.prevItems')?.value).toBe(5138);
    expect(t.get('a8.fee.delta')).toMatchObject({ value: 1, raw: '+1' });
    expect(t.get('a9.procurement.amountWan')).toMatchObject({ value: 21207.84, status: 'ok' });
    expect(t.get('a9.procurement.amountWan')?.raw).toMatch(/^21207\.84\s?万元$/);
    expect(t.get('a9.procurement.projects')?.rowText).toContain('政府集中采购');
  });
  it('emits every F2019 key and no F2021 key', () => {
    expect(t.get('a1.normative.totalPublic')?.value).toBe(2);
    expect(t.get('a1.normative.issued')).toBeUndefined();
    expect(t.get('apply.other.total')).toMatchObject({ value: 0, status: 'ok' });
    expect(t.get('apply.other.noFee.total')).toBeUndefined();
    expect(t.cells.filter((c) => c.table === 'review')).toHaveLength(15);
  });
  it('survives label drift (D15): "5.要求…" and "(六) 其他处理" in cell 0, row 一 without its empty cell', () => {
    expect(t.get('apply.notProcessed.confirmReissue.total')).toMatchObject({ value: 0, status: 'ok' });
    expect(t.get('apply.other.naturalPerson')).toMatchObject({ value: 0, status: 'ok' });
    expect(t.get('apply.newReceived.total')?.rowText).toBe('一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0');
  });
  it('reads 总计 although it sits on the wrong header row (D9) and skips the --- row (D18)', () => {
    expect(t.get('apply.totalProcessed.total')).toMatchObject({ value: 0, status: 'ok' });
    expect(t.get('review.litAfterReview.total')).toMatchObject({ value: 0, status: 'ok' });
  });
});

describe('F2021 from text rows (seed 003)', () => {
  const t = seed('s003', 2022);
  it('decides F2021 and reads the single-value rows padded by colspan (D20)', () => {
    expect(t.layout.template).toBe('F2021');
    expect(t.get('a6.penalty.decisions')).toMatchObject({ value: 6, status: 'ok', rowText: '行政处罚\t6\t\t' });
    expect(t.get('a8.fee.amountWan')?.value).toBe(0);
    expect(t.get('a1.normative.valid')?.labelZh).toContain('现行有效件数');
  });
  it('reads the three (六) sub-rows by label text, not by number', () => {
    expect(t.get('apply.other.noCorrection.total')?.rowText).toContain('逾期不补正');
    expect(t.get('apply.other.other.total')).toMatchObject({ value: 0, status: 'ok' });
    expect(t.get('apply.other.total')).toBeUndefined();
  });
  it('reads spaced review header cells "结果 维持" (D7)', () => {
    expect(t.get('review.review.maintain')).toMatchObject({ value: 0, status: 'ok' });
  });
});

describe('distortions', () => {
  it('D7/D12 (seed 001): spaced headers, and a label broken across a page break', () => {
    const t = seed('s001', 2020);
    expect(t.layout.missingColumns).toEqual([]);
    expect(t.get('apply.newReceived.otherOrg')).toMatchObject({ value: 0, status: 'ok' });
    const three = t.get('apply.denied.threeSecurityOneStability.total');
    expect(three).toMatchObject({ value: 0, status: 'ok' });
    expect(three?.rowText).toContain('3.危及“三安全”');
    // the continuation "“一稳定”" is not a row of its own: the next row is still 第三方
    expect(t.get('apply.denied.thirdParty.total')?.status).toBe('uncertain');
  });
  it('D11 (seed 001): rows with 6 values for 7 columns are uncertain, never guessed', () => {
    const t = seed('s001', 2020);
    for (const k of ['apply.denied.thirdParty.naturalPerson', 'apply.unable.notHeld.total', 'apply.notProcessed.publication.total']) {
      expect(t.get(k)).toMatchObject({ status: 'uncertain', value: null });
    }
    expect(t.get('apply.notProcessed.massRepeat.total')).toMatchObject({ status: 'ok', value: 0 });
  });
  it('D11 (seed 000): a 6-value row with a trailing empty cell is uncertain, not total=blank', () => {
    const t = seed('s000', 2020);
    expect(t.get('apply.granted.total')).toMatchObject({ status: 'uncertain' });
    expect(t.get('apply.other.total')).toMatchObject({ status: 'uncertain' });
    expect(t.get('apply.totalProcessed.total')).toMatchObject({ status: 'ok', value: 0 });
  });
  it('D8/D10/D15 (seed 000): broken 勾稽 note, 社会组织, "四、" split from its label', () => {
    const t = seed('s000', 2020);
    expect(t.layout.missingColumns).toEqual([]);
    expect(t.get('apply.newReceived.socialWelfare')).toMatchObject({ status: 'ok', value: 0 });
    expect(t.get('apply.carriedForward.total')).toMatchObject({ status: 'ok', value: 0 });
  });
  it('D17 (seed 000): 15 cells with the 行政复议 five empty are blank, litigation read', () => {
    const t = seed('s000', 2020);
    for (const c of ['maintain', 'correct', 'other', 'pending', 'total']) expect(t.get(`review.review.${c}`)?.status).toBe('blank');
    expect(t.get('review.litDirect.maintain')).toMatchObject({ status: 'ok', value: 0 });
  });
  it('D19 (seed 001): blank 处理决定数量 cells are blank, not 0', () => {
    const t = seed('s001', 2020);
    expect(t.get('a6.penalty.decisions')).toMatchObject({ status: 'blank', value: null });
    expect(t.get('a6.penalty.prevItems')).toMatchObject({ status: 'ok', value: 0 });
    expect(t.get('a9.procurement.amountWan')).toMatchObject({ status: 'ok', value: 0 });
  });
  it('D13/D14/D22 (seed 002): cut-off columns absent, 不分公开 typo, missing group label, mixed header', () => {
    const t = seed('s002', 2021);
    expect(t.layout.missingColumns).toEqual(['otherOrg', 'total']);
    expect(t.get('apply.newReceived.total')).toMatchObject({ status: 'absent', value: null });
    expect(t.get('apply.newReceived.legalService')).toMatchObject({ status: 'ok', value: 0 });
    expect(t.get('apply.partial.naturalPerson')).toMatchObject({ status: 'ok', value: 0 });
    expect(t.get('apply.denied.adminQuery.research')).toMatchObject({ status: 'ok', value: 0 });
    // (四)–(六) rows have 4 values for the 5 columns left: uncertain
    expect(t.get('apply.unable.notHeld.naturalPerson')?.status).toBe('uncertain');
    // mixed 表二: F2019 header 本年新制作数量 in an F2021 table, mapped by position
    expect(t.layout.template).toBe('F2021');
    expect(t.layout.f2019Markers).toContain('本年新制作数量');
    expect(t.layout.f2021Markers.length).toBeGreaterThan(0);
    expect(t.get('a1.normative.issued')).toMatchObject({ status: 'ok', value: 0 });
    expect(t.get('a1.normative.made')).toBeUndefined();
  });
  it('D16: blank lines inside a table do not end it', () => {
    const text = corpusText(SEED.s004).replace('二、上年结转', '\n\n二、上年结转');
    expect(parse(text).get('apply.carriedForward.total')).toMatchObject({ status: 'ok', value: 0 });
  });
  it('D23: provincial annotations in labels and headers are ignored', () => {
    const text = corpusText(SEED.s004)
      .replace('规章\t0\t0\t0', '规章（设区的市、自治州人民政府应提供相关数据）\t0\t0\t0')
      .replace('信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可', '信息内容\t上一年项目数量(指2019年事项数)\t本年增/减(指2020年增加或减少的事项数,减用负值表示,如-8)\t处理决定数量(指2020年办件量)\n行政许可');
    const t = parse(text, 2020);
    expect(t.get('a1.rules.made')).toMatchObject({ status: 'ok', value: 0 });
    expect(t.get('a5.license.delta')).toMatchObject({ status: 'ok', value: -302 });
  });
  it('full-width digits and thousands separators in rows', () => {
    const text = corpusText(SEED.s004).replace('行政许可\t387\t-302\t5862', '行政许可\t３８７\t－302\t5,862');
    const t = parse(text, 2020);
    expect(t.get('a5.license.prevItems')?.value).toBe(387);
    expect(t.get('a5.license.decisions')?.value).toBe(5862);
  });
  it('money in 元 becomes 万元 ("251000元" → 25.1)', () => {
    const text = corpusText(SEED.s004).replace('21207.84 万元', '251000元');
    expect(parse(text, 2020).get('a9.procurement.amountWan')?.value).toBe(25.1);
  });
  it('text with no table gives no cells and an unknown layout', () => {
    const t = parse(corpusText('corpora/real/pingtan-2011-old.txt'));
    expect(t.cells).toEqual([]);
    expect(t.layout.template).toBe('unknown');
  });
});

describe('PDF-like text rows', () => {
  it('reads a table whose group labels stand alone on plain lines and whose label wraps', () => {
    const text = [
      '三、收到和处理政府信息公开申请情况',
      '（本列数据的勾稽关系为：第一项加第二项之和， \t等',
      '于第三项加第四项之和）',
      '申请人情况',
      '自然人',
      '法人或其他组织',
      '总计',
      '商业',
      '企业',
      '科研',
      '机构',
      '社会',
      '公益',
      '组织',
      '法律',
      '服务',
      '机构',
      '其他',
      '一、本年新收政府信息公开申请数量 \t95 \t0 \t0 \t0 \t0 \t0 \t95',
      '二、上年结转政府信息公开申请数量 \t0 \t0 \t0 \t0 \t0 \t0 \t0',
      '三、本年度办理结果',
      '（一）予以公开 \t50 \t0 \t0 \t0 \t0 \t0 \t50',
      '（二）部分公开（区分处理的，只计这一情 \t形，不',
      '计其他情形） 9 \t0 \t0 \t0 \t0 \t0 \t9',
      '（三）不予公开',
      '1.属于国家秘密 \t0 \t0 \t0 \t0 \t0 \t0 \t0',
      '5.要求行政机关确认或重 \t新出具',
      '已获取信息 0 \t0 \t0 \t0 \t0 \t0 \t0',
      '（七）总计 \t95 \t0 \t0 \t0 \t0 \t0 \t95',
      '四、结转下年度继续办理 \t0 \t0 \t0 \t0 \t0 \t0 \t0',
      '四、政府信息公开行政复议、行政诉讼情况',
    ].join('\n');
    const t = parse(text, 2024);
    expect(t.layout.missingColumns).toEqual([]);
    expect(t.get('apply.granted.total')).toMatchObject({ status: 'ok', value: 50 });
    expect(t.get('apply.partial.naturalPerson')).toMatchObject({ status: 'ok', value: 9 });
    expect(t.get('apply.notProcessed.confirmReissue.total')).toMatchObject({ status: 'ok', value: 0 });
    expect(t.get('apply.carriedForward.total')).toMatchObject({ status: 'ok', value: 0 });
  });
});

describe('本年增/减 written in words (F2019 表二)', () => {
  it('"增加1" / "减少3" / "新增2" are +1 / -3 / +2; the rest of seed 004 is unchanged', () => {
    let text = corpusText(SEEDS.s004);
    text = withRow(text, '行政许可\t387\t-302\t5862', '行政许可\t387\t增加1\t5862');
    text = withRow(text, '行政处罚\t45\t-10\t236', '行政处罚\t45\t减少3\t236');
    text = withRow(text, '行政事业性收费\t12\t+1\t', '行政事业性收费\t12\t新增2\t');
    const m = new Map(parseTables(reportFromText(text, 2020)).cells.map((c) => [c.key, c]));
    expect(m.get('a5.license.delta')).toMatchObject({ status: 'ok', value: 1, raw: '增加1' });
    expect(m.get('a5.license.decisions')).toMatchObject({ status: 'ok', value: 5862 });
    expect(m.get('a6.penalty.delta')).toMatchObject({ status: 'ok', value: -3 });
    expect(m.get('a8.fee.delta')).toMatchObject({ status: 'ok', value: 2 });
    expect(m.get('a8.fee.prevItems')).toMatchObject({ status: 'ok', value: 12 });
  });
});
