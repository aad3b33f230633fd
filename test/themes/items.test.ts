import { describe, expect, it } from 'vitest';
import { itemsOfText, problemItems } from '../../src/themes/index.js';
import { normalizeText } from '../../src/structure/normalize.js';
import { splitProblems, topList } from '../../src/themes/split.js';
import { corpusText, reportOf, sectionBody } from './reports.js';

function seedReport(name: string) {
  return reportOf(name, corpusText(`seeds/${name}.txt`));
}

const problems = (items: ReturnType<typeof problemItems>) => items.filter((i) => i.part === 'problem');
const improvements = (items: ReturnType<typeof problemItems>) => items.filter((i) => i.part === 'improvement');

describe('section 五 into items', () => {
  it('一是… items after an intro, then a transition sentence opening the improvement part (seed 000)', () => {
    const items = problemItems(seedReport('000_c38e258c7dab84f9'));
    expect(problems(items).map((i) => i.text)).toEqual([
      '思想认识不够深入，一些信息内容质量不高，存在“有就行”的思想误区',
      '个别站所重视程度不够，主动公开的意识不强',
      '公开内容不够全面，部分内容公开不够及时',
    ]);
    expect(improvements(items).map((i) => i.text.slice(0, 8))).toEqual(['加强理论学习。提', '建立完善长效工作', '强化日常监督。加']);
    expect(items.map((i) => i.itemNo)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(items[0]!.words.join('')).toBe(items[0]!.text.replace(/\s/g, ''));
    expect(items[0]!.words.length).toBeGreaterThan(5);
  });

  it('one unmarked sentence cut where 下一步 starts, improvements marked (一)(二)(三) (seed 001)', () => {
    const items = problemItems(seedReport('001_d290f62a263f4c0c'));
    expect(problems(items).map((i) => i.text)).toEqual([
      '目前我镇政务信息公开在更新总量、公开范围、公开形式、基础性工作等方面仍存在不足',
    ]);
    const imp = improvements(items);
    expect(imp).toHaveLength(3);
    // the item crossing a line break ("通过\n\n学习") is joined
    expect(imp[0]!.text).toContain('责任意识；通过学习，进一步准确把握');
    expect(imp[2]!.text.startsWith('加强政务信息公开网站建设')).toBe(true);
  });

  it('one paragraph with 一是…；二是…；三是… in both parts (seed 002)', () => {
    const items = problemItems(seedReport('002_4daef53b78f10346'));
    expect(problems(items).map((i) => i.text)).toEqual([
      '干部对政府信息公开工作认识不一，有待进一步提高',
      '公开信息内容广度和深度还不够，主动公开力度有待进一步加大',
      '公开形式单一，有待进一步拓展',
    ]);
    expect(improvements(items)).toHaveLength(3);
    expect(improvements(items)[0]!.text.startsWith('进一步加强政府信息公开工作理论学习')).toBe(true);
  });

  it('(一)存在的主要问题 / (二)改进情况 sub-headings with bold-marked 一是 (seed 003)', () => {
    const items = problemItems(seedReport('003_b4cc88434c90d8f5'));
    expect(problems(items).map((i) => i.text)).toEqual([
      '公开意识及重视程度还有待进一步提升。在政务新媒体方面存在重建设、轻管理问题，内容更新不及时',
      '政府信息公开制度化规范化方面需要进一步完善',
      '政务公开宣传力度不够，发布的信息质量有待提高',
    ]);
    expect(improvements(items).map((i) => i.text.slice(0, 10))).toEqual([
      '进一步提高政治站位，',
      '进一步规范工作流程。',
      '加大宣传力度，提升稿',
    ]);
  });

  it('titled items ("一是信息公开主体整体意识不强。…") under (一)存在问题 / (二)改进措施 (seed 004)', () => {
    const items = problemItems(seedReport('004_5ef633064578115e'));
    const p = problems(items);
    expect(p).toHaveLength(3);
    expect(p[0]!.text.startsWith('信息公开主体整体意识不强。各单位对政府信息公开重要性认识不够')).toBe(true);
    expect(p[2]!.text.endsWith('现有信息化平台很难适应公开的新要求')).toBe(true);
    // the improvement preamble ("…重点做好以下几个方面工作：") is an intro, not an item
    expect(improvements(items).map((i) => i.text.slice(0, 8))).toEqual(['拓展政务公开广度。', '延伸政务公开深度。', '提升政务公开温度。'].map((s) => s.slice(0, 8)));
    // "第一时间公开" inside an item is no 第一 marker
    expect(improvements(items)[1]!.text).toContain('第一时间公开');
  });

  it('unmarked sentences in a one-line scraped page (pingtan-2021)', () => {
    const report = reportOf('pingtan-2021', corpusText('real/pingtan-2021.txt'));
    const items = problemItems(report);
    expect(problems(items).map((i) => i.text)).toEqual([
      '政策解读形式不够丰富，未能充分运用数字化、图表图解等方式通俗易懂地解读政策文件',
      '政务公开质量水平有待提高，政务公开渠道有限，在利用政务新媒体开展宣传方面还难以满足群众需要',
    ]);
    expect(improvements(items)).toHaveLength(3);
    expect(items.at(-1)!.text.endsWith('充分发挥政府网站和政务新媒体作用')).toBe(true);
  });

  it('clauses separated by ； when nothing is numbered (shuyang-fgj-2023)', () => {
    const body =
      '（一）存在的主要问题。各科室人员信息公开意识有所松懈，部门文件、新政策发布及解读工作主动性不强；政民互动栏目网民留言回复效率有待提高；信息公开队伍专业化能力建设有待进一步提升。\n' +
      '（二）整改措施。为进一步规范并加大政府信息公开工作，2023年我局加大贯彻落实新《条例》和有关文件精神的工作力度，一是完善主动公开信息联动机制，增强全体干部职工政府信息主动公开主动性和时效性，提高机关信息工作人员的业务水平和能力。二是进一步加强平台建设，加大新媒体公开政府信息的力度，丰富新媒体政务信息公开工作的形式，更好地服务民生，服务公众。';
    const items = itemsOfText(normalizeText(body));
    expect(problems(items).map((i) => i.text)).toEqual([
      '各科室人员信息公开意识有所松懈，部门文件、新政策发布及解读工作主动性不强',
      '政民互动栏目网民留言回复效率有待提高',
      '信息公开队伍专业化能力建设有待进一步提升',
    ]);
    expect(improvements(items).map((i) => i.text.slice(0, 6))).toEqual(['完善主动公开', '进一步加强平']);
  });

  it('a "主要是：a，b，c" list, and an improvement part opened by "针对存在问题，…将…" (hongze-2024)', () => {
    const body =
      '2024年，全区政府信息公开工作虽取得一定成绩，但对照上级要求和群众期盼，仍存在一些不足，主要是：个别部门对复杂申请件的研判能力不足，答复文书规范性有待提升，疑难问题协调处理机制尚需完善，政策解读的形式还不够丰富，政务新媒体运维管理还需加强等。\n\n' +
      '针对存在问题，2025年我们将切实抓好以下工作：一是扎实推进依申请公开工作，全面梳理和优化工作流程、健全工作机制、强化部门协同配合，全面提升政府信息依申请公开规范化、专业化水平。二是加强对典型案例的研究、梳理和汇总。三是继续加强业务指导培训，实行政府信息公开工作人员跟班学习制度，不断提高各单位政府信息公开工作人员的思想认识和业务工作水平。';
    const items = itemsOfText(body);
    expect(problems(items).map((i) => i.text)).toEqual([
      '个别部门对复杂申请件的研判能力不足',
      '答复文书规范性有待提升',
      '疑难问题协调处理机制尚需完善',
      '政策解读的形式还不够丰富',
      '政务新媒体运维管理还需加强等',
    ]);
    expect(problems(items)[4]!.themes).toEqual(['platform']);
    expect(improvements(items).map((i) => i.text.slice(0, 6))).toEqual(['扎实推进依申', '加强对典型案', '继续加强业务']);
  });

  it('1. and 第一， markers (seed 000 sentences renumbered)', () => {
    const arabic = '存在以下问题：\n1.思想认识不够深入，一些信息内容质量不高。\n2.个别站所重视程度不够，主动公开的意识不强。\n3.公开内容不够全面，部分内容公开不够及时。';
    expect(splitProblems(arabic).map((i) => i.text)).toEqual([
      '思想认识不够深入，一些信息内容质量不高',
      '个别站所重视程度不够，主动公开的意识不强',
      '公开内容不够全面，部分内容公开不够及时',
    ]);
    const di = '第一，思想认识不够深入，一些信息内容质量不高；第二，个别站所重视程度不够，主动公开的意识不强。';
    expect(splitProblems(di).map((i) => i.text)).toEqual(['思想认识不够深入，一些信息内容质量不高', '个别站所重视程度不够，主动公开的意识不强']);
    // a decimal is no marker
    expect(topList('收费1.5万元，共2.3万元')).toEqual([]);
  });

  it('a numbering that restarts at 1 opens the improvement part when no cue says so', () => {
    const body =
      '一是公开形式单一，有待进一步拓展；二是政务公开宣传力度不够。一是进一步创新公开方法，丰富公开形式和内容；二是加大宣传力度，提升稿件质量。';
    const items = splitProblems(body);
    expect(items.map((i) => [i.part, i.text])).toEqual([
      ['problem', '公开形式单一，有待进一步拓展'],
      ['problem', '政务公开宣传力度不够'],
      ['improvement', '进一步创新公开方法，丰富公开形式和内容'],
      ['improvement', '加大宣传力度，提升稿件质量'],
    ]);
  });

  it('"有待改进" inside the problem intro does not open the improvement part', () => {
    const report = seedReport('002_4daef53b78f10346');
    const body = sectionBody(report, 'problems');
    expect(body).toContain('但仍存在以下问题有待改进：');
    expect(problems(itemsOfText(body))).toHaveLength(3);
  });

  it('a year-and-将 clause before any problem is stated opens no improvement part', () => {
    const body = '2022年，我镇将政府信息公开作为重点工作，取得了一定成效，但也存在着一些不足之处：一是公开意识及重视程度还有待进一步提升；二是政务公开宣传力度不够。下一步，我镇将加大宣传力度。';
    const items = splitProblems(body);
    expect(items.map((i) => i.part)).toEqual(['problem', 'problem', 'improvement']);
    expect(items[2]!.text).toBe('下一步，我镇将加大宣传力度');
  });

  it('offsets point into the report text', () => {
    const report = seedReport('000_c38e258c7dab84f9');
    const section = report.sections.find((s) => s.id === 'problems')!;
    const raw = splitProblems(report.text.slice(section.bodyStart, section.end), section.bodyStart);
    expect(report.text.slice(raw[1]!.start, raw[1]!.end)).toContain('个别站所重视程度不够');
  });

  it('no section 五: no items; an empty section: no items', () => {
    const report = reportOf('notreport', corpusText('real/pingtan-2014-notreport.txt'));
    expect(report.sections.find((s) => s.id === 'problems')).toBeUndefined();
    expect(problemItems(report)).toEqual([]);
    expect(itemsOfText('\n\n')).toEqual([]);
  });
});

describe('section 五 shapes not in the corpus', () => {
  const parts = (body: string) => {
    const items = splitProblems(body);
    return {
      problem: items.filter((i) => i.part === 'problem').map((i) => i.text),
      improvement: items.filter((i) => i.part === 'improvement').map((i) => i.text),
    };
  };
  const shapes: Array<[string, string, string[], string[]]> = [
    ['一是… titled items, 一是 restarting for the improvements',
      '一是公开意识不强。部分单位对政务公开工作重视不够。二是公开内容不够全面。一是加强学习培训。二是拓展公开内容。',
      ['公开意识不强。部分单位对政务公开工作重视不够', '公开内容不够全面'], ['加强学习培训', '拓展公开内容']],
    ['(一)(二) items, 下一步 then (一)(二) again',
      '（一）政府网站栏目更新不及时，存在空白栏目。（二）政策解读形式较为单一。下一步，我局将：（一）加强网站管理。（二）丰富解读形式。',
      ['政府网站栏目更新不及时，存在空白栏目', '政策解读形式较为单一'], ['加强网站管理', '丰富解读形式']],
    ['1.…；2.… with a 下一步工作打算： heading',
      '1.政务公开工作人员多为兼职，业务水平有待提高；2.宣传培训不够，群众知晓率不高。下一步工作打算：1.配齐配强工作力量；2.加大宣传培训力度。',
      ['政务公开工作人员多为兼职，业务水平有待提高', '宣传培训不够，群众知晓率不高'], ['配齐配强工作力量', '加大宣传培训力度']],
    ['第一，…第二，… in both parts',
      '第一，部分单位对政务公开工作重视不够；第二，依申请公开答复文书不够规范。针对上述问题，我们将：第一，强化思想认识；第二，规范答复文书。',
      ['部分单位对政务公开工作重视不够', '依申请公开答复文书不够规范'], ['强化思想认识', '规范答复文书']],
    ['one paragraph 主要问题：… 改进措施：…',
      '主要问题：政务新媒体管理不够规范，信息发布审核把关不严。改进措施：建立健全政务新媒体管理制度，严格落实三审三校制度。',
      ['政务新媒体管理不够规范，信息发布审核把关不严'], ['建立健全政务新媒体管理制度，严格落实三审三校制度']],
    ['(一)存在的主要问题 / (二)改进情况 as lines',
      '（一）存在的主要问题\n1.制度建设有待完善。\n2.回应社会关切不够及时。\n（二）改进情况\n1.完善工作制度。\n2.及时回应关切。',
      ['制度建设有待完善', '回应社会关切不够及时'], ['完善工作制度', '及时回应关切']],
    ['一、存在的主要问题 / 二、改进情况 with (一)(二) inside',
      '一、存在的主要问题\n（一）公开意识不强。部分单位重视不够。\n（二）公开形式单一。\n二、改进情况\n（一）提高思想认识。\n（二）丰富公开形式。',
      ['公开意识不强。部分单位重视不够', '公开形式单一'], ['提高思想认识', '丰富公开形式']],
    ['2022年存在的问题… 2023年工作打算…',
      '2022年存在的问题：一是公开平台功能不完善，检索不便；二是基层政务公开标准化规范化建设推进不够平衡。2023年工作打算：一是优化平台功能；二是推进基层标准化建设。',
      ['公开平台功能不完善，检索不便', '基层政务公开标准化规范化建设推进不够平衡'], ['优化平台功能', '推进基层标准化建设']],
    ['问题一：… 措施一：…',
      '问题一：公开内容不够全面。问题二：公开不够及时。措施一：拓展公开内容。措施二：及时公开。',
      ['公开内容不够全面', '公开不够及时'], ['拓展公开内容', '及时公开']],
    ['a bare 下一步工作计划 line',
      '存在问题：政策解读形式单一，解读质量有待提高。\n下一步工作计划\n1.丰富解读形式。\n2.提高解读质量。',
      ['政策解读形式单一，解读质量有待提高'], ['丰富解读形式', '提高解读质量']],
    ['only what will be done', '下一步，我办将继续加强政务公开工作，不断提高公开质量。', [], ['下一步，我办将继续加强政务公开工作，不断提高公开质量']],
    ['无', '无。', [], []],
    ['无 under both sub-headings', '（一）存在的主要问题\n无。\n（二）改进情况\n无。', [], []],
    ['本年度暂无相关问题', '本年度暂无相关问题。', [], []],
    ['bare headings only', '存在的主要问题\n\n改进措施\n', [], []],
  ];
  for (const [name, body, problem, improvement] of shapes) {
    it(name, () => {
      expect(parts(body)).toEqual({ problem, improvement });
    });
  }

  it('each problem followed by its remedy in the same paragraph (unseen ap-scjgj-2020, 对此，我局将…)', () => {
    const body =
      '我局政府信息公开工作虽取得一定成效，但仍存在一些不足：一是主动公开的深度和广度不够，部分涉企信息公开不够全面。对此，我局将梳理完善主动公开目录，扩大涉企信息公开范围。二是政务公开考核机制不健全，对下属单位监督检查不够。对此，我局将完善考核办法，开展常态化检查。三是信息公开宣传力度不够，群众对依申请公开渠道知晓度不高。对此，我局将通过多种渠道宣传依申请公开途径。';
    const items = itemsOfText(body, 100);
    expect(items.map((i) => [i.part, i.text])).toEqual([
      ['problem', '主动公开的深度和广度不够，部分涉企信息公开不够全面'],
      ['improvement', '对此，我局将梳理完善主动公开目录，扩大涉企信息公开范围'],
      ['problem', '政务公开考核机制不健全，对下属单位监督检查不够'],
      ['improvement', '对此，我局将完善考核办法，开展常态化检查'],
      ['problem', '信息公开宣传力度不够，群众对依申请公开渠道知晓度不高'],
      ['improvement', '对此，我局将通过多种渠道宣传依申请公开途径'],
    ]);
    expect(items.map((i) => i.itemNo)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(problems(items).map((i) => i.themes)).toEqual([['coverage'], ['institution', 'supervision'], ['publicity']]);
    // offsets of the cut items point into the body
    const raw = splitProblems(body, 100);
    expect(body.slice(raw[1]!.start - 100, raw[1]!.end - 100)).toMatch(/^对此，我局将梳理/);
    expect(body.slice(raw[2]!.start - 100, raw[2]!.end - 100)).toMatch(/^政务公开考核机制不健全/);
  });

  it('"针对这一问题，…" and "下一步，…" after each item; 下一步 inside item 一 does not end the problem part', () => {
    const body =
      '（一）政府网站栏目更新不及时。针对这一问题，我办将建立栏目巡查制度。（二）政策解读形式单一。下一步，将多用图解、视频解读。（三）工作人员多为兼职。下一步，我办将配齐专职人员，同时加强业务培训。';
    expect(parts(body)).toEqual({
      problem: ['政府网站栏目更新不及时', '政策解读形式单一', '工作人员多为兼职'],
      improvement: ['针对这一问题，我办将建立栏目巡查制度', '下一步，将多用图解、视频解读', '下一步，我办将配齐专职人员，同时加强业务培训'],
    });
    expect(splitProblems(body).map((i) => i.part)).toEqual(['problem', 'improvement', 'problem', 'improvement', 'problem', 'improvement']);
  });

  it('unnumbered problems each followed by a remedy; "同时，…" continues the remedy', () => {
    const body = '政务新媒体管理不够规范。对此，我局将制定新媒体管理办法。同时，开展新媒体常态化检查。依申请公开答复文书不够规范。为此，我局将统一答复文书模板。';
    expect(splitProblems(body).map((i) => [i.part, i.text])).toEqual([
      ['problem', '政务新媒体管理不够规范'],
      ['improvement', '对此，我局将制定新媒体管理办法。同时，开展新媒体常态化检查'],
      ['problem', '依申请公开答复文书不够规范'],
      ['improvement', '为此，我局将统一答复文书模板'],
    ]);
  });

  it('"我局将…" is a remedy after a problem, but not when the sentence states a shortcoming', () => {
    expect(parts('1.公开内容不够全面。我局将进一步梳理公开目录。2.公开不够及时。我局将建立发布提醒机制。')).toEqual({
      problem: ['公开内容不够全面', '公开不够及时'],
      improvement: ['我局将进一步梳理公开目录', '我局将建立发布提醒机制'],
    });
    expect(parts('我局将政务公开纳入年度考核，但考核结果运用不够充分。信息发布审核把关不严。下一步，我局将严格落实三审三校制度。')).toEqual({
      problem: ['我局将政务公开纳入年度考核，但考核结果运用不够充分', '信息发布审核把关不严'],
      improvement: ['下一步，我局将严格落实三审三校制度'],
    });
  });

  it('a remedy after the last item only is the improvement part, not an interleaved list', () => {
    expect(parts('一是公开形式单一；二是宣传力度不够。下一步，我局将丰富公开形式，加大宣传力度。')).toEqual({
      problem: ['公开形式单一', '宣传力度不够'],
      improvement: ['下一步，我局将丰富公开形式，加大宣传力度'],
    });
  });

  it('no item is empty or a bare heading, in any shape', () => {
    for (const [, body] of shapes) {
      for (const item of splitProblems(body)) {
        expect(item.text.replace(/[\s\p{P}]/gu, '').length).toBeGreaterThanOrEqual(4);
        expect(item.text).not.toMatch(/^(?:存在的?主要问题|主要问题|改进措施|改进情况|下一步工作计划)$/);
      }
    }
  });

  it('"无专门人员" is a problem, not a report of none', () => {
    expect(parts('无专门信息公开人员，工作力量薄弱。').problem).toEqual(['无专门信息公开人员，工作力量薄弱']);
  });
});
