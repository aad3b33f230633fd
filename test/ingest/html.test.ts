import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { extract } from '../../src/ingest/index.js';
import { collapseInline } from '../../src/ingest/html.js';
import { IngestError } from '../../src/types.js';
import { APPLICANT_COLUMNS, bytesOf, corpus, fixture, gold, numbersOf, rowWith, tableWith, tabLines } from './helpers.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const html = async (s: string | Uint8Array) => extract('page.html', typeof s === 'string' ? utf8(s) : s);

describe('HTML: shuyang-fgj-2023.html (Word-styled page)', async () => {
  const result = await extract('shuyang-fgj-2023.html', bytesOf(corpus('real/shuyang-fgj-2023.html')));
  const g = gold('shuyang-fgj-2023').cells;

  it('gives the report text with headings as their own paragraphs', () => {
    expect(result.format).toBe('html');
    expect(result.text).toContain('沭阳县发展和改革局2023年政府信息公开年度报告');
    expect(result.text.split('\n\n')).toContain('一、总体情况');
    expect(result.text).not.toMatch(/<script|function\s*\(/);
  });

  it('drops the site header: date line, menu links, page <title>; keeps every section and table', () => {
    const paras = result.text.split('\n\n');
    for (const chrome of ['首页', '走进沭阳', '办事服务', '政民互动', '数据开放', '沭阳县人民政府']) expect(paras).not.toContain(chrome);
    expect(result.text).not.toMatch(/星期[一二三四五六日天]/);
    // The report itself is all there: its six sections, the title, the signature and four tables.
    const headings = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及整改措施', '六、其他需要报告的事项'];
    for (const h of headings) expect(paras).toContain(h);
    expect(paras).toContain('沭阳县发展和改革局2023年政府信息公开年度报告');
    expect(paras.slice(-2)).toEqual(['沭阳县发展和改革局', '2024年1月17日']);
    expect(result.tables).toHaveLength(4);
    expect(tabLines(result.text)).toContain('行政处罚\t0\t\t');
  });

  it('joins labels split across spans and keeps blank cells empty', () => {
    const apps = tableWith(result.tables, '申请人情况');
    expect(apps.rows[0]).toHaveLength(10);
    const row = rowWith(apps, '一、本年新收政府信息公开申请数量');
    const cells = row.slice(3);
    expect(cells.map((c) => (c === '' ? null : Number(c)))).toEqual(APPLICANT_COLUMNS.map((c) => g[`apply.newReceived.${c}`]));
    // In the TAB text the blank cells stay as empty TAB cells.
    expect(tabLines(result.text)).toContain(`一、本年新收政府信息公开申请数量\t\t\t26\t\t\t\t\t\t26`);
  });

  it('expands rowspan labels into the grid', () => {
    const apps = tableWith(result.tables, '申请人情况');
    const r = apps.rows.findIndex((row) => row.includes('2.重复申请'));
    expect(apps.rows[r][0]).toBe('三、本年度办理结果');
    expect(apps.spanOrigin?.[r][0]).toBe(false);
    expect(apps.rows[r][1]).toBe('（五）不予处理');
  });
});

describe('HTML: fixture page from seed 004 (F2019) with the official rowspan/colspan grid', async () => {
  const result = await extract('f2019-seed004.html', bytesOf(fixture('f2019-seed004.html')));
  it('reads the active-disclosure numbers from seed 004', () => {
    expect(numbersOf(rowWith(tableWith(result.tables, '其他对外管理服务事项'), '其他对外管理服务事项'))).toEqual(['5138', '-3898', '0']);
    expect(rowWith(tableWith(result.tables, '政府集中采购'), '政府集中采购')).toContain('21207.84 万元');
  });
  it('lays the applications table out as a 10-column grid', () => {
    const apps = tableWith(result.tables, '申请人情况');
    expect(apps.rows.every((r) => r.length === 10)).toBe(true);
    // The note spans 3 columns and 3 rows; 法人或其他组织 spans 5 columns.
    expect(apps.rows[2].slice(0, 3).every((c) => c.includes('勾稽关系'))).toBe(true);
    expect(apps.rows[1].filter((c) => c === '法人或其他组织')).toHaveLength(5);
    expect(apps.spanOrigin?.[1].slice(4, 9)).toEqual([true, false, false, false, false]);
    // Text rendering: copies are empty so numbers keep their columns.
    expect(tabLines(result.text)).toContain('\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t');
  });
});

describe('HTML charset detection', () => {
  const page = (charset: string) => `<html><head><meta charset="${charset}"></head><body><p>政府信息公开工作年度报告</p></body></html>`;

  it('UTF-8 without any declaration', async () => {
    expect((await html('<p>政府信息公开工作年度报告</p>')).text).toBe('政府信息公开工作年度报告');
  });
  it('UTF-8 with BOM (BOM removed)', async () => {
    const r = await html(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<p>一、总体情况</p>')]));
    expect(r.text).toBe('一、总体情况');
  });
  it('GB2312 declared by <meta charset>', async () => {
    expect((await html(iconv.encode(page('gb2312'), 'gbk'))).text).toBe('政府信息公开工作年度报告');
  });
  it('GBK declared by http-equiv Content-Type', async () => {
    const s = '<meta http-equiv="Content-Type" content="text/html; charset=GBK"><p>依申请公开</p>';
    expect((await html(iconv.encode(s, 'gbk'))).text).toBe('依申请公开');
  });
  it('undeclared GB18030 bytes (not valid UTF-8)', async () => {
    expect((await html(iconv.encode('<p>行政复议</p>', 'gb18030'))).text).toBe('行政复议');
  });
  it('declared UTF-8 but the bytes are GBK', async () => {
    const r = await html(iconv.encode(page('utf-8'), 'gbk'));
    expect(r.text).toBe('政府信息公开工作年度报告');
    expect(r.notes.join(' ')).toMatch(/GB18030/);
  });
  it('the GBK page fixture built from seed 002', async () => {
    const r = await extract('seed002-gbk.html', bytesOf(fixture('seed002-gbk.html')));
    expect(r.text).toContain('盐池县大水坑镇');
    expect(r.notes.join(' ')).toMatch(/gb2312/i);
    expect(tableWith(r.tables, '申请人情况').rows[0]).toHaveLength(10);
  });
});

describe('HTML cleaning', () => {
  it('joins words split across spans with no space, &nbsp; → space, <br> → line break', async () => {
    const r = await html(
      '<p class=MsoNormal><span lang=EN-US>2023</span><span style="font-family:宋体">年，全年共审核发布各类公开政府信</span><span>息249条</span></p>' +
        '<p>行政处罚&nbsp;11件<br>行政强制&nbsp;0件</p>',
    );
    expect(r.text).toBe('2023年，全年共审核发布各类公开政府信息249条\n\n行政处罚 11件\n行政强制 0件');
  });
  it('drops source line breaks between Chinese characters but keeps them as spaces in Latin text', async () => {
    const r = await html('<p>政府信息\r\n公开 and\nmore</p>');
    expect(r.text).toBe('政府信息公开 and more');
  });
  it('drops script, style, nav, header/footer, forms and navigation blocks', async () => {
    const r = await html(
      '<header>首页 走进沭阳</header><nav>政务公开</nav><div class="breadcrumb">当前位置</div><script>var a=1;</script>' +
        '<style>p{}</style><form><input value="搜索"></form><p>一、总体情况</p><div id="footer-nav">网站地图</div><footer>版权所有</footer>',
    );
    expect(r.text).toBe('一、总体情况');
  });
  it('drops link menus (lists of short links, link-only bars, camelCase nav classes) and the "today" line', async () => {
    const r = await html(
      '<div class="header-t"><span id="utime">2025年12月30日\t星期二</span></div>' +
        '<div class="mainNav"><p>本站导航</p></div>' +
        '<ul class="clearfix"><li><a href="/">首页</a></li><li><a href="/zjsy">走进沭阳</a></li><li><a href="/bsfw">办事服务</a></li></ul>' +
        '<div class="links"><a href="/a">政务公开</a> | <a href="/b">政民互动</a> | <a href="/c">数据开放</a></div>' +
        '<p>一、总体情况</p><p>2023年，本机关主动公开政府信息249条。</p>',
    );
    expect(r.text).toBe('一、总体情况\n\n2023年，本机关主动公开政府信息249条。');
  });
  it('keeps lists and paragraphs that have words besides their links', async () => {
    const r = await html(
      '<ul><li>一是完善制度，详见<a href="/zd">《信息公开制度》</a>。</li><li>二是加强培训，共培训120人次。</li></ul>' +
        '<p>本报告电子版可在<a href="http://www.shuyang.gov.cn/">沭阳县人民政府网站</a>下载。</p>' +
        '<p>附件：<a href="/f1">1.统计表</a> <a href="/f2">2.说明</a></p>',
    );
    expect(r.text.split('\n\n')).toEqual([
      '一是完善制度，详见《信息公开制度》。',
      '二是加强培训，共培训120人次。',
      '本报告电子版可在沭阳县人民政府网站下载。',
      '附件：1.统计表 2.说明',
    ]);
  });
  it('a page whose only text is hidden is an IngestError', async () => {
    const err = await html('<div style="display:none"><p>一、总体情况</p></div>').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as Error).message).toMatch(/HTML page holds no text/);
  });
  it('a page that breaks the reader (100 000 unclosed <div>s) is an IngestError naming the cause', async () => {
    const err = await html('<div>'.repeat(100_000) + '<p>一、总体情况</p>').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as Error).message).toMatch(/^HTML page could not be read \(malformed file\?\): /);
  });
  it('treats layout tables (holding tables) as blocks, keeps the inner data table', async () => {
    const r = await html(
      '<table><tr><td><p>二、主动公开政府信息情况</p><table border=1><tr><td>行政处罚</td><td>11</td></tr><tr><td>行政强制</td><td>0</td></tr></table></td></tr></table>',
    );
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].rows).toEqual([['行政处罚', '11'], ['行政强制', '0']]);
    expect(r.text).toBe('二、主动公开政府信息情况\n\n行政处罚\t11\n行政强制\t0');
  });
  it('expands rowspan and colspan into a full grid', async () => {
    const r = await html(
      '<table><tr><td rowspan=2>三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>5</td></tr>' +
        '<tr><td>（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr></table>',
    );
    expect(r.tables[0].rows).toEqual([
      ['三、本年度办理结果', '（一）予以公开', '（一）予以公开', '5'],
      ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '0'],
    ]);
    expect(r.tables[0].spanOrigin).toEqual([
      [true, true, false, true],
      [false, true, true, true],
    ]);
    expect(tabLines(r.text)).toEqual(['三、本年度办理结果\t（一）予以公开\t\t5', '\t（三）不予公开\t1.属于国家秘密\t0']);
  });
  it('binary junk named .html is an IngestError', async () => {
    const err = await extract('junk.html', bytesOf(fixture('junk.html'))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as Error).message).toBe('not a text/HTML file: binary content');
  });
});

describe('blank table rows', () => {
  it('keeps a wholly blank row inside a table (a 复议/诉讼 row left empty) and drops blank edge rows', async () => {
    const head = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((t) => `<td>${t}</td>`).join('');
    const blankRow = `<tr>${'<td>&nbsp;</td>'.repeat(15)}</tr>`;
    const page = `<html><body><p>四、政府信息公开行政复议、行政诉讼情况</p><table border="1">
      <tr><td></td></tr>
      <tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
      <tr>${head}${head}${head}</tr>
      ${blankRow}
      <tr><td></td></tr></table></body></html>`;
    const out = await html(page);
    const table = out.tables.find((t) => t.rows.some((row) => row.includes('行政复议')))!;
    expect(table.rows).toHaveLength(3);
    expect(table.rows[2]).toHaveLength(15);
    expect(table.rows[2]!.every((cell) => cell.trim() === '')).toBe(true);
  });
});

describe('collapseInline (the whitespace of one block)', () => {
  const BR = '\u2028'; // what the walker writes for a <br>
  it('makes each run of spaces, tabs, line breaks and no-break spaces one space', () => {
    expect(collapseInline('主动公开 \t\u00a0 政府信息\u00a0491条')).toBe('主动公开 政府信息 491条');
    expect(collapseInline('Open\n  Government\fInformation')).toBe('Open Government Information');
  });
  it('drops a source line break between two CJK characters (HTML wrapping), keeps a space elsewhere', () => {
    expect(collapseInline('政府信息\n   公开')).toBe('政府信息公开');
    expect(collapseInline('政府信息  公开')).toBe('政府信息 公开');
    expect(collapseInline('2024年\n公开')).toBe('2024年公开');
    expect(collapseInline('491\n条')).toBe('491 条');
  });
  it('cuts lines at <br>, trims each (full-width spaces too) and leaves out empty ones', () => {
    expect(collapseInline(`  一、总体情况 ${BR}${BR} \u3000（一）主动公开\u3000 ${BR}  `)).toBe('一、总体情况\n（一）主动公开');
    expect(collapseInline(` \n\u00a0${BR} `)).toBe('');
  });
});
