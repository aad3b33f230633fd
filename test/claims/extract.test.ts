import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/claims/index.js';
import { makeReport } from './helpers.js';

const claimsOf = (text: string) => extractClaims(makeReport(text));
const values = (text: string) => claimsOf(text).map((c) => [c.value, c.unit, c.approx]);

describe('number forms', () => {
  it('reads Arabic numbers with units, quote and offsets into the text', () => {
    const text = '在执法信息公开方面：进行行政处罚11件，处罚11人次，共处罚金5020元。';
    const cs = claimsOf(text);
    expect(cs.map((c) => [c.value, c.unit])).toEqual([[11, '件'], [11, '人次'], [5020, '元']]);
    expect(cs[0].quote).toBe('进行行政处罚11件');
    expect(cs[0].subject).toBe('行政处罚');
    expect(text.slice(cs[0].start, cs[0].end)).toBe(cs[0].quote);
    expect(cs[0].sentence).toBe(text);
    expect(cs[0].id).toBe('test#1');
  });

  it('reads approximations 余/多/约/近/以上', () => {
    expect(values('制发宣传稿件260余篇，约50人参加，近30场活动，90%以上事项实现网上可办，处理投诉100多件。')).toEqual([
      [260, '篇', true], [50, '人', true], [30, '场', true], [90, '%', true], [100, '件', true],
    ]);
  });

  it('reads money with 万 in the unit and 万 as a multiplier of counts', () => {
    expect(values('公开金额2090余万元；兑付资金1.95万元，完成城乡居民核酸检测50万余人次，四针疫苗接种34800 万剂次。')).toEqual([
      [2090, '万元', true], [1.95, '万元', false], [500000, '人次', true], [348000000, '剂次', false],
    ]);
  });

  it('reads Chinese and mixed numerals', () => {
    expect(values('开展培训三次，收到来信十二件，共计两千零五条，补贴一百余户，合计3万4千人次。')).toEqual([
      [3, '次', false], [12, '件', false], [2005, '条', false], [100, '户', true], [34000, '人次', false],
    ]);
  });

  it('keeps spaces and line breaks between number and unit out of the value (3200 余条, 294\\n篇)', () => {
    expect(values('主动公开政府信息 3200 余条。其中原创文章 294\n篇。')).toEqual([[3200, '条', true], [294, '篇', false]]);
  });
});

describe('numbers that are not claims', () => {
  const none = (text: string) => expect(claimsOf(text).filter((c) => !c.zeroAssertion)).toEqual([]);
  it('years and dates', () => none('本报告所列数据统计期限为 2020 年 1 月 1 日至 2020 年 12 月 31 日，2022年1月1日起施行。'));
  it('document numbers', () => none('（国办公开办函〔2021〕30号）要求，依据永政办发〔2020〕48 号文件。'));
  it('article numbers and items', () => none('按照《条例》第二十条第（一）项、第(五)项和第五十条规定。'));
  it('phone numbers, postcodes, addresses', () =>
    none('地址：平潭综合实验区金井湾商务营运中心7号楼14层，邮编：350400，电话：0591-23165385；电子邮箱：YN1jz2013@163.com。'));
  it('list markers and ordinals', () => none('一是加强组织领导。(二)依申请公开情况。1.加强人员保障。第一次会议召开。'));
  it('fixed words: 二十大, 十四五, 一站式, 一次性, 三审三校', () =>
    none('学习党的二十大精神，设立“十四五”规划专栏，一站式查询政府信息，一次性补贴发放，落实“三审三校”制度。'));
  it('short quoted names such as “三个一”', () => none('坚持“三个一”工作机制。'));
});

describe('zero assertions', () => {
  it('未收到…申请 is a claim of 0 applications', () => {
    const [c] = claimsOf('2022 年度未收到公民、法人或其他组织提出的政府信息公开申请。');
    expect(c).toMatchObject({ value: 0, zeroAssertion: true, cell: 'apply.newReceived.total' });
  });

  it('没有发生…行政复议、行政诉讼 are claims of 0 for both', () => {
    const cs = claimsOf('李俊镇人民政府未收到依申请公开件，也没有发生因政府信息公开申请行政复议、行政诉讼件。');
    expect(cs.map((c) => c.cell)).toEqual(['apply.newReceived.total', 'review.review.total', 'review.litigation.total']);
    expect(cs.every((c) => c.zeroAssertion && c.value === 0)).toBe(true);
  });

  it('未收到因…被申请行政复议 is about review, not about applications', () => {
    const cs = claimsOf('未收到因政府信息公开工作被申请行政复议、提起行政诉讼的情况。');
    expect(cs.map((c) => c.cell)).toEqual(['review.review.total', 'review.litigation.total']);
  });

  it('未收取信息处理费 is a claim of 0 that speaks of no cell', () => {
    const [c] = claimsOf('本单位 2021 年未收取信息处理费。');
    expect(c).toMatchObject({ value: 0, zeroAssertion: true, cell: '', agrees: '' });
  });

  it('a sentence that only mentions review as a goal asserts nothing', () => {
    expect(claimsOf('有效降低行政复议、行政诉讼发生率和纠错率。')).toEqual([]);
  });
});

describe('prose only', () => {
  it('skips TAB table rows and reads the prose around them', () => {
    const text = '主动公开政府信息12条。\n行政处罚\t6\n\t0\t0\n办理行政许可5件。';
    expect(values(text)).toEqual([[12, '条', false], [5, '件', false]]);
  });

  it('works on an empty report and without tokens', () => {
    expect(extractClaims(makeReport(''))).toEqual([]);
  });
});

describe('subjects are whole words of the clause before the number', () => {
  const subjects = (text: string) => claimsOf(text).map((c) => c.subject);
  it('stops at quotes, 通过 and 共 (shanghai 2019)', () => {
    expect(subjects('做好政策解读工作，通过“中国上海”门户网站发布政策解读共132件。')).toEqual(['政策解读']);
    expect(subjects('对市政府常务会议的重要议题进行权威发布共计38次。')).toEqual(['权威发布']);
    expect(claimsOf('对市政府常务会议的重要议题进行权威发布共计38次。')[0].quote).toBe('进行权威发布共计38次');
  });

  it('drops cause phrases, particles and dates', () => {
    expect(subjects('因本机关不掌握等原因无法提供265件，信息公开类行政复议7件。')).toEqual(['无法提供', '信息公开类行政复议']);
    expect(subjects('2024年市科委有1件涉及政府信息公开工作的行政复议。')[0]).not.toMatch(/年/);
  });

  it('takes the words after the number when those before are only a verb or an attribute', () => {
    expect(subjects('本年度全区共收到70件申请，及时依法依规办结69件。')).toEqual(['申请', '办结']);
    expect(subjects('每季度对本市处于正常运行状态的70家政府网站开展全面检查。')).toEqual(['政府网站']);
  });
});

describe('more number forms', () => {
  it('万 with decimals, and ranges state no single number', () => {
    expect(values('全年主动公开政府信息1.2万条。')).toEqual([[12000, '条', false]]);
    expect(claimsOf('办理时限压缩至3-5个工作日，每次5至10人参加。')).toEqual([]);
  });
});

describe('zero assertions written with a bare 0', () => {
  it('行政复议、行政诉讼均为0 (in a sentence about disclosure)', () => {
    const cs = claimsOf('因政府信息公开引起的行政复议、行政诉讼均为0。');
    expect(cs.map((c) => [c.cell, c.zeroAssertion])).toEqual([['review.review.total', true], ['review.litigation.total', true]]);
  });

  it('not when nothing ties it to disclosure', () => {
    expect(claimsOf('全年行政复议、行政诉讼均为0。')).toEqual([]);
  });
});
