/**
 * Table shapes that real pages and PDFs produce but our corpus lacks: built here as HTML strings
 * (through the real HTML ingest), SourceTables and text rows. Every cell must be right, or blank /
 * absent / uncertain — never a wrong number.
 */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/ingest/html.js';
import { parseTables } from '../../src/tables/index.js';
import type { Cell, SourceTable } from '../../src/types.js';
import { reportFromText } from './helpers.js';

function index(cells: Cell[]) {
  const m = new Map(cells.map((c) => [c.key, c]));
  return (k: string) => m.get(k);
}

/** Parse an HTML page the way the pipeline does (real ingest, then the tables stage). */
function parseHtml(html: string, year: number) {
  const e = extractHtml(Buffer.from(html, 'utf8'));
  return parseTables(reportFromText(e.text, year, e.tables, 'html'));
}

function parseText(text: string, year: number, tables: SourceTable[] = [], format: 'txt' | 'pdf' | 'html' = 'txt') {
  return parseTables(reportFromText(text, year, tables, format));
}

const td = (x: string | number, cs = 1, rs = 1): string =>
  `<td${cs > 1 ? ` colspan="${cs}"` : ''}${rs > 1 ? ` rowspan="${rs}"` : ''}>${x === '' ? '&nbsp;' : x}</td>`;
const tr = (...cells: string[]): string => `<tr>${cells.join('')}</tr>`;
const table = (...rows: string[]): string => `<table border="1">${rows.join('')}</table>`;
const page = (...parts: string[]): string => `<html><head><meta charset="utf-8"></head><body>${parts.join('')}</body></html>`;
const p = (s: string): string => `<p>${s}</p>`;

/** Applications table, F2021 grid, values given per row as 7 comma-separated cells. */
function applyTableF2021(v: Record<string, string>, opts: { leaf?: boolean } = {}): string {
  const V = (k: string): string[] => {
    const s = v[k] ?? '0,0,0,0,0,0,0';
    return s.split(s.includes(';') ? ';' : ',').map((x) => td(x));
  };
  const rows = [
    tr(td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), td('申请人情况', 7)),
    tr(td('自然人', 1, 2), td('法人或其他组织', 5), td('总计', 1, 2)),
    tr(td('商业企业'), td('科研机构'), td('社会公益组织'), td('法律服务机构'), td('其他')),
    tr(td('一、本年新收政府信息公开申请数量', 3), ...V('newReceived')),
    tr(td('二、上年结转政府信息公开申请数量', 3), ...V('carriedOver')),
    tr(td('三、本年度办理结果', 1, opts.leaf ? 20 : 22), td('（一）予以公开', 2), ...V('granted')),
    tr(td('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2), ...V('partial')),
    tr(td('（三）不予公开', 1, 8), td('1.属于国家秘密'), ...V('stateSecret')),
    ...['2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'].map(
      (l) => tr(td(l), ...V(l)),
    ),
    tr(td('（四）无法提供', 1, 3), td('1.本机关不掌握相关政府信息'), ...V('notHeld')),
    tr(td('2.没有现成信息需要另行制作'), ...V('needCreation')),
    tr(td('3.补正后申请内容仍不明确'), ...V('unclear')),
    tr(td('（五）不予处理', 1, 5), td('1.信访举报投诉类申请'), ...V('petition')),
    ...['2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息'].map((l) => tr(td(l), ...V(l))),
    ...(opts.leaf
      ? [tr(td('（六）其他处理', 2), ...V('other'))]
      : [
          tr(td('（六）其他处理', 1, 3), td('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'), ...V('noCorrection')),
          tr(td('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'), ...V('noFee')),
          tr(td('3.其他'), ...V('otherOther')),
        ]),
    tr(td('（七）总计', 2), ...V('totalProcessed')),
    tr(td('四、结转下年度继续办理', 3), ...V('carriedForward')),
  ];
  return table(...rows);
}

const REVIEW_HEADER = [
  tr(td('行政复议', 5), td('行政诉讼', 10)),
  tr(...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((x) => td(x, 1, 2)), td('未经复议直接起诉', 5), td('复议后起诉', 5)),
  tr(...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((x) => td(x))),
];

const APPLY_2021 = {
  newReceived: '30,2,0,0,1,0,33',
  carriedOver: '1,0,0,0,0,0,1',
  granted: '10,1,0,0,0,0,11',
  partial: '2,0,0,0,0,0,2',
  notHeld: '12,1,0,0,1,0,14',
  petition: '3,0,0,0,0,0,3',
  noCorrection: '1,0,0,0,0,0,1',
  totalProcessed: '28,2,0,0,1,0,31',
  carriedForward: '3,0,0,0,0,0,3',
};

describe('(六)其他处理 row there but empty (F2019 web page)', () => {
  it('is blank, not absent', () => {
    const html = page(p('三、收到和处理政府信息公开申请情况'), applyTableF2021({ other: ',,,,,,' }, { leaf: true }));
    const get = index(parseHtml(html, 2019).cells);
    expect(get('apply.other.total')).toMatchObject({ status: 'blank', value: null });
    expect(get('apply.other.naturalPerson')).toMatchObject({ status: 'blank' });
    expect(get('apply.totalProcessed.total')).toMatchObject({ status: 'ok', value: 0 });
  });
  it('an F2021 group label row before its sub-rows stays a group (sub-rows read)', () => {
    const text = [
      '三、收到和处理政府信息公开申请情况',
      '\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
      '一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1',
      '(六)其他处理\t\t\t\t\t\t\t',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0',
      '3.其他\t0\t0\t0\t0\t0\t0\t0',
      '(七)总计\t1\t0\t0\t0\t0\t0\t1',
    ].join('\n');
    const { cells } = parseText(text, 2021);
    const get = index(cells);
    expect(get('apply.other.noCorrection.total')).toMatchObject({ status: 'ok', value: 1 });
    expect(get('apply.other.total')).toBeUndefined();
  });
});

describe('(a) 表二 split into one <table> per 第二十条 item', () => {
  const block = (caption: string, header: string[], rows: Array<[string, string[]]>, captionOutside: boolean): string =>
    (captionOutside ? p(caption) : '') +
    table(
      ...(captionOutside ? [] : [tr(td(caption, 4))]),
      tr(td('信息内容'), ...header.map((h) => td(h, header.length === 1 ? 3 : 1))),
      ...rows.map(([l, v]) => tr(td(l), ...v.map((x) => td(x, v.length === 1 ? 3 : 1)))),
    );
  const f2021 = (outside: boolean): string =>
    page(
      p('二、主动公开政府信息情况'),
      block('第二十条第（一）项', ['本年制发件数', '本年废止件数', '现行有效件数'], [['规章', ['0', '0', '0']], ['行政规范性文件', ['4', '1', '37']]], outside),
      block('第二十条第（五）项', ['本年处理决定数量'], [['行政许可', ['1,204']]], outside),
      block('第二十条第（六）项', ['本年处理决定数量'], [['行政处罚', ['56']], ['行政强制', ['3']]], outside),
      block('第二十条第（八）项', ['本年收费金额（单位：万元）'], [['行政事业性收费', ['12.5']]], outside),
      p('三、收到和处理政府信息公开申请情况'),
      applyTableF2021(APPLY_2021),
      p('四、政府信息公开行政复议、行政诉讼情况'),
      table(...REVIEW_HEADER, tr(...'1,0,0,0,1,0,0,0,1,1,0,0,0,0,0'.split(',').map((x) => td(x)))),
    );
  for (const outside of [false, true]) {
    it(`captions ${outside ? 'as <p> outside' : 'inside'} the tables`, () => {
      const { cells, layout } = parseHtml(f2021(outside), 2022);
      const get = index(cells);
      expect(layout.template).toBe('F2021');
      expect(get('a1.normative.issued')).toMatchObject({ status: 'ok', value: 4 });
      expect(get('a1.normative.valid')).toMatchObject({ status: 'ok', value: 37 });
      expect(get('a5.license.decisions')).toMatchObject({ status: 'ok', value: 1204 });
      expect(get('a6.penalty.decisions')).toMatchObject({ status: 'ok', value: 56 });
      expect(get('a6.coercion.decisions')).toMatchObject({ status: 'ok', value: 3 });
      expect(get('a8.fee.amountWan')).toMatchObject({ status: 'ok', value: 12.5 });
      expect(get('apply.newReceived.total')).toMatchObject({ status: 'ok', value: 33 });
      expect(get('apply.other.noCorrection.total')).toMatchObject({ status: 'ok', value: 1 });
      expect(get('review.litDirect.total')).toMatchObject({ status: 'ok', value: 1 });
    });
  }
});

describe('(b) F2021 本年处理决定数量 spanning three grid columns', () => {
  const header = ['信息内容', '本年处理决定数量', '本年处理决定数量', '本年处理决定数量'];
  it('value in the first of three separate cells', () => {
    const t: SourceTable = {
      rows: [['第二十条第（五）项', '', '', ''], header, ['行政许可', '7', '', ''], ['第二十条第（六）项', '', '', ''], header, ['行政处罚', '5', '', ''], ['行政强制', '', '', '']],
    };
    const get = index(parseText('二、主动公开政府信息情况', 2021, [t], 'html').cells);
    expect(get('a5.license.decisions')).toMatchObject({ status: 'ok', value: 7 });
    expect(get('a6.penalty.decisions')).toMatchObject({ status: 'ok', value: 5 });
    expect(get('a6.coercion.decisions')).toMatchObject({ status: 'blank' });
  });
  it('value repeated in all three slots (HTML grid without spanOrigin)', () => {
    const t: SourceTable = {
      rows: [['第二十条第（五）项', '第二十条第（五）项', '第二十条第（五）项', '第二十条第（五）项'], header, ['行政许可', '7', '7', '7'], header, ['行政处罚', '5', '5', '5'], ['行政强制', '0', '0', '0']],
    };
    const get = index(parseText('二、主动公开政府信息情况', 2021, [t], 'html').cells);
    expect(get('a5.license.decisions')).toMatchObject({ status: 'ok', value: 7 });
    expect(get('a6.penalty.decisions')).toMatchObject({ status: 'ok', value: 5 });
    expect(get('a6.coercion.decisions')).toMatchObject({ status: 'ok', value: 0 });
  });
  it('F2019 row with a colspan=2 first value and no spanOrigin reads in order', () => {
    const t: SourceTable = {
      rows: [
        ['信息内容', '本年新制作数量', '本年新公开数量', '本年新公开数量', '对外公开总数量'],
        ['规章', '13', '13', '10', '524'],
        ['信息内容', '上一年项目数量', '上一年项目数量', '本年增/减', '本年增/减'],
        ['行政事业性收费', '4', '4', '-1', '-1'],
      ],
    };
    const get = index(parseText('二、主动公开政府信息情况', 2019, [t], 'html').cells);
    expect(get('a1.rules.made')).toMatchObject({ status: 'ok', value: 13 });
    expect(get('a1.rules.published')).toMatchObject({ status: 'ok', value: 10 });
    expect(get('a1.rules.totalPublic')).toMatchObject({ status: 'ok', value: 524 });
    expect(get('a8.fee.prevItems')).toMatchObject({ status: 'ok', value: 4 });
    expect(get('a8.fee.delta')).toMatchObject({ status: 'ok', value: -1 });
  });
});

describe('(c) applications header out of the official order', () => {
  it('an extra 法人或其他组织 小计 column (8 number columns, HTML grid)', () => {
    const V = (s: string) => s.split(',').map((x) => td(x));
    const html = page(
      p('三、收到和处理政府信息公开申请情况'),
      table(
        tr(td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), td('申请人情况', 8)),
        tr(td('自然人', 1, 2), td('法人或其他组织', 6), td('总计', 1, 2)),
        tr(td('商业企业'), td('科研机构'), td('社会公益组织'), td('法律服务机构'), td('其他'), td('小计')),
        tr(td('一、本年新收政府信息公开申请数量', 3), ...V('5,2,0,0,1,0,3,8')),
        tr(td('二、上年结转政府信息公开申请数量', 3), ...V('0,0,0,0,0,0,0,0')),
        tr(td('三、本年度办理结果', 1, 3), td('（一）予以公开', 2), ...V('4,2,0,0,1,0,3,7')),
        tr(td('（七）总计', 2), ...V('5,2,0,0,1,0,3,8')),
        tr(td('四、结转下年度继续办理', 3), ...V('0,0,0,0,0,0,0,0')),
      ),
    );
    const get = index(parseHtml(html, 2022).cells);
    expect(get('apply.newReceived.naturalPerson')).toMatchObject({ status: 'ok', value: 5 });
    expect(get('apply.newReceived.legalService')).toMatchObject({ status: 'ok', value: 1 });
    expect(get('apply.newReceived.otherOrg')).toMatchObject({ status: 'ok', value: 0 });
    expect(get('apply.newReceived.total')).toMatchObject({ status: 'ok', value: 8 });
    expect(get('apply.granted.total')).toMatchObject({ status: 'ok', value: 7 });
  });
  it('the same with TAB rows (PDF text)', () => {
    const text = [
      '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\t申请人情况',
      '\t自然人\t法人或其他组织\t总计',
      '\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t小计',
      '一、本年新收政府信息公开申请数量\t5\t2\t0\t0\t1\t0\t3\t8',
      '二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\t0',
      '(七)总计\t5\t2\t0\t0\t1\t0\t3\t8',
      '四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0\t0',
    ].join('\n');
    const get = index(parseText(text, 2022).cells);
    expect(get('apply.newReceived.total')).toMatchObject({ status: 'ok', value: 8 });
    expect(get('apply.newReceived.otherOrg')).toMatchObject({ status: 'ok', value: 0 });
    expect(get('apply.totalProcessed.commercial')).toMatchObject({ status: 'ok', value: 2 });
  });
  it('总计 written first', () => {
    const text = [
      '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\t申请人情况',
      '\t总计\t自然人\t法人或其他组织',
      '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
      '一、本年新收政府信息公开申请数量\t9\t6\t3\t0\t0\t0\t0',
      '(七)总计\t9\t6\t3\t0\t0\t0\t0',
    ].join('\n');
    const get = index(parseText(text, 2022).cells);
    expect(get('apply.newReceived.total')).toMatchObject({ status: 'ok', value: 9 });
    expect(get('apply.newReceived.naturalPerson')).toMatchObject({ status: 'ok', value: 6 });
    expect(get('apply.newReceived.commercial')).toMatchObject({ status: 'ok', value: 3 });
  });
  it('小计 column but 7 values in the rows: nothing is guessed', () => {
    const text = [
      '\t自然人\t法人或其他组织\t总计',
      '\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t小计',
      '一、本年新收政府信息公开申请数量\t5\t2\t1\t3\t8',
      '(七)总计\t5\t2\t1\t3\t8',
    ].join('\n');
    const cells = parseText(text, 2022).cells.filter((c) => c.key.startsWith('apply.newReceived'));
    expect(cells.every((c) => c.status !== 'ok')).toBe(true);
  });
});

describe('(d) label variants', () => {
  it('line breaks, spaces, full-width brackets, notes missing, wrapped F2021 (六) sub-row', () => {
    const text = [
      '三、收到和处理政府信息公开申请情况',
      '\t\t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
      '一、本年新收政府信息\t\t\t4\t0\t0\t0\t0\t0\t4',
      '公开申请数量',
      '二 、 上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0',
      '三、本年度办理结果\t（一）予以公开\t\t2\t0\t0\t0\t0\t0\t2',
      '\t（二）部分公开\t\t1\t0\t0\t0\t0\t0\t1',
      '\t（三）不予公开\t1．属于国家秘密\t0\t0\t0\t0\t0\t0\t0',
      '\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府',
      '\t\t信息公开申请\t1\t0\t0\t0\t0\t0\t1',
      '\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0',
      '\t\t3. 其 他\t0\t0\t0\t0\t0\t0\t0',
      '\t（七） 总 计\t\t4\t0\t0\t0\t0\t0\t4',
      '四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0',
    ].join('\n');
    const get = index(parseText(text, 2021).cells);
    expect(get('apply.newReceived.total')).toMatchObject({ status: 'ok', value: 4 });
    expect(get('apply.carriedOver.total')).toMatchObject({ status: 'ok', value: 0 });
    expect(get('apply.partial.total')).toMatchObject({ status: 'ok', value: 1 });
    expect(get('apply.denied.stateSecret.total')).toMatchObject({ status: 'ok', value: 0 });
    expect(get('apply.other.noCorrection.total')).toMatchObject({ status: 'ok', value: 1 });
    expect(get('apply.other.other.total')).toMatchObject({ status: 'ok', value: 0 });
    expect(get('apply.totalProcessed.total')).toMatchObject({ status: 'ok', value: 4 });
  });
  it('HTML cells with <br> inside labels', () => {
    const html = page(
      p('三、收到和处理政府信息公开申请情况'),
      table(
        tr(td('（本列数据的勾稽关系为：第一项加第二项之和，<br>等于第三项加第四项之和）', 3, 3), td('申请人情况', 7)),
        tr(td('自<br>然<br>人', 1, 2), td('法人或其他组织', 5), td('总<br>计', 1, 2)),
        tr(td('商业<br>企业'), td('科研<br>机构'), td('社会公益<br>组织'), td('法律服务<br>机构'), td('其他')),
        tr(td('一、本年新收政府<br>信息公开申请数量', 3), ...'3,0,0,0,0,0,3'.split(',').map((x) => td(x))),
        tr(td('三、本年<br>度办理<br>结果', 1, 2), td('（一）予以<br>公开', 2), ...'3,0,0,0,0,0,3'.split(',').map((x) => td(x))),
        tr(td('（七）总<br>计', 2), ...'3,0,0,0,0,0,3'.split(',').map((x) => td(x))),
      ),
    );
    const get = index(parseHtml(html, 2021).cells);
    expect(get('apply.newReceived.total')).toMatchObject({ status: 'ok', value: 3 });
    expect(get('apply.granted.naturalPerson')).toMatchObject({ status: 'ok', value: 3 });
    expect(get('apply.totalProcessed.total')).toMatchObject({ status: 'ok', value: 3 });
  });
});

describe('(f) value tokens in HTML cells', () => {
  it('1,234 / full-width / decimal / dashes / 无 / &nbsp;', () => {
    const html = page(
      p('三、收到和处理政府信息公开申请情况'),
      applyTableF2021({ newReceived: '1,234;１２;0;—;/;无;1,246', carriedOver: '&nbsp;;-;－;0;0;0;0' }),
    );
    const get = index(parseHtml(html, 2021).cells);
    expect(get('apply.newReceived.naturalPerson')).toMatchObject({ status: 'ok', value: 1234 });
    expect(get('apply.newReceived.commercial')).toMatchObject({ status: 'ok', value: 12 });
    expect(get('apply.newReceived.socialWelfare')).toMatchObject({ status: 'blank' });
    expect(get('apply.newReceived.legalService')).toMatchObject({ status: 'blank' });
    expect(get('apply.newReceived.otherOrg')).toMatchObject({ status: 'blank' });
    expect(get('apply.newReceived.total')).toMatchObject({ status: 'ok', value: 1246 });
    expect(get('apply.carriedOver.naturalPerson')).toMatchObject({ status: 'blank' });
    expect(get('apply.carriedOver.commercial')).toMatchObject({ status: 'blank' });
    expect(get('apply.carriedOver.research')).toMatchObject({ status: 'blank' });
  });
});

describe('(e) 复议/诉讼 table shapes', () => {
  const values = '1,0,0,1,2,3,1,0,0,4,0,0,0,1,1';
  it('official grid (HTML)', () => {
    const html = page(p('四、政府信息公开行政复议、行政诉讼情况'), table(...REVIEW_HEADER, tr(...values.split(',').map((x) => td(x)))));
    const get = index(parseHtml(html, 2022).cells);
    expect(get('review.review.total')).toMatchObject({ status: 'ok', value: 2 });
    expect(get('review.litDirect.total')).toMatchObject({ status: 'ok', value: 4 });
    expect(get('review.litAfterReview.pending')).toMatchObject({ status: 'ok', value: 1 });
  });
  it('header rows in another order: 行政诉讼 groups written before 行政复议', () => {
    const text = [
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政诉讼\t\t\t\t\t\t\t\t\t\t行政复议',
      '未经复议直接起诉\t\t\t\t\t复议后起诉',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
      // litDirect 3,1,0,0,4 · litAfterReview 0,0,0,1,1 · review 1,0,0,1,2
      '3\t1\t0\t0\t4\t0\t0\t0\t1\t1\t1\t0\t0\t1\t2',
    ].join('\n');
    const get = index(parseText(text, 2022).cells);
    expect(get('review.review.maintain')).toMatchObject({ status: 'ok', value: 1 });
    expect(get('review.review.total')).toMatchObject({ status: 'ok', value: 2 });
    expect(get('review.litDirect.maintain')).toMatchObject({ status: 'ok', value: 3 });
    expect(get('review.litDirect.total')).toMatchObject({ status: 'ok', value: 4 });
    expect(get('review.litAfterReview.total')).toMatchObject({ status: 'ok', value: 1 });
  });
  it('总计 written first in each group', () => {
    const text = [
      '行政复议\t\t\t\t\t行政诉讼',
      '\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉',
      '总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结',
      '2\t1\t0\t0\t1\t4\t3\t1\t0\t0\t1\t0\t0\t0\t1',
    ].join('\n');
    const get = index(parseText(text, 2022).cells);
    expect(get('review.review.total')).toMatchObject({ status: 'ok', value: 2 });
    expect(get('review.review.pending')).toMatchObject({ status: 'ok', value: 1 });
    expect(get('review.litDirect.total')).toMatchObject({ status: 'ok', value: 4 });
    expect(get('review.litAfterReview.pending')).toMatchObject({ status: 'ok', value: 1 });
  });
  it('transposed: 3 rows × 5 columns (HTML)', () => {
    const html = page(
      p('四、政府信息公开行政复议、行政诉讼情况'),
      table(
        tr(td('类别'), ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((x) => td(x))),
        tr(td('行政复议'), ...'1,0,0,1,2'.split(',').map((x) => td(x))),
        tr(td('行政诉讼（未经复议直接起诉）'), ...'3,1,0,0,4'.split(',').map((x) => td(x))),
        tr(td('行政诉讼（复议后起诉）'), ...'0,0,,1,1'.split(',').map((x) => td(x))),
      ),
    );
    const get = index(parseHtml(html, 2022).cells);
    expect(get('review.review.total')).toMatchObject({ status: 'ok', value: 2 });
    expect(get('review.litDirect.maintain')).toMatchObject({ status: 'ok', value: 3 });
    expect(get('review.litDirect.total')).toMatchObject({ status: 'ok', value: 4 });
    expect(get('review.litAfterReview.other')).toMatchObject({ status: 'blank' });
    expect(get('review.litAfterReview.total')).toMatchObject({ status: 'ok', value: 1 });
  });
  it('transposed text rows', () => {
    const text = ['四、政府信息公开行政复议、行政诉讼情况', '\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计', '行政复议\t0\t0\t0\t0\t0', '未经复议直接起诉\t2\t0\t0\t0\t2', '复议后起诉\t0\t0\t0\t0\t0'].join('\n');
    const get = index(parseText(text, 2022).cells);
    expect(get('review.review.total')).toMatchObject({ status: 'ok', value: 0 });
    expect(get('review.litDirect.maintain')).toMatchObject({ status: 'ok', value: 2 });
    expect(get('review.litDirect.total')).toMatchObject({ status: 'ok', value: 2 });
  });
});

const APPLY_ROWS_TEXT = [
  '一、本年新收政府信息公开申请数量\t5\t1\t0\t0\t0\t0\t6',
  '二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0',
  '三、本年度办理结果\t(一)予以公开\t3\t1\t0\t0\t0\t0\t4',
  '(二)部分公开(区分处理的，只计这一情形，不计其他情形)\t1\t0\t0\t0\t0\t0\t1',
  '(三)不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0',
  '2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0',
  '3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0',
];
const APPLY_ROWS_TEXT_2 = [
  '4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0',
  '(四)无法提供\t1.本机关不掌握相关政府信息\t1\t0\t0\t0\t0\t0\t1',
  '(七)总计\t5\t1\t0\t0\t0\t0\t6',
  '四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0',
];
const APPLY_HEADER_TEXT = ['(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t申请人情况', '\t自然人\t法人或其他组织\t\t\t\t\t总计', '\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他'];

describe('(g) PDF without ruling lines: TAB lines only, blanks lost', () => {
  it('rows with every value read; rows with gaps (blank cells dropped) stay uncertain', () => {
    const text = [
      '三、收到和处理政府信息公开申请情况',
      ...APPLY_HEADER_TEXT,
      '一、本年新收政府信息公开申请数量\t5\t1\t6', // blank cells vanished: positions unknown
      '二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0',
      '三、本年度办理结果\t(一)予以公开\t3\t1\t0\t0\t0\t0\t4',
    ].join('\n');
    const get = index(parseText(text, 2022, [], 'pdf').cells);
    expect(get('apply.newReceived.total')).toMatchObject({ status: 'uncertain', value: null });
    expect(get('apply.newReceived.naturalPerson')).toMatchObject({ status: 'uncertain', value: null });
    expect(get('apply.carriedOver.total')).toMatchObject({ status: 'ok', value: 0 });
    expect(get('apply.granted.total')).toMatchObject({ status: 'ok', value: 4 });
  });
});

describe('(h) a repeated or unrelated table before the real one', () => {
  it('an unrelated 政府网站 statistics table with 信息内容 header is not the 主动公开 table', () => {
    const text = [
      '一、总体情况',
      '信息内容\t数量',
      '政府网站发布信息\t1,234',
      '政务微博\t56',
      '二、主动公开政府信息情况',
      '第二十条第（一）项',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t0\t0\t0',
      '行政规范性文件\t2\t0\t15',
    ].join('\n');
    const get = index(parseText(text, 2022).cells);
    expect(get('a1.normative.issued')).toMatchObject({ status: 'ok', value: 2 });
    expect(get('a1.normative.valid')).toMatchObject({ status: 'ok', value: 15 });
  });
  it('a short summary table with a 本年新收 row does not stand for the applications table', () => {
    const text = [
      '一、总体情况',
      '项目\t数量',
      '本年新收政府信息公开申请\t6',
      '办结\t6',
      '三、收到和处理政府信息公开申请情况',
      ...APPLY_HEADER_TEXT,
      ...APPLY_ROWS_TEXT,
      ...APPLY_ROWS_TEXT_2,
    ].join('\n');
    const get = index(parseText(text, 2022).cells);
    expect(get('apply.newReceived.total')).toMatchObject({ status: 'ok', value: 6 });
    expect(get('apply.newReceived.commercial')).toMatchObject({ status: 'ok', value: 1 });
    expect(get('apply.carriedForward.total')).toMatchObject({ status: 'ok', value: 0 });
  });
  it('the same table printed twice: read once, values right', () => {
    const text = ['三、收到和处理政府信息公开申请情况', ...APPLY_HEADER_TEXT, ...APPLY_ROWS_TEXT, ...APPLY_ROWS_TEXT_2, '', ...APPLY_HEADER_TEXT, ...APPLY_ROWS_TEXT, ...APPLY_ROWS_TEXT_2].join('\n');
    const get = index(parseText(text, 2022).cells);
    expect(get('apply.newReceived.total')).toMatchObject({ status: 'ok', value: 6 });
    expect(get('apply.unable.notHeld.total')).toMatchObject({ status: 'ok', value: 1 });
  });
});

describe('(i) page headers and footers inside a table', () => {
  it('"第 3 页 共 8 页", "- 4 -" and a running title between rows change no value', () => {
    const text = [
      '三、收到和处理政府信息公开申请情况',
      ...APPLY_HEADER_TEXT,
      ...APPLY_ROWS_TEXT,
      '',
      '第 3 页 共 8 页',
      '- 4 -',
      '某某县人民政府办公室2022年政府信息公开工作年度报告',
      '',
      ...APPLY_ROWS_TEXT_2,
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议\t\t\t\t\t行政诉讼',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉',
      '第 4 页 共 8 页',
      '\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
      '0\t0\t0\t0\t0\t1\t0\t0\t0\t1\t0\t0\t0\t0\t0',
    ].join('\n');
    const { cells } = parseText(text, 2022, [], 'pdf');
    const get = index(cells);
    expect(get('apply.denied.thirdParty.total')).toMatchObject({ status: 'ok', value: 0 });
    expect(get('apply.unable.notHeld.total')).toMatchObject({ status: 'ok', value: 1 });
    expect(get('apply.totalProcessed.total')).toMatchObject({ status: 'ok', value: 6 });
    expect(get('review.litDirect.total')).toMatchObject({ status: 'ok', value: 1 });
    // no cell anywhere took the page numbers 3, 4 or 8
    expect(cells.filter((c) => c.status === 'ok' && (c.value === 3 || c.value === 8) && !c.key.startsWith('apply.granted'))).toEqual([]);
  });
});

describe('(h) a summary table of 主动公开 figures before the real 表二', () => {
  it('the table whose rows fit the layout is taken', () => {
    const t1: SourceTable = { rows: [['信息内容', '数量'], ['行政许可', '99'], ['规章', '3'], ['行政处罚', '77']] };
    const t2: SourceTable = {
      rows: [
        ['第二十条第（一）项', '', '', ''],
        ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
        ['规章', '1', '0', '4'],
        ['行政规范性文件', '2', '1', '9'],
        ['第二十条第（五）项', '', '', ''],
        ['信息内容', '本年处理决定数量', '', ''],
        ['行政许可', '12', '', ''],
        ['第二十条第（六）项', '', '', ''],
        ['信息内容', '本年处理决定数量', '', ''],
        ['行政处罚', '5', '', ''],
      ],
    };
    const get = index(parseText('二、主动公开政府信息情况', 2022, [t1, t2], 'html').cells);
    expect(get('a1.rules.issued')).toMatchObject({ status: 'ok', value: 1 });
    expect(get('a5.license.decisions')).toMatchObject({ status: 'ok', value: 12 });
    expect(get('a6.penalty.decisions')).toMatchObject({ status: 'ok', value: 5 });
  });
});

describe('the source that reads a table best is taken', () => {
  it('a PDF grid cut after the header loses to the TAB rows that hold the whole table', () => {
    const headerOnly: SourceTable = {
      rows: [
        ['(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)', '申请人情况', '', '', '', '', '', ''],
        ['', '自然人', '法人或其他组织', '', '', '', '', '总计'],
        ['一、本年新收政府信息公开申请数量', '5 1 0', '', '', '', '', '', ''],
      ],
    };
    const text = ['三、收到和处理政府信息公开申请情况', ...APPLY_HEADER_TEXT, ...APPLY_ROWS_TEXT, ...APPLY_ROWS_TEXT_2].join('\n');
    const get = index(parseText(text, 2022, [headerOnly], 'pdf').cells);
    expect(get('apply.newReceived.total')).toMatchObject({ status: 'ok', value: 6 });
    expect(get('apply.unable.notHeld.total')).toMatchObject({ status: 'ok', value: 1 });
  });
  it('on a tie the real cells win over the text rows', () => {
    const grid: SourceTable = { rows: [['信息内容', '本年处理决定数量'], ['行政许可', '']] };
    // the text rendering lost the blank cell; the grid keeps it blank
    const get = index(parseText('二、主动公开政府信息情况\n信息内容\t本年处理决定数量\n行政许可', 2022, [grid], 'html').cells);
    expect(get('a5.license.decisions')).toMatchObject({ status: 'blank' });
  });
});

describe('a header read out of order is checked against the rows', () => {
  it('总计 before 自然人 in the header text, but the rows add up only in the official order: official order', () => {
    const text = [
      '\t总计\t自然人\t法人或其他组织',
      '\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
      '一、本年新收政府信息公开申请数量\t6\t3\t0\t0\t0\t0\t9',
      '(七)总计\t6\t3\t0\t0\t0\t0\t9',
    ].join('\n');
    const get = index(parseText(text, 2022).cells);
    expect(get('apply.newReceived.naturalPerson')).toMatchObject({ status: 'ok', value: 6 });
    expect(get('apply.newReceived.total')).toMatchObject({ status: 'ok', value: 9 });
  });
});

describe('主动公开 row labels with the words real tables add', () => {
  it('行政事业性收费项目, 政府集中采购项目, 行政强制措施, 规章（件）', () => {
    const text = [
      '二、主动公开政府信息情况',
      '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
      '规章（件）\t0\t0\t0',
      '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      '行政强制措施\t4\t−1\t20',
      '信息内容\t上一年项目数量\t本年增/减',
      '行政事业性收费项目\t3\t0',
      '信息内容\t采购项目数量\t采购总金额',
      '政府集中采购项目\t2\t35.5万元',
    ].join('\n');
    const get = index(parseText(text, 2020).cells);
    expect(get('a1.rules.totalPublic')).toMatchObject({ status: 'ok', value: 0 });
    expect(get('a6.coercion.delta')).toMatchObject({ status: 'ok', value: -1 });
    expect(get('a6.coercion.decisions')).toMatchObject({ status: 'ok', value: 20 });
    expect(get('a8.fee.prevItems')).toMatchObject({ status: 'ok', value: 3 });
    expect(get('a9.procurement.amountWan')).toMatchObject({ status: 'ok', value: 35.5 });
  });
});

describe('(g) PDF text with values separated by spaces, no TABs', () => {
  it('reads full rows, long F2021 labels included', () => {
    const text = [
      '三、收到和处理政府信息公开申请情况',
      '申请人情况',
      '自然人 法人或其他组织 总计',
      '商业企业 科研机构 社会公益组织 法律服务机构 其他',
      '一、本年新收政府信息公开申请数量   2   0   0   0   0   0   2',
      '二、上年结转政府信息公开申请数量   0   0   0   0   0   0   0',
      '三、本年度办理结果 （一）予以公开   1   0   0   0   0   0   1',
      '三、本年度办理结果 （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请   1   0   0   0   0   0   1',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请   0   0   0   0   0   0   0',
      '3.其他   0   0   0   0   0   0   0',
      '（七）总计   2   0   0   0   0   0   2',
      '四、结转下年度继续办理   0   0   0   0   0   0   0',
      '四、政府信息公开行政复议、行政诉讼情况',
    ].join('\n');
    const get = index(parseText(text, 2022, [], 'pdf').cells);
    expect(get('apply.newReceived.total')).toMatchObject({ status: 'ok', value: 2 });
    expect(get('apply.other.noCorrection.naturalPerson')).toMatchObject({ status: 'ok', value: 1 });
    expect(get('apply.other.other.total')).toMatchObject({ status: 'ok', value: 0 });
    expect(get('apply.totalProcessed.total')).toMatchObject({ status: 'ok', value: 2 });
    expect(get('apply.carriedForward.total')).toMatchObject({ status: 'ok', value: 0 });
  });
});

describe('F2019 (六)其他处理 as a bare line (a PDF drops empty cells)', () => {
  const rows = (other: string[]) =>
    [
      '\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计',
      '一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t0\t3',
      '(一)予以公开\t3\t0\t0\t0\t0\t0\t3',
      ...other,
      '(七)总计\t3\t0\t0\t0\t0\t0\t3',
      '四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0',
    ].join('\n');
  it('is blank when no sub-rows follow', () => {
    const get = index(parseText(rows(['(六)其他处理']), 2020).cells);
    expect(get('apply.other.total')).toMatchObject({ status: 'blank', value: null });
    expect(get('apply.totalProcessed.total')).toMatchObject({ status: 'ok', value: 3 });
  });
  it('is a group label when its sub-rows follow', () => {
    const get = index(parseText(rows(['(六)其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0']), 2021).cells);
    expect(get('apply.other.noCorrection.total')).toMatchObject({ status: 'ok', value: 0 });
    expect(get('apply.other.total')).toBeUndefined();
  });
});

describe('applications table with only 自然人 / 法人或其他组织 / 总计 (3 number columns)', () => {
  const ROWS: Array<[string, string]> = [
    ['一、本年新收政府信息公开申请数量', '12,3,15'],
    ['二、上年结转政府信息公开申请数量', '1,0,1'],
    ['（一）予以公开', '8,2,10'],
    ['（二）部分公开', '1,0,1'],
    ['1.本机关不掌握相关政府信息', '2,1,3'],
    ['（七）总计', '11,3,14'],
    ['四、结转下年度继续办理', '2,0,2'],
  ];
  const check = (cells: Cell[]) => {
    const get = index(cells);
    expect(get('apply.newReceived.naturalPerson')).toMatchObject({ status: 'ok', value: 12 });
    expect(get('apply.newReceived.total')).toMatchObject({ status: 'ok', value: 15 });
    expect(get('apply.totalProcessed.total')).toMatchObject({ status: 'ok', value: 14 });
    expect(get('apply.unable.notHeld.naturalPerson')).toMatchObject({ status: 'ok', value: 2 });
    // the organisation sum (3) belongs to no key: the five columns are uncertain, never absent or invented
    for (const col of ['commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg']) {
      expect(get(`apply.newReceived.${col}`)).toMatchObject({ status: 'uncertain', value: null });
    }
  };
  it('HTML grid', () => {
    const html = page(
      p('三、收到和处理政府信息公开申请情况'),
      table(
        tr(td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 2, 2), td('申请人情况', 3)),
        tr(td('自然人'), td('法人或其他组织'), td('总计')),
        ...ROWS.map(([l, v]) => tr(td(l, 2), ...v.split(',').map((x) => td(x)))),
      ),
    );
    const { cells, layout } = parseHtml(html, 2022);
    check(cells);
    expect(layout.missingColumns).toEqual([]);
  });
  it('TAB text rows (PDF)', () => {
    const text = ['三、收到和处理政府信息公开申请情况', '\t申请人情况', '\t自然人\t法人或其他组织\t总计', ...ROWS.map(([l, v]) => `${l}\t${v.split(',').join('\t')}`)].join('\n');
    check(parseText(text, 2022, [], 'pdf').cells);
  });
  it('a one-line page with the cells run together (rows split by 自然人 + 法人或其他组织 = 总计)', () => {
    const text = `三、收到和处理政府信息公开申请情况 申请人情况 自然人 法人或其他组织 总计 ${ROWS.map(([l, v]) => `${l}${v.split(',').join('')}`).join('')}`;
    check(parseText(text, 2022).cells);
  });
  it('a 7-column header whose rows lost their blank cells is not taken for it', () => {
    const text = ['三、收到和处理政府信息公开申请情况', ...APPLY_HEADER_TEXT, ...ROWS.map(([l, v]) => `${l}\t${v.split(',').join('\t')}`)].join('\n');
    const get = index(parseText(text, 2022, [], 'pdf').cells);
    expect(get('apply.newReceived.naturalPerson')).toMatchObject({ status: 'uncertain', value: null });
    expect(get('apply.newReceived.total')).toMatchObject({ status: 'uncertain', value: null });
  });
});

describe('复议/诉讼 grid row left mostly or wholly blank (HTML)', () => {
  const reviewPage = (values: string) =>
    page(p('四、政府信息公开行政复议、行政诉讼情况'), table(...REVIEW_HEADER, tr(...values.split(',').map((x) => td(x)))), p('五、存在的主要问题及改进情况'));
  it('two numbers and thirteen blanks: read by position', () => {
    const get = index(parseHtml(reviewPage('1,,,,1,,,,,,,,,,'), 2019).cells);
    expect(get('review.review.maintain')).toMatchObject({ status: 'ok', value: 1 });
    expect(get('review.review.total')).toMatchObject({ status: 'ok', value: 1 });
    expect(get('review.review.correct')).toMatchObject({ status: 'blank', value: null });
    expect(get('review.litAfterReview.total')).toMatchObject({ status: 'blank', value: null });
  });
  it('every cell blank (a SourceTable that keeps the row): fifteen blank cells, none read as 0', () => {
    // the HTML/DOCX ingest drops a wholly empty grid row today; a source that keeps it is read so
    const words = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const grid: SourceTable = {
      rows: [
        [...Array<string>(5).fill('行政复议'), ...Array<string>(10).fill('行政诉讼')],
        [...words, ...Array<string>(5).fill('未经复议直接起诉'), ...Array<string>(5).fill('复议后起诉')],
        [...words, ...words, ...words],
        Array<string>(15).fill(''),
      ],
      spanOrigin: [
        [true, false, false, false, false, true, ...Array<boolean>(9).fill(false)],
        [...Array<boolean>(6).fill(true), false, false, false, false, true, false, false, false, false],
        [...Array<boolean>(5).fill(false), ...Array<boolean>(10).fill(true)],
        Array<boolean>(15).fill(true),
      ],
    };
    const cells = parseText('四、政府信息公开行政复议、行政诉讼情况', 2019, [grid], 'html').cells.filter((c) => c.table === 'review');
    expect(cells).toHaveLength(15);
    expect(cells.every((c) => c.status === 'blank' && c.value === null)).toBe(true);
  });
  it('a page number line after a header-only table is not a data row', () => {
    const text = ['四、政府信息公开行政复议、行政诉讼情况', '行政复议\t行政诉讼', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计', '- 3 -'].join('\n');
    expect(parseText(text, 2019).cells.filter((c) => c.table === 'review')).toEqual([]);
  });
});
