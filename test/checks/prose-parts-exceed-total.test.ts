import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/prose-parts-exceed-total.js';
import { makeReport, withClaims } from '../claims/helpers.js';

const run = (text: string) => rule.check(withClaims(makeReport(text)));

describe('prose-parts-exceed-total', () => {
  it('fires when the parts after 其中 exceed the total in the next sentence (seed 004: 3200余条 vs 4232)', () => {
    const text =
      '2020 年，主动公开政府信息 3200 余条。其中，政务动态信息 1600 余条，权力配置信息 31 条，财政事权信息 153 条，' +
      '权力运行信息 68 条，重大项目信息 82 条，社会公益事业信息 660 条，公示公告类 154 条，议案提案信息 20 条，政府公报 4 期，' +
      '政府工作报告 1 条，政策解读类 18 条，政府开放日信息 40 条，政府信息公开年报 40 条，其他类 1365 条。';
    const [f] = run(text);
    expect(f).toMatchObject({ rule: 'prose-parts-exceed-total', severity: 'warning', status: 'fail', observed: '4232条' });
    expect(f.evidence.replace(/\s/g, '')).toContain('3200余条');
  });

  it('stays silent when the parts fall short of the total (seed 003: 491条, parts 342)', () => {
    expect(run('2022年我镇主动公开政府信息数491条，其中政府网站5条，政务服务网117条，杞乡清风智慧监督执纪大数据平台19条，微信公众号201条。')).toEqual([]);
  });

  it('stays silent when the parts add up exactly, and ignores parts in other units', () => {
    expect(run('全年共审核发布各类公开政府信息 249 条，其中：发布行政公文和政策解读信息 9 条；重点工作 39 条；政府网站信息 185 条；政府信息公开制度 16 条。')).toEqual([]);
    expect(run('今年共发送“村廉通”短信50188条，其中：公开收入短信154笔，公开金额2090余万元；公开支出短信234笔，公开金额216余万元。')).toEqual([]);
  });

  it('a small excess (overlapping categories) is info, not a warning', () => {
    const [f] = run('“上海科技”网站全年累计发布信息 2139 条，其中动态类信息发布 1744 条，政务信息发布 393 条，解读类信息发布 21 条，回应公众关注热点信息 2 条。');
    expect(f).toMatchObject({ severity: 'info', observed: '2160条' });
  });

  it('ignores asides inside a part, a second breakdown of the same total, changes and percentages', () => {
    expect(run('全年共收到政府信息公开申请35件，其中自然人申请30件（其中上年结转2件），法人或其他组织申请5件。')).toEqual([]);
    expect(run('共收到申请35件，其中自然人申请30件、法人或其他组织申请5件，予以公开20件、不予公开15件。')).toEqual([]);
    expect(run('共收到申请35件，同比下降10.3%，其中自然人申请30件，较上年增加8件，法人申请5件。')).toEqual([]);
  });

  it('still fires after a percentage stands between the total and 其中', () => {
    const [f] = run('共收到申请35件，同比下降10.3%，其中自然人申请30件，法人或其他组织申请9件。');
    expect(f).toMatchObject({ rule: 'prose-parts-exceed-total', severity: 'warning', observed: '39件' });
  });
});
