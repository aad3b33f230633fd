/**
 * Phrasings met in reports outside the dev corpus (test/fixtures/unseen, sentences quoted from
 * them): a zero assertion confined to its own clause, document counts that are not applications,
 * and list forms that carry their subject over.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/index.js';
import { findZeroAssertions } from '../../src/claims/zero.js';
import { rule } from '../../src/checks/rules/prose-table-mismatch.js';
import { applyRow, cell, makeReport, withClaims } from './helpers.js';

type Opts = Parameters<typeof makeReport>[1];
const linked = (text: string, opts: Opts = {}) => extractClaims(makeReport(text, opts)).filter((c) => c.cell !== '');
const summary = (text: string, opts: Opts = {}) => linked(text, opts).map((c) => [c.value, c.cell, c.agrees]);

const litigation = (direct: number, after: number) => [cell('review.litDirect.total', direct), cell('review.litAfterReview.total', after)];

describe('a zero assertion covers the terms of its own clause only', () => {
  // dh-district-2021
  const sentence = '2021年，我区未发生因政府信息公开被申请行政复议的案件，被提起行政诉讼2件，其中1件一审维持，1件尚未审结。';

  it('未发生…行政复议的案件，被提起行政诉讼2件 denies 行政复议 only', () => {
    const zeros = findZeroAssertions(sentence, true);
    expect(zeros.map((z) => z.kind)).toEqual(['review']);
    const cs = extractClaims(makeReport(sentence, { cells: [cell('review.review.total', 0), ...litigation(2, 0)] }));
    const zeroClaims = cs.filter((c) => c.zeroAssertion);
    expect(zeroClaims.map((c) => [c.cell, c.quote, c.agrees])).toEqual([['review.review.total', '未发生因政府信息公开被申请行政复议', 'true']]);
    expect(cs.find((c) => c.value === 2)).toMatchObject({ cell: 'review.litigation.total', agrees: 'true' });
  });

  it('so the check reports no mismatch on the litigation totals', () => {
    const fs = rule.check(withClaims(makeReport(sentence, { cells: [cell('review.review.total', 0), ...litigation(2, 0)] })));
    expect(fs.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a term followed by its own count is no zero; the first term stays denied', () => {
    expect(findZeroAssertions('未发生行政复议、行政诉讼1件。', true).map((z) => z.kind)).toEqual(['review']);
    expect(findZeroAssertions('没有发生行政诉讼3起。', true)).toEqual([]);
  });

  it('both terms of one clause are still denied (qy-dingqiao-2020, seed 000)', () => {
    const s = '全年未收到政府信息公开申请，未发生因政府信息公开引起的行政复议、行政诉讼。';
    expect(findZeroAssertions(s, true).map((z) => z.kind)).toEqual(['applications', 'review', 'litigation']);
    const quote = extractClaims(makeReport(s)).filter((c) => c.cell === 'review.review.total')[0].quote;
    expect(quote).toBe('未发生因政府信息公开引起的行政复议、行政诉讼');
  });

  it('a negation does not reach over a comma into the next clause', () => {
    expect(findZeroAssertions('未收到有关政府信息公开的申请，未收到有关政府信息公开行政复议。', true).map((z) => [z.kind, z.cStart])).toEqual([
      ['applications', 0],
      ['review', 15],
    ]);
  });
});

describe('答复/办结 count applications only in their units, and not when they count documents', () => {
  const cells = [...applyRow('totalProcessed', [700, 300, 20, 10, 14, 210, 1254])];
  it('抽查答复文书240份 links nothing (lc-city-2023)', () => {
    const text = '组织开展依申请公开答复文书抽查评查2次，抽查答复文书240份，对发现的告知理由不充分等问题逐一反馈整改。';
    expect(linked(`三、收到和处理政府信息公开申请情况\n${text}`, { cells, template: 'F2021', sections: [['applications', '三、收到和处理政府信息公开申请情况']] })).toEqual([]);
  });

  it('评查案卷, 答复告知书 and a count in 份 or 篇 are not applications', () => {
    const s = '本年度收到政府信息公开申请1254件，评查办结案卷30件，印发答复告知书模板5件，答复1254份。';
    expect(summary(s, { cells: [cell('apply.newReceived.total', 1254), ...cells] })).toEqual([[1254, 'apply.newReceived.total', 'true']]);
  });

  it('办结 in 件 still links (seed 004 shape)', () => {
    expect(summary('收到政府信息公开申请1260件，办结1254件。', { cells: [cell('apply.newReceived.total', 1260), ...cells] })).toEqual([
      [1260, 'apply.newReceived.total', 'true'],
      [1254, 'apply.totalProcessed.total', 'true'],
    ]);
  });
});

describe('已办结N件 opening a sentence that continues one about applications', () => {
  const cells = [cell('apply.newReceived.total', 240), cell('apply.carriedOver.total', 10), cell('apply.totalProcessed.total', 226), cell('apply.granted.total', 99)];
  // hj-zrzyt-2021
  const text = '全年新收政府信息公开申请240件，较上年增长14.6%，上年结转10件。已办结226件，其中予以公开99件。';

  it('links to (七)总计', () => {
    expect(summary(text, { cells, template: 'F2021' })).toEqual([
      [240, 'apply.newReceived.total', 'true'],
      [10, 'apply.carriedOver.total', 'true'],
      [226, 'apply.totalProcessed.total', 'true'],
      [99, 'apply.granted.total', 'true'],
    ]);
  });

  it('not after a sentence about other matters, nor when 办结 follows another count (lc-city-2023: 市长信箱)', () => {
    expect(summary('全年开展政务公开培训3期。已办结226件。', { cells, template: 'F2021' })).toEqual([]);
    const letters = '全年收到政府信息公开申请240件。市长信箱全年受理群众来信12,874件，办结12,874件。';
    expect(summary(letters, { cells, template: 'F2021' })).toEqual([[240, 'apply.newReceived.total', 'true']]);
  });
});

describe('规章 and 规范性文件 list forms (F2021)', () => {
  it('规章3件、废止1件，现行有效规章58件 (lc-city-2023)', () => {
    const cells = [cell('a1.rules.issued', 3), cell('a1.rules.repealed', 1), cell('a1.rules.valid', 58), cell('a1.normative.issued', 27)];
    const text = '市政府全年制定政府规章3件、废止1件，截至年底现行有效规章58件；制发行政规范性文件27件，全部通过“临川市行政规范性文件库”统一公开。';
    expect(summary(text, { cells, template: 'F2021' })).toEqual([
      [3, 'a1.rules.issued', 'true'],
      [1, 'a1.rules.repealed', 'true'],
      [58, 'a1.rules.valid', 'true'],
      [27, 'a1.normative.issued', 'true'],
    ]);
  });

  it('制发行政规范性文件2件，现行有效11件 / 废止3件 (lc-kfq-2022, dh-district-2021)', () => {
    const cells = [cell('a1.normative.issued', 2), cell('a1.normative.repealed', 3), cell('a1.normative.valid', 11)];
    expect(summary('制发行政规范性文件2件，现行有效11件。', { cells, template: 'F2021' })).toEqual([
      [2, 'a1.normative.issued', 'true'],
      [11, 'a1.normative.valid', 'true'],
    ]);
    expect(summary('全年通过区政府门户网站公开政府信息8,120余条，制发行政规范性文件2件，废止3件。', { cells, template: 'F2021' })).toEqual([
      [2, 'a1.normative.issued', 'true'],
      [3, 'a1.normative.repealed', 'true'],
    ]);
  });

  it('the subject is carried over only from a 规章/规范性文件 count right before, and only in F2021', () => {
    const cells = [cell('a1.normative.issued', 2), cell('a1.normative.repealed', 3), cell('a1.normative.made', 2)];
    expect(summary('清理政府文件40件，废止3件。', { cells, template: 'F2021' })).toEqual([]);
    expect(summary('制发行政规范性文件2件，发布政策解读5篇，废止3件。', { cells, template: 'F2021' })).toEqual([[2, 'a1.normative.issued', 'true']]);
    expect(summary('制发规范性文件2件，废止3件。', { cells, template: 'F2019' })).toEqual([[2, 'a1.normative.made', 'true']]);
  });
});

describe('行政许可 counted in 件', () => {
  const cells = [cell('a5.license.decisions', 1873), cell('a5.license.prevItems', 400), cell('a5.license.delta', -12)];
  it('行政许可事项1873件 → decisions (hj-zrzyt-2021)', () => {
    const text = '全年办理建设用地审批、采矿权出让等行政许可事项1873件，作出行政处罚决定46件，审批结果和处罚信息均在“双公示”专栏按时公开。';
    expect(summary(text, { cells: [...cells, cell('a6.penalty.decisions', 46)], template: 'F2021' })).toEqual([
      [1873, 'a5.license.decisions', 'true'],
      [46, 'a6.penalty.decisions', 'true'],
    ]);
  });

  it('行政许可事项N项 in F2019 is the item count; 梳理…事项N件 and 许可信息 are no decisions', () => {
    expect(summary('梳理行政许可事项388项。', { cells, template: 'F2019' })).toEqual([[388, 'a5.license.items', 'true']]);
    expect(summary('梳理公布行政许可事项清单388件，公开行政许可信息2586件。', { cells, template: 'F2021' })).toEqual([]);
  });
});

describe('复议/诉讼 outcomes named before the number', () => {
  it('结果维持24件、结果纠正6件 (lc-city-2023)', () => {
    const cells = [cell('review.review.total', 41), cell('review.review.maintain', 24), cell('review.review.correct', 6), ...litigation(20, 4)];
    const text = '全年因政府信息公开工作被申请行政复议41件，其中结果维持24件、结果纠正6件；被提起行政诉讼24件。';
    expect(summary(text, { cells })).toEqual([
      [41, 'review.review.total', 'true'],
      [24, 'review.review.maintain', 'true'],
      [6, 'review.review.correct', 'true'],
      [24, 'review.litigation.total', 'true'],
    ]);
  });

  it('维持原行政行为3件，纠正1件 in the 复议 section (ap-scjgj-2020)', () => {
    const head = '五、政府信息公开行政复议、行政诉讼情况';
    const text = `${head}\n2020年，我局共发生行政复议案件4件，其中维持原行政行为3件，纠正1件。`;
    const cells = [cell('review.review.total', 4), cell('review.review.maintain', 3), cell('review.review.correct', 2)];
    expect(summary(text, { cells, sections: [['review', head]] })).toEqual([
      [4, 'review.review.total', 'true'],
      [3, 'review.review.maintain', 'true'],
      [1, 'review.review.correct', 'false'],
    ]);
  });

  it('the litigation version in a 诉讼 context', () => {
    const cells = [...litigation(3, 1), cell('review.litDirect.maintain', 2), cell('review.litAfterReview.maintain', 1)];
    const text = '本年度因政府信息公开被提起行政诉讼4件，其中判决维持3件。';
    expect(summary(text, { cells })).toEqual([
      [4, 'review.litigation.total', 'true'],
      [3, 'review.litigation.maintain', 'true'],
    ]);
  });

  it('outcome words name nothing outside a sentence about 复议/诉讼 of disclosure', () => {
    const cells = [cell('review.review.maintain', 0)];
    expect(summary('本年度维持原决定3件。', { cells })).toEqual([]);
    expect(summary('全市行政复议机关办理复议案件300件，其中维持200件。', { cells, template: 'F2021' })).toEqual([]);
  });
});

describe('F2019: 公开规范性文件N件 → 本年新公开数量', () => {
  it('(qy-county-2019)', () => {
    const cells = [cell('a1.normative.made', 12), cell('a1.normative.published', 12)];
    const text = '依托县政府门户网站、政务微博、政务微信等平台，全年共公开政府信息1200条，其中公开规范性文件12件，发布政策解读46篇。';
    expect(summary(text, { cells, template: 'F2019' })).toEqual([[12, 'a1.normative.published', 'true']]);
    expect(summary(text, { cells, template: 'F2021' })).toEqual([]);
  });
});

describe('F2019: what 公开 does not make a count of published documents', () => {
  it('公开规范性文件目录 / 清理结果 link nothing', () => {
    const cells = [cell('a1.normative.made', 12), cell('a1.normative.published', 3)];
    expect(summary('公开规范性文件目录3个，公开规范性文件清理结果2条。', { cells, template: 'F2019' })).toEqual([]);
  });
});
