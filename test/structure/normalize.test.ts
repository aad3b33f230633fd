import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/structure/normalize.js';
import { corpus, corpusTextFiles, readText } from './corpus.js';

const lines = (t: string) => t.split('\n');
const tabLines = (t: string) => lines(t).filter((l) => l.includes('\t'));

describe('D1: page-break splits inside prose are rejoined', () => {
  it('joins a label and its number split over a blank line (000 "政策解读⏎⏎信息 3 条")', () => {
    expect(normalizeText(corpus('000'))).toContain('政策解读信息3条、就业创业信息4条');
  });
  it('joins 004 "政府信息⏎⏎公开年报 40 条" and 001 "在年⏎⏎底举办"', () => {
    expect(normalizeText(corpus('004'))).toContain('政府信息公开年报40条');
    expect(normalizeText(corpus('001'))).toContain('在年底举办“政府开放日”');
  });
  it('does not join a paragraph that ends a sentence', () => {
    const t = normalizeText('加强组织领导，压紧压实责任。\n\n二是加强学习教育，提升履职水平。');
    expect(lines(t)).toEqual(['加强组织领导，压紧压实责任。', '', '二是加强学习教育，提升履职水平。']);
  });
  it('never joins onto a heading or a list item, nor a short heading onto its body', () => {
    const t = normalizeText(
      '确保李俊镇政府信息公开工作\n\n(五)监督保障情况\n\n1. **加强人员保障。**结合领导班子的调整\n\n2. **加强监督考核。**对各村',
    );
    expect(lines(t)).toEqual([
      '确保李俊镇政府信息公开工作',
      '',
      '(五)监督保障情况',
      '',
      '1. 加强人员保障。结合领导班子的调整',
      '',
      '2. 加强监督考核。对各村',
    ]);
    const h = normalizeText('一、总体情况\n上海市科委 2024 年深入贯彻');
    expect(lines(h)).toEqual(['一、总体情况', '上海市科委2024年深入贯彻']);
  });
  it('rejoins hard-wrapped PDF lines (shanghai: "行政复⏎议")', () => {
    const t = normalizeText(corpus('shanghai-kewei-2024'));
    expect(t).toContain('2024年市科委有1件涉及政府信息公开工作的行政复议，该行政复议件未被复议审查机关纠错。涉及的行政诉讼数为0件。');
  });
  it('keeps a label-value row of a table that lost its TABs on its own line', () => {
    const t = normalizeText(corpus('shanghai-kewei-2024'));
    expect(lines(t)).toContain('行政处罚 0');
    expect(lines(t)).toContain('行政强制 0');
  });
});

describe('TAB table rows survive', () => {
  it('keeps every TAB row of every seed with all its TABs (empty cells kept)', () => {
    for (const id of ['000', '001', '002', '003', '004']) {
      const raw = corpus(id);
      const rawRows = tabLines(raw).filter((l) => !/^[\t\s:—-]+$/.test(l) || !/---/.test(l));
      const out = tabLines(normalizeText(raw));
      expect(out.length).toBe(rawRows.filter((l) => !/^[\s\t]*(?:-{3,}[\s\t]*)+$/.test(l)).length);
      for (const row of out) expect(row.length).toBeGreaterThan(0);
    }
    expect(lines(normalizeText(corpus('000')))).toContain('第二十条第(一)项\t\t\t');
    expect(lines(normalizeText(corpus('000')))).toContain('\t\t\t\t\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0');
  });
  it('drops a markdown separator row "---\\t---…" (004, D18) but keeps the data row above it', () => {
    const t = normalizeText(corpus('004'));
    expect(t).not.toMatch(/^-{3}\t/m);
    expect(normalizeText('行政复议\n0\t0\t0\n---\t---\t---\n')).toBe('行政复议\n0\t0\t0');
  });
  it('turns a markdown table row into a TAB row (shanghai)', () => {
    const t = lines(normalizeText(corpus('shanghai-kewei-2024')));
    expect(t).toContain('规范性文件\t13\t0\t55');
    expect(t).toContain('一、本年新收政府信息公开申请数量\t32\t2\t0\t0\t0\t0\t34\t');
    expect(t.some((l) => /^\|?-{3}/.test(l))).toBe(false);
  });
});

describe('page numbers are dropped', () => {
  it('drops "- 3 -", "第3页", "3/12" and a lone number between prose paragraphs, then rejoins the sentence', () => {
    for (const pn of ['- 3 -', '— 12 —', '第3页', '第 3 页 共 12 页', '3/12', '7']) {
      const t = normalizeText(`依法履行公开义务，落实\n\n${pn}\n\n主体责任。`);
      expect(t).toBe('依法履行公开义务，落实主体责任。');
    }
  });
  it('keeps a lone number inside a table area (shanghai "1" before a table row)', () => {
    const t = normalizeText('通知要求缴纳费用\n1\n| 0 | 0 | 0 |\n');
    expect(lines(t)).toContain('1');
  });
});

describe('D2: a title split over lines is joined', () => {
  it('joins organ and "年度报告" lines (001, 002)', () => {
    expect(lines(normalizeText(corpus('001')))[0]).toBe('利通区胜利镇人民政府2020年政府信息公开工作年度报告');
    expect(lines(normalizeText(corpus('002')))[0]).toBe('盐池县大水坑镇2021年政府信息公开工作年度报告');
  });
  it('joins "…政府信息公开工作" + "年度报告" (shanghai) without swallowing the "正文" line', () => {
    const t = lines(normalizeText(corpus('shanghai-kewei-2024')));
    expect(t.slice(0, 2)).toEqual(['正文', '2024年上海市科委政府信息公开工作年度报告']);
  });
});

describe('D3: spaces inside numbers and before units', () => {
  it.each([
    ['主动公开政府信息 3200 余条。', '主动公开政府信息3200余条。'],
    ['四针疫苗接种 34800 万剂次，', '四针疫苗接种34800万剂次，'],
    ['统计期限为 2020 年 1 月 1 日至 2020 年 12 月 31 日', '统计期限为2020年1月1日至2020年12月31日'],
    ['本单位 2021 年收到政府信息公开申请 1 条', '本单位2021年收到政府信息公开申请1条'],
    ['采购总金额 21207.84 万元', '采购总金额21207.84万元'],
    ['共计 1 , 234 件', '共计1,234件'],
  ])('%s', (raw, want) => {
    expect(normalizeText(raw)).toBe(want);
  });
  it('keeps spaces between numbers (cells of a one-line scraped page)', () => {
    const t = normalizeText(corpus('pingtan-2022'));
    expect(t).toContain('0 1 0 0 0 0 0');
    expect(normalizeText('结果维持 0 1 0 0')).toBe('结果维持 0 1 0 0');
  });
});

describe('D5: full-width forms, parentheses and quotes', () => {
  it('maps full-width digits, letters and parentheses to half-width; keeps Chinese punctuation', () => {
    expect(normalizeText('（一）２０２２年，ＡＢＣ：共１５％；好！对？')).toBe('(一)2022年，ABC：共15%；好！对？');
  });
  it('unifies mixed parentheses (000 "（…)")', () => {
    expect(normalizeText(corpus('000'))).toContain('(本列数据的勾稽关系为：第一项加');
    expect(normalizeText(corpus('000'))).toContain('第二项之和，等于第三项加第四项之和)\t自然人');
    expect(normalizeText('（二）依申请公开')).toBe(normalizeText('(二)依申请公开'));
  });
  it('makes a full-width comma or colon inside a number half-width', () => {
    expect(normalizeText('收费１，２３４元，时间12：30')).toBe('收费1,234元，时间12:30');
  });
  it('unifies quote variants to “ ”', () => {
    expect(normalizeText('按照""对全县政务新媒体')).toBe('按照“”对全县政务新媒体');
    expect(normalizeText('突出〝两线并行〞')).toBe('突出“两线并行”');
    expect(normalizeText('3.危及"三安全一稳定"\t0\t0')).toBe('3.危及“三安全一稳定”\t0\t0');
  });
});

describe('D4: markdown residue', () => {
  it('removes **bold** markers (000, 003, 004)', () => {
    expect(normalizeText(corpus('000'))).toContain('1. 加强人员保障。结合领导班子的调整');
    expect(normalizeText(corpus('003'))).not.toContain('**');
  });
  it('unwraps <http://…> autolinks (003)', () => {
    expect(normalizeText(corpus('003'))).toContain('门户网站(http://www.znzf.gov.cn)查阅');
  });
  it('removes a leading # and a stray " | " in prose (000 L72)', () => {
    expect(normalizeText('## 表二：主动公开政府信息情况')).toBe('表二：主动公开政府信息情况');
    expect(normalizeText(corpus('000'))).toContain('第一项加 申请人情况');
    expect(normalizeText(corpus('000'))).not.toMatch(/ \| /);
  });
});

describe('line endings and whitespace', () => {
  it('turns \\r\\n into \\n and trims trailing spaces but not TABs', () => {
    expect(normalizeText('一、总体情况  \r\n\r\n规章\t0\t\t\r\n')).toBe('一、总体情况\n\n规章\t0\t\t');
  });
  it('drops BOM and zero-width characters, maps the ideographic space', () => {
    expect(normalizeText('\uFEFF一、\u200B总体情况\u3000')).toBe('一、总体情况');
  });
  it('is idempotent on every corpus text file', () => {
    for (const [, path] of corpusTextFiles()) {
      const once = normalizeText(readText(path));
      expect(normalizeText(once)).toBe(once);
    }
  });
  it('keeps a scraped one-line page on one body line', () => {
    const t = lines(normalizeText(corpus('pingtan-2021')));
    expect(t.length).toBe(10);
    expect(t[0]).toBe('标题: 平潭综合实验区2021年度政府信息公开工作年度报告');
  });
});

describe('sub-headings and list items', () => {
  it('does not join a numbered sub-heading holding a comma onto its body (shuyang "(三)完善…，加强…")', () => {
    const t = normalizeText('(三)完善公开制度规范，加强政府信息管理\n\n我局所有发布信息均按照规定审核。');
    expect(lines(t)).toEqual(['(三)完善公开制度规范，加强政府信息管理', '', '我局所有发布信息均按照规定审核。']);
  });
  it('joins a list item cut after a comma by a page break', () => {
    expect(normalizeText('(一)加强组织领导，\n\n压紧压实责任。')).toBe('(一)加强组织领导，压紧压实责任。');
  });
});

describe('number separators', () => {
  it.each([
    ['共计1 , 234件', '共计1,234件'],
    ['收费１，２３４元', '收费1,234元'],
    ['编号101，102，103号', '编号101，102，103号'],
    ['分别为12，345，678', '分别为12，345，678'],
    ['1. 2020年，我局', '1. 2020年，我局'],
    ['兑付资金1.95万元', '兑付资金1.95万元'],
  ])('%s → %s', (raw, want) => {
    expect(normalizeText(raw)).toBe(want);
  });
});
