import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/index.js';
import { applyRow, cell, makeReport } from './helpers.js';

const linked = (text: string, opts: Parameters<typeof makeReport>[1] = {}) =>
  extractClaims(makeReport(text, opts)).filter((c) => c.cell !== '');

// seed 004 (F2019): every applications cell is 0
const zeroApply = [
  ...applyRow('newReceived', [0, 0, 0, 0, 0, 0, 0]),
  ...applyRow('carriedOver', [0, 0, 0, 0, 0, 0, 0]),
  ...applyRow('totalProcessed', [0, 0, 0, 0, 0, 0, 0]),
  ...applyRow('carriedForward', [0, 0, 0, 0, 0, 0, 0]),
];

describe('applications', () => {
  it('受理 → 一、本年新收; 办结 → (七)总计 (seed 004, both disagree)', () => {
    const cs = linked('2020年共受理3件政府信息依公开申请，办结3件，办结率100%。', { cells: zeroApply, template: 'F2019' });
    expect(cs.map((c) => [c.quote, c.cell, c.tableValue, c.agrees])).toEqual([
      ['受理3件', 'apply.newReceived.total', 0, 'false'],
      ['办结3件', 'apply.totalProcessed.total', 0, 'false'],
    ]);
  });

  it('number before its words: "1件结转下年度继续办理" (pingtan 2021, all agree)', () => {
    const cells = [cell('apply.newReceived.total', 70), cell('apply.totalProcessed.total', 69), cell('apply.carriedForward.total', 1)];
    const cs = linked('本年度全区共收到70件申请，及时依法依规办结69件，1件结转下年度继续办理。', { cells });
    expect(cs.map((c) => [c.value, c.cell, c.agrees])).toEqual([
      [70, 'apply.newReceived.total', 'true'],
      [69, 'apply.totalProcessed.total', 'true'],
      [1, 'apply.carriedForward.total', 'true'],
    ]);
  });

  it('per-applicant numbers, and 75 = 一+二 named as another reading (pingtan 2022)', () => {
    const cells = [...applyRow('newReceived', [71, 3, 0, 0, 0, 0, 74]), ...applyRow('carriedOver', [1, 0, 0, 0, 0, 0, 1])];
    const cs = linked('2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。', { cells });
    expect(cs.map((c) => [c.value, c.cell, c.agrees])).toEqual([
      [75, 'apply.newReceived.total', 'false'],
      [72, 'apply.newReceived.naturalPerson', 'false'],
      [3, 'apply.newReceived.commercial', 'true'],
    ]);
    expect(cs[0].altReading).toBe('75 equals 一+二 (74+1)');
  });

  it('group sums: 不予公开 / 无法提供 / 不予处理 / 其他处理 add their sub-rows (F2021)', () => {
    const cells = [
      cell('apply.granted.total', 9), cell('apply.partial.total', 0),
      ...['stateSecret', 'lawForbidden', 'threeSecurityOneStability', 'thirdParty', 'internalAffairs', 'processInfo', 'enforcementFile', 'adminQuery']
        .map((r, i) => cell(`apply.denied.${r}.total`, i === 5 ? 2 : 0)),
      cell('apply.unable.notHeld.total', 9), cell('apply.unable.needCreation.total', 1), cell('apply.unable.unclear.total', 0),
      ...['petition', 'duplicate', 'publication', 'massRepeat', 'confirmReissue'].map((r) => cell(`apply.notProcessed.${r}.total`, 0)),
      cell('apply.other.noCorrection.total', 10), cell('apply.other.noFee.total', 0), cell('apply.other.other.total', 4),
      cell('apply.carriedForward.total', 1),
    ];
    const text = '所有办结的信息公开申请中同意公开答复 9 件，部分公开答复 0 件，不予公开答复 2 件，无法提供的 10 件，不予处理 0 件，其他处理 14 件，转下一年度办理答复的有 1 件。';
    const cs = linked(text, { cells, template: 'F2021' });
    expect(cs.map((c) => [c.cell, c.tableValue, c.agrees])).toEqual([
      ['apply.granted.total', 9, 'true'],
      ['apply.partial.total', 0, 'true'],
      ['apply.denied.total', 2, 'true'],
      ['apply.unable.total', 10, 'true'],
      ['apply.notProcessed.total', 0, 'true'],
      ['apply.other.total', 14, 'true'],
      ['apply.carriedForward.total', 1, 'true'],
    ]);
    expect(cs[2].cellKeys).toHaveLength(8);
  });

  it('予以公开及部分公开 sums granted + partial', () => {
    const cs = linked('全年收到政府信息公开申请12件，予以公开及部分公开8件。', {
      cells: [cell('apply.newReceived.total', 12), cell('apply.granted.total', 6), cell('apply.partial.total', 2)],
    });
    expect(cs[1]).toMatchObject({ cell: 'apply.grantedPartial.total', cellKeys: ['apply.granted.total', 'apply.partial.total'], tableValue: 8, agrees: 'true' });
  });

  it('a missing total column makes the claim uncertain, not false (seed 002)', () => {
    const cells = applyRow('newReceived', [0, 0, 0, 0, 0]).filter((c) => !/otherOrg|total/.test(c.key));
    const [c] = linked('2021年度收到公民、法人或者其他组织提出的政府信息公开申请1条。', { cells, missingColumns: ['otherOrg', 'total'] });
    expect(c).toMatchObject({ cell: 'apply.newReceived.total', tableValue: null, agrees: 'uncertain' });
  });

  it('人大建议, 信访, 网络问政 and 18项 of categories never link to applications', () => {
    const text =
      '2022年我镇办理人大代表意见建议3件，已全部办理完毕，确定办理人大建议共4条，目前已办结3条。全年受理网络问政 182 件。' +
      '各类经费请示为依申请公开，共计18项，未接到公开申请。';
    const cs = linked(text, { cells: zeroApply });
    expect(cs.map((c) => [c.value, c.cell])).toEqual([[0, 'apply.newReceived.total']]);
  });
});

describe('review', () => {
  it('行政诉讼 sums both litigation groups; 行政复议 is review.total (pingtan 2022)', () => {
    const cells = [cell('review.review.total', 2), cell('review.litDirect.total', 1), cell('review.litAfterReview.total', 0)];
    const cs = linked('2022年，全区政府信息公开工作方面共有行政诉讼案件1件、行政复议案件2件，均已结案。', { cells });
    expect(cs.map((c) => [c.value, c.cell, c.cellKeys, c.agrees])).toEqual([
      [1, 'review.litigation.total', ['review.litDirect.total', 'review.litAfterReview.total'], 'true'],
      [2, 'review.review.total', ['review.review.total'], 'true'],
    ]);
  });

  it('a blank review cell makes a zero assertion uncertain (seed 000)', () => {
    const cells = [cell('review.review.total', null, 'blank'), cell('review.litDirect.total', 0), cell('review.litAfterReview.total', 0)];
    const cs = linked('也没有发生因政府信息公开申请行政复议、行政诉讼件。', { cells });
    expect(cs.map((c) => [c.cell, c.agrees])).toEqual([
      ['review.review.total', 'uncertain'],
      ['review.litigation.total', 'true'],
    ]);
  });
});

describe('active disclosure table', () => {
  it('行政处罚11件 → a6.penalty.decisions; 处罚11人次 and 罚金 stay unlinked (seed 003)', () => {
    const cs = extractClaims(makeReport('进行行政处罚11件，处罚11人次，共处罚金5020元。', { cells: [cell('a6.penalty.decisions', 6)], template: 'F2021' }));
    expect(cs.map((c) => [c.value, c.cell, c.agrees])).toEqual([
      [11, 'a6.penalty.decisions', 'false'],
      [11, '', ''],
      [5020, '', ''],
    ]);
  });

  it('规范性文件: 现行有效 → valid, 制发 → issued (F2021), made (F2019)', () => {
    const cells = [cell('a1.normative.valid', 698), cell('a1.normative.issued', 88)];
    const text = '集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件。';
    expect(linked(text, { cells, template: 'F2021' }).map((c) => [c.cell, c.agrees])).toEqual([
      ['a1.normative.valid', 'true'],
      ['a1.normative.issued', 'true'],
    ]);
    expect(linked('本年制发规范性文件2件。', { template: 'F2019', cells: [cell('a1.normative.made', 2)] })[0].cell).toBe('a1.normative.made');
  });

  it('政府文件 and 宣传稿件 are not 规范性文件 (seed 000)', () => {
    const text = '通过永宁县人民政府网公开政府文件 13 条，制发宣传稿件 260 余篇。';
    expect(linked(text, { template: 'F2019', cells: [cell('a1.normative.made', 0)] })).toEqual([]);
  });

  it('行政事业性收费 in 元 is compared in 万元', () => {
    const [c] = linked('全年收取行政事业性收费91163600元。', { template: 'F2021', cells: [cell('a8.fee.amountWan', 9116.36)] });
    expect(c).toMatchObject({ cell: 'a8.fee.amountWan', agrees: 'true' });
  });

  it('approximate numbers agree within 10%', () => {
    const cells = [cell('a5.license.decisions', 95)];
    expect(linked('办理行政许可100余件。', { cells, template: 'F2021' })[0].agrees).toBe('true');
    expect(linked('办理行政许可200余件。', { cells, template: 'F2021' })[0].agrees).toBe('false');
  });

  it('pre-2019 reports link nothing', () => {
    expect(linked('2011年全区未收到有关政府信息公开的申请。', { template: 'OLD' })).toEqual([]);
  });
});

// The shanghai 2019 report (F2019): the 总计 column of the outcome rows is blank.
const shanghaiCells = [
  ...applyRow('newReceived', [821, 35, null, null, 2, 1, 859]),
  ...applyRow('carriedOver', [18, null, null, null, null, null, 18]),
  ...applyRow('granted', [258, 12, null, null, 1, 1, null]),
  ...applyRow('partial', [3, null, null, null, null, null, null]),
  ...applyRow('totalProcessed', [767, 35, null, null, 2, 1, 805]),
  ...applyRow('carriedForward', [72, null, null, null, null, null, 72]),
];

describe('cues come from the words before the number, in its own clause', () => {
  it('a parenthetical after a total does not re-label it (shanghai 2019: 805 / 18 / 72)', () => {
    const text = '市政府办公厅代表市政府共受理政府信息公开申请859件，申请数量较去年回落12.3%；答复政府信息公开申请805件(含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复)，均在法定期限内予以答复。';
    const cs = linked(text, { cells: shanghaiCells, template: 'F2019' });
    expect(cs.map((c) => [c.value, c.cell, c.agrees])).toEqual([
      [859, 'apply.newReceived.total', 'true'],
      [805, 'apply.totalProcessed.total', 'true'],
      [18, 'apply.carriedOver.total', 'true'],
      [72, 'apply.carriedForward.total', 'true'],
    ]);
  });

  it('outcome rows link in a sentence continuing one about applications; percentages keep no cell', () => {
    const text = '答复政府信息公开申请805件。予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；因本机关不掌握等原因无法提供265件，占32.9%；不予处理158件，占19.6%；其他处理0件。';
    const cs = extractClaims(makeReport(text, { cells: shanghaiCells, template: 'F2019' })).slice(1);
    expect(cs.map((c) => [c.value, c.unit, c.cell])).toEqual([
      [258, '件', 'apply.grantedPartial.total'], [33.9, '%', ''],
      [35, '件', 'apply.denied.total'], [4.34, '%', ''],
      [265, '件', 'apply.unable.total'], [32.9, '%', ''],
      [158, '件', 'apply.notProcessed.total'], [19.6, '%', ''],
      [0, '件', 'apply.other.total'],
    ]);
    expect(cs[0]).toMatchObject({ cellKeys: ['apply.granted.total', 'apply.partial.total'], agrees: 'uncertain' });
  });

  it('without a sentence about applications before it, an outcome word links nothing', () => {
    expect(linked('主动公开政府信息1200条。予以公开12件，不予公开2件。', { cells: shanghaiCells })).toEqual([]);
  });

  it('"（含上年结转2件）" after a received count makes it 一+二', () => {
    const cells = [cell('apply.newReceived.total', 18), cell('apply.carriedOver.total', 2)];
    const cs = linked('收到政府信息公开申请20件（含上年结转2件），已全部办结。', { cells });
    expect(cs.map((c) => [c.value, c.cell, c.tableValue, c.agrees])).toEqual([
      [20, 'apply.newAndCarriedOver.total', 20, 'true'],
      [2, 'apply.carriedOver.total', 2, 'true'],
    ]);
  });
});

describe('applicants', () => {
  const cells = [...applyRow('newReceived', [100, 20, 0, 1, 2, 0, 123])];
  it('自然人 → its column; 法人或其他组织 → the five other columns', () => {
    const cs = linked('全年共收到政府信息公开申请123件，其中自然人申请100件、法人或其他组织申请23件。', { cells });
    expect(cs.map((c) => [c.value, c.cell, c.agrees])).toEqual([
      [123, 'apply.newReceived.total', 'true'],
      [100, 'apply.newReceived.naturalPerson', 'true'],
      [23, 'apply.newReceived.organizations', 'true'],
    ]);
    expect(cs[2].cellKeys).toHaveLength(5);
  });

  it('the enumeration of every applicant names no column', () => {
    const cs = linked('共收到公民、法人或其他组织申请123件。', { cells });
    expect(cs.map((c) => c.cell)).toEqual(['apply.newReceived.total']);
  });

  it('an applicant the table splits over columns is never compared with the total', () => {
    expect(linked('收到政府信息公开申请123件，其中企业申请3件。', { cells }).map((c) => c.value)).toEqual([123]);
    expect(linked('本年度收到企业政府信息公开申请3件。', { cells })).toEqual([]);
  });
});

describe('numbers that are not a count of the cell', () => {
  const cells = [cell('apply.newReceived.total', 35), cell('a6.penalty.decisions', 56), cell('a5.license.decisions', 12345)];
  it('changes: 较上年增加 / 同比下降 / 减少', () => {
    const cs = linked('收到政府信息公开申请35件，较上年增加3件，同比增长9.4%；办结申请数比2020年减少4件。', { cells });
    expect(cs.map((c) => [c.value, c.cell])).toEqual([[35, 'apply.newReceived.total']]);
  });

  it('other kinds of applications and handling counts', () => {
    expect(linked('受理营业执照申请1200件，办理依申请公开事项26件。', { cells })).toEqual([]);
  });

  it('published records of decisions (双公示) are not decisions', () => {
    expect(linked('公开行政许可信息2586件、行政处罚信息107件。', { cells, template: 'F2021' })).toEqual([]);
    expect(linked('全年作出行政处罚决定56件，行政许可办件12345件。', { cells, template: 'F2021' }).map((c) => [c.cell, c.agrees])).toEqual([
      ['a6.penalty.decisions', 'true'],
      ['a5.license.decisions', 'true'],
    ]);
  });
});

describe('review and other cells in new phrasings', () => {
  it('被申请行政复议 / 被提起行政诉讼', () => {
    const cells = [cell('review.review.total', 2), cell('review.litDirect.total', 1), cell('review.litAfterReview.total', 0)];
    const cs = linked('本年度因政府信息公开被申请行政复议2件，被提起行政诉讼1件。', { cells });
    expect(cs.map((c) => [c.value, c.cell, c.agrees])).toEqual([
      [2, 'review.review.total', 'true'],
      [1, 'review.litigation.total', 'true'],
    ]);
  });

  it('行政事业性收费金额 in 万元, and 第1季度 is no claim', () => {
    const cs = linked('行政事业性收费金额0万元。第1季度收到政府信息公开申请5件。', {
      template: 'F2021', cells: [cell('a8.fee.amountWan', 0), cell('apply.newReceived.total', 5)],
    });
    expect(cs.map((c) => [c.value, c.cell, c.agrees])).toEqual([
      [0, 'a8.fee.amountWan', 'true'],
      [5, 'apply.newReceived.total', 'true'],
    ]);
  });
});

describe('sub-rows by the words of their labels', () => {
  it('不予公开 … 其中属于国家秘密 / 过程性信息', () => {
    const cells = [
      ...['stateSecret', 'lawForbidden', 'threeSecurityOneStability', 'thirdParty', 'internalAffairs', 'processInfo', 'enforcementFile', 'adminQuery']
        .map((r) => cell(`apply.denied.${r}.total`, r === 'stateSecret' ? 1 : r === 'processInfo' ? 2 : 0)),
    ];
    const cs = linked('对政府信息公开申请不予公开3件，其中属于国家秘密1件，属于过程性信息2件。', { cells, template: 'F2021' });
    expect(cs.map((c) => [c.value, c.cell, c.agrees])).toEqual([
      [3, 'apply.denied.total', 'true'],
      [1, 'apply.denied.stateSecret.total', 'true'],
      [2, 'apply.denied.processInfo.total', 'true'],
    ]);
  });
});
