/**
 * Report metadata (organ, year reported on, level, template) and the report verdict.
 * Everything is read from the normalized text: the title (a scraped page's "标题: …" field, or the
 * first line naming a 政府信息公开…年度报告), the statistics period sentence, the preamble and the
 * table markers of report-format.md §1.
 *
 * "Organ as the title writes it" means the body whose report it is, in the title's own words:
 * - "淮安市洪泽区人民政府2024年…" → 淮安市洪泽区人民政府; "2024年上海市科委…" → 上海市科委; "隆德县2020年…" → 隆德县.
 * - A cover notice "X人民政府办公室关于印发Y2021年…年度报告的通知" is read for the report it carries:
 *   the organ is Y. The office only issues the notice.
 * - A title that names no organ: a report title quoted in the preamble, the preamble's "由X编制",
 *   the signature over the date at the end, a page's 发布机构 field — in that order. A government's
 *   general office that compiles or signs the report stands for the government
 *   ("由青阳县人民政府办公室编制" → 青阳县人民政府), as in the real reports whose title names the government
 *   and whose signature names its office. Nothing found → '' (never a guess).
 * The year reported on is the title's year (二〇二一 as well as 2021), else the statistics period,
 * else the year the prose names most; publication and signature dates are never taken.
 */
import { readFileSync } from 'node:fs';
import type { Cell, Level, ReportMeta, Section, TableLayout, Template } from '../types.js';
import { allMatches } from '../regex.js';

/** Names of the prefecture-level cities (data/prefecture-cities.txt), to tell them from county-level cities. */
const PREFECTURE_CITIES: ReadonlySet<string> = new Set(
  readFileSync(new URL('../../data/prefecture-cities.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .flatMap((line) => line.split(/\s+/))
    .filter(Boolean),
);

/** Lines of the head of the document that are searched for a title. */
const TITLE_SEARCH_LINES = 80;
const TITLE_MAX_CHARS = 90;
/** Lines at the very top where a title may have been run together with the paragraph after it. */
const TITLE_PREFIX_LINES = 10;

/**
 * A year as written: 2021, or in Chinese numerals 二〇二一 / 二○二一 / 二零二一 / 二O二一 (group 1).
 * Used inside larger patterns, always followed by 年.
 */
const YEAR = '((?:19|20)\\d{2}|[一二][〇○零OoΟ0一二三四五六七八九]{3})';
const CHINESE_YEAR_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, '零': 0, O: 0, o: 0, 'Ο': 0, '0': 0,
  '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** The number of a year as written ("2021", "二〇二一"), or null when it is no plausible year. */
export function yearValue(written: string): number | null {
  const digits = /^\d{4}$/.test(written) ? written : [...written].map((c) => CHINESE_YEAR_DIGITS[c] ?? '?').join('');
  const y = Number(digits);
  return Number.isInteger(y) && y >= 1980 && y <= 2100 ? y : null;
}

const FIELD_TITLE = /^(?:标题|名称|题目)\s*[:：]\s*(.+)$/;
/** A line that names an annual disclosure report (or a document about one). */
const REPORT_TITLE = /政府信息公开|政务公开|信息公开/;
/** "…年度报告", "…年报", "…工作报告", and the older "关于2012年政府信息公开工作情况的报告". */
const REPORT_WORD = /年度报告|年报|工作报告|情况的?报告/;
/** Titles of letters, notices and the like: documents about reports, not reports. */
const NOT_REPORT_WORDS = '函|通知|请示|批复|意见|决定|公告|通告|通报|方案|要点|总结|计划|办法|规定|指南|目录';
const NOT_REPORT_TITLE = new RegExp(`(?:${NOT_REPORT_WORDS})$`);
/** Explainers of a report ("图解：…年度报告", "一图读懂…", "…年度报告解读"): pages about a report, not the report. */
const EXPLAINER_TITLE = /^(?:图解|一图读懂|解读)|(?:解读|图解)$/;
/** Words a title ends in (a report's or another document's). */
const TITLE_END = new RegExp(`年度报告|年报|工作报告|情况的?报告|${NOT_REPORT_WORDS}`, 'g');

/** Breadcrumbs and navigation lines are never titles. */
const NAVIGATION = /当前位置|首页|您的位置|[>»›]/;
/** Lines that start a sentence of the preamble, or point at an attachment: never titles. */
const NOT_A_TITLE_START = /^(?:根据|本报告|本年度|按照|依据|为了|今年|现将|附件|附：|相关附件|点击|下载)/;
/** What follows a title that lost its line break: the preamble's first words, an addressee, a date,
 *  a scraped page's publication fields. */
const PREAMBLE_OPENER = /^\s*(?:本|根据|依据|按照|为|现将|今年|各|(?:19|20)\d{2}年|一、|发布|来源|日期|时间|浏览|字号|【)/;
/** "图解：X年度报告": a label and a colon before a title. */
const LABELLED_TITLE = /^(?:图解|一图读懂|解读)\s*[:：]\s*/;

function isTitleLine(line: string): boolean {
  return (
    line.length <= TITLE_MAX_CHARS &&
    !line.includes('\t') &&
    !NOT_A_TITLE_START.test(line) &&
    !/[，。；：:]/.test(line.replace(LABELLED_TITLE, '')) &&
    !NAVIGATION.test(line) &&
    REPORT_TITLE.test(line) &&
    (REPORT_WORD.test(line) || NOT_REPORT_TITLE.test(line))
  );
}

/**
 * A title run together with the paragraph after it ("某某镇2020年政府信息公开工作报告本报告依据…",
 * "关于做好…年度报告编制工作的通知各乡镇人民政府，…"): the line's start up to its last title word.
 */
function titlePrefix(line: string): string {
  if (line.includes('\t') || NOT_A_TITLE_START.test(line) || NAVIGATION.test(line)) return '';
  const run = /^[^，。；：:]+/.exec(line)?.[0] ?? '';
  if (run.length === line.length) return '';
  for (const m of allMatches(TITLE_END, run).reverse()) {
    const cand = run.slice(0, m.index! + m[0].length);
    if (cand.length > TITLE_MAX_CHARS || /[《》]/.test(cand) || !REPORT_TITLE.test(cand)) continue;
    if (NOT_REPORT_TITLE.test(cand) || PREAMBLE_OPENER.test(line.slice(cand.length))) return cand;
  }
  return '';
}

/** "首页 > 政务公开 > 年报 X…年度报告 发布时间…": the text after the breadcrumb's last separator, with
 *  without the last step's column name. */
function afterBreadcrumb(line: string): string[] {
  const i = Math.max(line.lastIndexOf('>'), line.lastIndexOf('»'), line.lastIndexOf('›'));
  if (i < 0) return [];
  const rest = line.slice(i + 1).trim();
  // The last step is a column name ("政府信息公开年报", "政务公开") unless it is the title itself.
  return [rest.replace(/^\S{0,10}(?:年报|年度报告|公开|专栏)\s+/, '')].map(cleanTitle).filter(Boolean);
}

/** The document's title as written, or '' when none is found. */
export function findTitle(text: string): string {
  const lines = text.split('\n', TITLE_SEARCH_LINES * 4).slice(0, TITLE_SEARCH_LINES);
  for (const line of lines) {
    const m = FIELD_TITLE.exec(line.trim());
    if (m && m[1]!.trim()) return cleanTitle(m[1]!);
  }
  const candidates: string[] = [];
  let nonBlank = 0;
  for (const raw of lines) {
    const line = cleanTitle(raw);
    if (!line) continue;
    nonBlank++;
    if (isTitleLine(line)) candidates.push(line);
    else if (nonBlank <= TITLE_PREFIX_LINES) {
      // A scraped page's breadcrumb may run into the title: look at what follows its last step.
      for (const part of [line, ...afterBreadcrumb(line)]) {
        const p = isTitleLine(part) ? part : titlePrefix(part);
        if (p) {
          candidates.push(p);
          break;
        }
      }
    }
  }
  // A line with a year and 年度报告 is the title; otherwise the first line naming one.
  const withYear = new RegExp(`${YEAR}\\s*年`);
  return candidates.find((l) => withYear.test(l) && REPORT_WORD.test(l)) ?? candidates[0] ?? '';
}

/**
 * Page furniture that a PDF page header or a site banner leaves run into the front of a title when
 * the line break between them is lost: a date ("2021-01-25", "青阳县人民政府办公室2021年1月25日"), a
 * site or column name ("…门户网站", "…政府信息公开专栏"), a red-head document header with its
 * number ("X人民政府文件丁政〔2021〕5号").
 */
const TITLE_FRONT_FURNITURE: readonly RegExp[] = [
  /^[^，。；]{0,40}?(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})\s*/,
  /^[^，。；]{0,40}?(?:门户网站|网站|专栏|政务网|信息网)\s*/,
  /^[^〔\[]{0,40}?[〔\[](?:19|20)\d{2}[〕\]]\s*\d{1,4}\s*号\s*/,
  /^[^\s，。；]{2,40}?(?:人民政府|办公室|办公厅|局|委员会|委|厅|管委会|管理委员会)文件\s*/,
];

/** Strip what page furniture left at the front, a site-name suffix ("…年度报告-沭阳县发改局") and
 *  stray quotes/brackets. */
function cleanTitle(title: string): string {
  let t = title.trim();
  for (const re of TITLE_FRONT_FURNITURE) {
    const rest = t.replace(re, '');
    // Only when what is left is still a whole title (not "年度报告" alone).
    if (rest !== t && rest.length >= 8 && REPORT_WORD.test(rest) && REPORT_TITLE.test(rest)) t = rest;
  }
  t = t.replace(/^[《“]|[》”]$/g, '');
  const m = /^(.*?(?:年度报告|年报|工作报告))\s*[-—_|｜].*$/.exec(t);
  if (m) t = m[1]!;
  return t.trim();
}

const YEAR_IN_TITLE = new RegExp(`${YEAR}\\s*年度?`);
const YEAR_DU_IN_TITLE = new RegExp(`${YEAR}\\s*年度`);
const TOPIC = /政府信息公开|政务公开|信息公开/;

/** "X人民政府办公室关于印发《Y…年度报告》的通知": the issuer (group 1) and the report's title (group 2). */
const COVER_NOTICE = /^(.*?)关于(?:印发|公布|发布|公开|转发|报送|上报|印送)?[《“]?(.+?(?:年度报告|年报|工作报告))[》”]?的(?:通知|函|报告)$/;

/**
 * Organ as the title writes it: the words before the year (or before 政府信息公开), else the words
 * between the year and 政府信息公开 ("2024年上海市科委政府信息公开工作年度报告").
 *
 * A cover notice ("X人民政府办公室关于印发Y2021年政府信息公开工作年度报告的通知") is read for the report
 * it carries: the organ is Y, whose report it is, not the office that issues the notice. When the
 * report's title names no organ, the issuer is taken, a government's office standing for the
 * government (see governmentOf).
 */
export function organFromTitle(title: string): string {
  if (!title) return '';
  const cover = COVER_NOTICE.exec(title);
  if (cover) return organFromTitle(cover[2]!) || governmentOf(tidyOrgan(cover[1]!));
  const t = title.replace(/^(?:图解|一图读懂|解读)\s*[:：]?\s*/, '').replace(/^关于/, '');
  const y = YEAR_IN_TITLE.exec(t);
  const topic = topicStart(t);
  const firstStop = Math.min(y ? y.index : Infinity, topic >= 0 ? topic : Infinity);
  let organ = Number.isFinite(firstStop) ? t.slice(0, firstStop) : '';
  if (!organ.trim() && y && (topic < 0 || topic > y.index)) {
    const rest = t.slice(y.index + y[0].length);
    const cut = topicStart(rest);
    organ = cut > 0 ? rest.slice(0, cut) : '';
  }
  return tidyOrgan(organ);
}

/** Where the topic words start; in "某某县人民政府信息公开…" the 政府 belongs to the organ. */
function topicStart(t: string): number {
  const i = t.search(TOPIC);
  return i >= 2 && t.slice(i - 2, i) === '人民' && t.startsWith('政府信息公开', i) ? i + 2 : i;
}

function tidyOrgan(organ: string): string {
  return organ
    .replace(/[\s:：,，、—\-_(（]+$/g, '')
    .replace(/关于$/, '')
    .replace(/^[\s:：\d\-/.]+/, '')
    .replace(/\s+/g, '');
}

/**
 * A government's general office compiles, signs and publishes the government's own report
 * ("由青阳县人民政府办公室编制", signature "临川市东湖区人民政府办公室" under 临川市东湖区人民政府's report),
 * so where the office is named only as compiler or signer, the report is the government's.
 */
function governmentOf(organ: string): string {
  return organ.replace(/^(.+人民政府)办公(?:室|厅)$/, '$1');
}

const ORGAN_WORD = '(?:人民政府(?:办公室|办公厅)?|管理委员会|管委会|局|委员会|委|办公室|办公厅|厅|镇|乡|街道办事处|街道|中心)';
/** A date as signed under a report: 2024年1月20日, 二〇二四年一月二十日, 2024-01-20. */
const SIGNED_DATE = `(?:(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日|[一二][〇○零Oo0一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2})`;
const SIGNATURE_WITH_DATE = new RegExp(`^([^，。；：:\\s]{2,30}?${ORGAN_WORD})\\s*${SIGNED_DATE}$`);
const SIGNATURE_ALONE = new RegExp(`^([^，。；：:\\s]{2,30}?${ORGAN_WORD})$`);
const DATE_ALONE = new RegExp(`^${SIGNED_DATE}$`);
const QUOTED_REPORT = /《([^《》\n]{4,60}?(?:年度报告|年报|工作报告))》/g;
const COMPILED_BY = new RegExp(
  `由([^，。；、《》\\s]{2,30}?${ORGAN_WORD})(?:根据[^。；]{0,80}?)?(?:负责|组织)?(?:编制|制作|编写|起草)`,
);
const COMPILES_REPORT = new RegExp(
  `(?:^|[。\\n])([^，。；、《》\\s]{2,30}?${ORGAN_WORD})(?:根据|依据|按照)[^。]{0,120}?(?:编制|制作|编写)(?:了)?本(?:年度)?报告`,
);

/** Organ when the title names none: a report title quoted in the preamble ("现发布《X2022年…年度报告》"),
 *  the preamble's "由X…编制" / "X根据…编制本报告", the signature at the end ("X" over its date, or
 *  "X 2024年1月17日"), or a page's "发布机构: …" field. */
function organFromBody(text: string): string {
  const head = text.slice(0, 3000);
  for (const m of allMatches(QUOTED_REPORT, head)) {
    const organ = organFromTitle(m[1]!);
    if (organ) return organ;
  }
  const by = COMPILED_BY.exec(head) ?? COMPILES_REPORT.exec(head);
  if (by) return governmentOf(tidyOrgan(by[1]!));
  const tail = text
    .slice(-600)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-8);
  for (let i = tail.length - 1; i >= 0; i--) {
    const sig = SIGNATURE_WITH_DATE.exec(tail[i]!);
    if (sig) return governmentOf(tidyOrgan(sig[1]!));
    const alone = SIGNATURE_ALONE.exec(tail[i]!);
    if (alone && i + 1 < tail.length && DATE_ALONE.test(tail[i + 1]!)) return governmentOf(tidyOrgan(alone[1]!));
  }
  const field = /^(?:发布机构|发文机关|单位)\s*[:：]\s*(\S.*)$/m.exec(head);
  if (field) return tidyOrgan(field[1]!);
  return '';
}

const STATS_PERIOD = new RegExp(
  `(?:统计(?:时限|期限|周期|时间|区间|范围)|数据(?:时限|期限|时间)|所列数据)[^。\\n]{0,20}?${YEAR}\\s*年\\s*(?:1|一)\\s*月\\s*(?:1|一)\\s*日`,
);
/** "2021年1月1日至2021年12月31日" written without naming it a statistics period. */
const YEAR_SPAN = new RegExp(
  `${YEAR}\\s*年\\s*(?:1|一)\\s*月\\s*(?:1|一)\\s*日[^。\\n]{0,6}?至\\s*(?:${YEAR}\\s*年\\s*)?(?:12|十二)\\s*月\\s*(?:31|三十一)\\s*日`,
);
/** A year in the prose that is not part of a date ("2023年，我县…", "2023年度"). */
const PROSE_YEAR = new RegExp(`${YEAR}\\s*年(?!\\s*[\\d一二三四五六七八九十]{1,3}\\s*月)`, 'g');

/**
 * The year reported on: the title's year (the one written with 年度 when it has two), else the
 * statistics period, else the year the prose speaks of most often. Dates (publication, signature,
 * a page's 发布时间) are never taken: a report on 2023 is published in 2024.
 */
export function reportedYear(text: string, title: string): number | null {
  for (const re of [YEAR_DU_IN_TITLE, YEAR_IN_TITLE]) {
    const t = re.exec(title);
    const y = t ? yearValue(t[1]!) : null;
    if (y !== null) return y;
  }
  for (const re of [STATS_PERIOD, YEAR_SPAN]) {
    const s = re.exec(text);
    const y = s ? yearValue(s[1]!) : null;
    if (y !== null) return y;
  }
  return mostMentionedYear(text);
}

/** The year the prose names most often (the first of equals), ignoring dates. */
function mostMentionedYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of allMatches(PROSE_YEAR, text)) {
    const y = yearValue(m[1]!);
    if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)!) best = y;
  return best;
}

const PROVINCE_NAMES =
  /^(?:北京|天津|上海|重庆)市(?:人民政府)?$|省(?:人民政府)?$|^(?:内蒙古|广西壮族|西藏|宁夏回族|新疆维吾尔)自治区(?:人民政府)?$/;

/** Administrative level of the issuing body, from its name. */
export function levelOf(organ: string): Level {
  const o = organ.replace(/\s+/g, '');
  if (!o) return 'unknown';
  if (PROVINCE_NAMES.test(o)) return 'province';
  const core = o.replace(/人民政府$/, '').replace(/(?:办事处|管委会|管理委员会)$/, '');
  if (/(?:镇|乡|街道|苏木)$/.test(core)) return 'township';
  // A body of a government: 局, 委, 办, 厅, 中心 … (checked after stripping 人民政府 from the end only).
  if (/(?:局|委员会|委|办公室|办|厅|中心|所|院|站|队|署|处|室|部|会|馆|社|团|集团)$/.test(core) && !/人民政府$/.test(o))
    return 'department';
  if (/(?:县|旗|区)$/.test(core)) return 'county';
  if (/(?:州|盟|地区)$/.test(core)) return 'city';
  if (/市$/.test(core)) {
    // "X市Y市" is a county-level city under a prefecture; otherwise the name decides:
    // 苏州市 is prefecture level (city), 昆山市 / 义乌市 are county level.
    const inner = core.slice(0, -1);
    if (/市/.test(inner)) return 'county';
    const name = inner.replace(/^.*?(?:省|自治区)/, '');
    return PREFECTURE_CITIES.has(name) ? 'city' : 'county';
  }
  return 'unknown';
}

const F2021_NOTICE = /国办公开办函\s*〔\s*2021\s*〕\s*30\s*号/;
const F2021_TEXT_MARKERS = /本年处理决定数量|本年收费金额|本年废止件数|现行有效件数|本年制发件数/;
const F2019_TEXT_MARKERS = /本年新制作数量|上一年项目数量|采购项目数量|其他对外管理服务事项|本年新公开数量/;

/** Provisional template from the text: OLD before 2019, F2021 by notice or table markers, else by year. */
export function provisionalTemplate(text: string, year: number | null, sections: Section[]): { template: Template; evidence: string } {
  if (year !== null && year < 2019) return { template: 'OLD', evidence: `report on ${year}, before the 2019 format` };
  const preambleEnd = sections.length > 0 ? sections[0]!.start : Math.min(text.length, 3000);
  // The 2021 format came out in September 2021: a report on 2019 or 2020 that cites it does so in passing.
  if ((year === null || year >= 2021) && F2021_NOTICE.test(text.slice(0, preambleEnd)))
    return { template: 'F2021', evidence: 'preamble cites 国办公开办函〔2021〕30号' };
  const f21 = F2021_TEXT_MARKERS.exec(text);
  if (f21) return { template: 'F2021', evidence: `table marker ${f21[0]}` };
  if (year !== null) {
    if (year <= 2020) return { template: 'F2019', evidence: `report on ${year}` };
    return { template: 'F2021', evidence: `report on ${year}` };
  }
  const f19 = F2019_TEXT_MARKERS.exec(text);
  if (f19) return { template: 'F2019', evidence: `table marker ${f19[0]}` };
  return { template: 'unknown', evidence: 'no year and no table markers' };
}

/** Organ, year, level and a provisional template (from text markers and year). */
export function readMeta(text: string, sections: Section[]): ReportMeta {
  const title = findTitle(text);
  const organ = organFromTitle(title) || organFromBody(text);
  const year = reportedYear(text, title);
  const { template, evidence } = provisionalTemplate(text, year, sections);
  return { organ, year, template, level: levelOf(organ), templateEvidence: evidence };
}

/** The tables can settle a city's level: only 设区的市 and above make 规章 (立法法), so a "X市" government
 *  that reports 规章 it made or holds is prefecture level, whatever the name list says. */
export function levelFromTables(meta: ReportMeta, cells: readonly Cell[]): Level {
  if (meta.level !== 'county' || !/市(?:人民政府)?$/.test(meta.organ.replace(/\s+/g, ''))) return meta.level;
  const makesRules = cells.some((c) => c.key.startsWith('a1.rules.') && c.status === 'ok' && (c.value ?? 0) > 0);
  return makesRules ? 'city' : meta.level;
}

/** Final template: the tables' own markers first, the year second; OLD before 2019.
 *  A table that mixes both layouts (seed 002: an F2019 header in a 2021 report) says nothing
 *  decisive, so the text's template (notice citation, year) decides then. */
export function decideTemplate(meta: ReportMeta, layout: TableLayout | null): Template {
  if (meta.year !== null && meta.year < 2019) return 'OLD';
  if (!layout || layout.template === 'unknown') return meta.template;
  const mixed = layout.f2019Markers.length > 0 && layout.f2021Markers.length > 0;
  if (mixed && meta.template !== 'unknown' && meta.template !== 'OLD') return meta.template;
  return layout.template;
}

/** A link to the report as a file, or words offering one. */
const ATTACHMENT = /(?:附件|相关附件|点击下载|下载|点击查看)\s*[:：]?|\.(?:pdf|docx?|wps|ofd|xlsx?|zip|rar)\b/i;
/** Page furniture: header fields, navigation, attachment links, print/close buttons. */
const FURNITURE_LINE = /^(?:标题|发布时间|发布日期|成文日期|文号|发文字号|发布机构|发文机关|来源|栏目|原文链接|索引号|主题分类|公开日期|浏览次数|字号|分享|=+)|当前位置|首页|您的位置|[>»›]|【[^】]{1,4}】/;
/** A report's text runs to thousands of characters; a page with less than this beside its furniture holds none. */
const MIN_REPORT_CHARS = 150;

/** Chinese characters the document holds beside its title, page furniture and attachment links. */
function contentChars(text: string, title: string): number {
  let n = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || FURNITURE_LINE.test(line) || ATTACHMENT.test(line)) continue;
    const rest = title ? line.split(title).join('') : line;
    n += (rest.match(/[\u4e00-\u9fff]/g) ?? []).length;
  }
  return n;
}

/** Whether the document is an annual report at all (else status not_report), with the reason. */
export function reportVerdict(text: string, sections: Section[]): { isReport: boolean; reason: string } {
  if (text.trim() === '') return { isReport: false, reason: 'the document has no text' };
  const title = findTitle(text);
  // A cover notice that carries the whole report (most section headings present) still counts.
  const coverWithReport = REPORT_WORD.test(title) && sections.length >= 4;
  const explainer = EXPLAINER_TITLE.exec(title);
  if (explainer)
    return { isReport: false, reason: `title "${title}" names a ${explainer[0]} of a report, not the annual report itself` };
  if (title && NOT_REPORT_TITLE.test(title) && !/(?:年度报告|年报)$/.test(title) && !coverWithReport) {
    const kind = NOT_REPORT_TITLE.exec(title)![0];
    return { isReport: false, reason: `title "${title}" names a ${kind}, not an annual report on government information disclosure` };
  }
  // A page that announces the report and links to it as a file, without its text.
  if (sections.length < 2 && contentChars(text, title) < MIN_REPORT_CHARS) {
    const link = text.split('\n').find((l) => ATTACHMENT.test(l));
    if (link && (title || REPORT_WORD.test(text))) return { isReport: false, reason: `the page only links to the report (${link.trim().slice(0, 80)}), it does not carry its text` };
    if (title) return { isReport: false, reason: `the document holds the title "${title}" but not the report's text` };
  }
  if (title && REPORT_WORD.test(title)) return { isReport: true, reason: '' };
  if (sections.length >= 3) return { isReport: true, reason: '' };
  return {
    isReport: false,
    reason: `no title naming a 政府信息公开工作年度报告 and only ${sections.length} of the six section headings found`,
  };
}
