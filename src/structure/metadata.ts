/**
 * Report metadata (organ, year reported on, level, template) and the report verdict.
 * Everything is read from the normalized text: the title (a scraped page's "标题: …" field, or the
 * first line naming a 政府信息公开…年度报告), the statistics period sentence, the preamble and the
 * table markers of report-format.md §1.
 */
import { readFileSync } from 'node:fs';
import type { Cell, Level, ReportMeta, Section, TableLayout, Template } from '../types.js';

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

const FIELD_TITLE = /^(?:标题|名称|题目)\s*[:：]\s*(.+)$/;
/** A line that names an annual disclosure report (or a document about one). */
const REPORT_TITLE = /政府信息公开|政务公开|信息公开/;
const REPORT_WORD = /年度报告|年报|工作报告/;
/** Titles of letters, notices and the like: documents about reports, not reports. */
const NOT_REPORT_TITLE = /(?:函|通知|请示|批复|意见|决定|公告|通告|通报|方案|要点|总结|计划|办法|规定|指南|目录)$/;

/** Breadcrumbs and navigation lines are never titles. */
const NAVIGATION = /当前位置|首页|您的位置|[>»›]/;

/** The document's title as written, or '' when none is found. */
export function findTitle(text: string): string {
  const lines = text.split('\n', TITLE_SEARCH_LINES * 4).slice(0, TITLE_SEARCH_LINES);
  for (const line of lines) {
    const m = FIELD_TITLE.exec(line.trim());
    if (m && m[1]!.trim()) return cleanTitle(m[1]!);
  }
  const candidates = lines
    .map((l) => l.trim())
    .filter(
      (line) =>
        line &&
        !line.includes('\t') &&
        line.length <= TITLE_MAX_CHARS &&
        !/^(?:根据|本报告|本年度|按照|依据|为了|今年|现将)/.test(line) &&
        !/[，。；]/.test(line) &&
        !NAVIGATION.test(line) &&
        REPORT_TITLE.test(line) &&
        (REPORT_WORD.test(line) || NOT_REPORT_TITLE.test(line)),
    );
  // A line with a year and 年度报告 is the title; otherwise the first line naming one.
  const best = candidates.find((l) => /(?:19|20)\d{2}/.test(l) && REPORT_WORD.test(l)) ?? candidates[0];
  return best ? cleanTitle(best) : '';
}

/** Strip a site-name suffix ("…年度报告-沭阳县发改局") and stray quotes/brackets. */
function cleanTitle(title: string): string {
  let t = title.trim().replace(/^[《“]|[》”]$/g, '');
  const m = /^(.*?(?:年度报告|年报|工作报告))\s*[-—_|｜].*$/.exec(t);
  if (m) t = m[1]!;
  return t.trim();
}

const YEAR_IN_TITLE = /((?:19|20)\d{2})\s*年度?/;

/** Organ as the title writes it: the words before the year (or before 政府信息公开), else the words
 *  between the year and 政府信息公开 ("2024年上海市科委政府信息公开工作年度报告"). */
export function organFromTitle(title: string): string {
  if (!title) return '';
  const t = title.replace(/^关于/, '');
  const y = YEAR_IN_TITLE.exec(t);
  const topic = t.search(/政府信息公开|政务公开|信息公开/);
  const firstStop = Math.min(y ? y.index : Infinity, topic >= 0 ? topic : Infinity);
  let organ = Number.isFinite(firstStop) ? t.slice(0, firstStop) : '';
  if (!organ.trim() && y && (topic < 0 || topic > y.index)) {
    const rest = t.slice(y.index + y[0].length);
    const cut = rest.search(/政府信息公开|政务公开|信息公开/);
    organ = cut > 0 ? rest.slice(0, cut) : '';
  }
  return tidyOrgan(organ);
}

function tidyOrgan(organ: string): string {
  return organ.replace(/[\s:：,，、—\-_(（]+$/g, '').replace(/^[\s:：]+/, '').replace(/\s+/g, '');
}

const ORGAN_WORD = '(?:人民政府(?:办公室|办公厅)?|管理委员会|管委会|局|委员会|委|办公室|办公厅|厅|镇|乡|街道办事处|街道|中心)';

/** Organ when the title names none: a page's "发布机构: …" field, the preamble's "本报告由X…编制",
 *  or the signature line "X 2024年1月17日" at the end. */
function organFromBody(text: string): string {
  const head = text.slice(0, 3000);
  const field = /^(?:发布机构|发文机关|单位)\s*[:：]\s*(\S.*)$/m.exec(head);
  if (field) return tidyOrgan(field[1]!);
  const by = new RegExp(`本报告由(.{2,30}?${ORGAN_WORD})(?:根据|依据|按照|编制|组织)`).exec(head);
  if (by) return tidyOrgan(by[1]!);
  const tail = text.slice(-400).trim().split('\n').map((l) => l.trim()).filter(Boolean);
  for (const line of tail.reverse().slice(0, 3)) {
    const sig = new RegExp(`^(.{2,30}?${ORGAN_WORD})\\s*(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日$`).exec(line);
    if (sig) return tidyOrgan(sig[1]!);
  }
  return '';
}

const STATS_PERIOD =
  /(?:统计(?:时限|期限|周期|时间|区间)|数据(?:时限|期限)|所列数据)[^。\n]{0,20}?((?:19|20)\d{2})年\s*1\s*月\s*1\s*日/;

/** The year reported on: the title's year, else the statistics period, else the first year in the text. */
export function reportedYear(text: string, title: string): number | null {
  // "2023年X局2022年度…报告": the year written with 年度 is the one reported on.
  const t = /((?:19|20)\d{2})\s*年度/.exec(title) ?? YEAR_IN_TITLE.exec(title);
  if (t) return Number(t[1]);
  const s = STATS_PERIOD.exec(text);
  if (s) return Number(s[1]);
  const first = /((?:19|20)\d{2})\s*年/.exec(text.slice(0, 4000));
  return first ? Number(first[1]) : null;
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
  if (F2021_NOTICE.test(text.slice(0, preambleEnd))) return { template: 'F2021', evidence: 'preamble cites 国办公开办函〔2021〕30号' };
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

/** Whether the document is an annual report at all (else status not_report), with the reason. */
export function reportVerdict(text: string, sections: Section[]): { isReport: boolean; reason: string } {
  if (text.trim() === '') return { isReport: false, reason: 'the document has no text' };
  const title = findTitle(text);
  // A cover notice that carries the whole report (most section headings present) still counts.
  const coverWithReport = REPORT_WORD.test(title) && sections.length >= 4;
  if (title && NOT_REPORT_TITLE.test(title) && !/(?:年度报告|年报)$/.test(title) && !coverWithReport) {
    const kind = NOT_REPORT_TITLE.exec(title)![0];
    return { isReport: false, reason: `title "${title}" names a ${kind}, not an annual report on government information disclosure` };
  }
  if (title && REPORT_WORD.test(title)) return { isReport: true, reason: '' };
  if (sections.length >= 3) return { isReport: true, reason: '' };
  return {
    isReport: false,
    reason: `no title naming a 政府信息公开工作年度报告 and only ${sections.length} of the six section headings found`,
  };
}
