/**
 * What a number counts: a few segmented words of its own clause, just before the number
 * ("通过“中国上海”门户网站发布政策解读共132件" → "政策解读", "进行行政处罚11件" → "行政处罚"), or just after
 * it when the words before are only a verb or an attribute ("共收到70件申请" → "申请",
 * "处于正常运行状态的70家政府网站" → "政府网站"). Words never start mid-word: they come from the segmenter.
 */
import { segment } from '../structure/segment.js';
import type { Token } from '../types.js';
import { allMatches } from '../regex.js';

/** A word segmenter: `segment`, or one answering from words cut beforehand (`presegmented`). */
export type Cut = (text: string, offset?: number) => Token[];

/** A subject longer than this (in characters) is cut back to whole words. */
const MAX_SUBJECT = 10;

/** Function words and qualifiers stripped from the end of the words before a number ("共计38次"). */
const TRAILING = /(?:共计|共有|共|累计|合计|总计|约为|约|近|超过|逾|将近|大约|达到|达|分别为|分别|为|有|是|数为|了|等)+$/;

/** Words that end a subject: what stands before them is not part of what is counted. */
const STOP_WORDS = new Set([
  '通过', '共', '共计', '共有', '累计', '合计', '总计', '其中', '包括', '含', '另有', '另', '对', '在', '向', '将', '由', '经', '从',
  '于', '为', '是', '有', '达', '占', '及时', '依法', '依规', '依法依规', '均', '已', '已经', '全部', '全年', '本年', '本年度', '年度',
  '今年', '当年', '年内', '我', '本', '各', '代表', '因', '因本', '原因', '按照', '根据', '依据', '围绕', '针对', '其', '并', '还', '又',
  '同时', '此外', '另外', '先后', '全区', '全县', '全市', '全镇', '全省', '我局', '我委', '我办', '我镇', '我区', '我县', '我市',
  '本机关', '本单位', '本部门', '被', '等', '的', '了', '和', '及', '与', '以及', '或', '就', '把', '给', '让', '使', '以', '按', '依照',
  '年', '月', '日', '以上', '以下', '左右', '每季度', '每月', '每年', '每周', '截至', '截止', '期间', '以来', '目前', '现', '仍', '尚', '即', '亦', '也', '都', '总共', '一共',
]);

/** Time words: "2019年", "10月", "第1季度" stand outside what is counted. */
const TIME_WORD = /^(?:\d{2,4}年度?|[一二〇零]{4}年|\d{1,2}月份?|\d{1,2}日|上半年|下半年|季度|年底|年初|年末)$/;

/** Dates and years written out: "2024年", "12月31日", "2020年度". */
const DATE = /(?:\d{2,4}|[一二〇零]{4})年度?|\d{1,2}月(?:份|\d{1,2}日)?|\d{1,2}日/g;

/** Verbs that govern the thing counted: what follows the last of them is the subject. */
const VERBS = new Set([
  '进行', '开展', '完成', '收到', '受理', '新收', '接收', '接到', '办理', '办结', '答复', '公开', '主动公开', '发布', '发送', '制发', '印发',
  '出台', '制定', '编发', '推送', '报送', '组织', '举办', '召开', '处理', '新增', '更新', '下达', '移送', '回应', '涉及', '核查',
  '征集', '公示', '发放', '兑付', '打造', '设立', '关停', '整合', '接种', '检测', '审核', '查处', '立案', '提供', '上传', '转办',
  '撤销', '废止', '清理', '配置', '确定', '明确', '指定', '接入', '刊登', '编辑', '出版', '提交', '提出', '收集', '录入', '挂网',
  '上线', '转载', '转发', '开设', '建立', '建设', '增设', '梳理', '编制', '修订', '发出', '作出', '送达', '通报', '检查', '督查',
  '抽查', '收取', '征收', '审查', '备案', '参加', '参与', '邀请', '走访', '回复', '录制', '拍摄', '播放', '张贴', '印制', '分发',
  '派发', '推出', '举行', '实现', '覆盖', '惠及', '帮助', '协调', '解决', '化解', '编印', '制作', '归集', '汇编', '动态更新',
  '集中公开', '审核发布', '及时发布', '及时公开', '依法公开', '主动发布', '完善', '新建', '累计发布', '报告', '开通', '提起',
]);

/** A leading particle or quantifier word is no part of the subject ("类行政复议" → "行政复议"). */
const LEADING_PARTICLES = /^(?:[的之类和及与或、]|各类|各项|各种|相关|有关)+/;

/** Row labels of the applications table that the segmenter would split ("予以公开/及/部分/公开"). */
const LABEL_PHRASES: readonly RegExp[] = [
  /(?:予以|全部)公开(?:及|和|、|与|或)部分公开$/,
  /上一?年度?结转(?:的)?(?:政府信息公开)?(?:申请)?$/,
  /(?:公民|自然人)[、，]法人(?:或者?|和|及)(?:其他|其它)组织(?:提出的?)?(?:政府信息公开)?申请$/,
  /结转(?:至|到)?下一?年度?(?:继续办理)?$/,
];

const isPunctuation = (w: string): boolean => !/[\p{Script=Han}A-Za-z0-9]/u.test(w);
const isNumber = (w: string): boolean => /^[\d.,]+$/.test(w);

export interface SubjectSpan {
  /** The words counted, '' when the clause names nothing. */
  subject: string;
  /** Where the quote should start, as an index into `left` (left.length when the quote is the number alone). */
  quoteStart: number;
}

interface Word {
  word: string;
  start: number;
  end: number;
}

function words(cut: Cut, text: string, offset = 0): Word[] {
  return cut(text, offset).map((t) => ({ word: t.word, start: t.start, end: t.end }));
}

/** Whole words collected backwards from the end of `ws`; the index of the first one taken. */
function collectBackwards(ws: readonly Word[]): { taken: Word[]; lastIsVerb: boolean } {
  const taken: Word[] = [];
  let length = 0;
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i].word;
    if (isPunctuation(w) || isNumber(w) || STOP_WORDS.has(w) || TIME_WORD.test(w)) break;
    const verb = VERBS.has(w) && !(w === '公开' && i > 0 && /(?:信息|政务)$/.test(ws[i - 1].word));
    // a one-character suffix ("率", "数") keeps the verb it belongs to: "主动公开率"
    // verbs chain while nothing else was taken: "同意公开答复", "审核发布"
    const onlyVerbs = taken.every((t) => VERBS.has(t.word));
    if (verb && taken.length > 0 && !onlyVerbs && !(taken.length === 1 && taken[0].word.length === 1)) break;
    if (taken.length > 0 && length + w.length > MAX_SUBJECT) break;
    taken.unshift(ws[i]);
    length += w.length;
  }
  return { taken, lastIsVerb: ws.length > 0 && VERBS.has(ws[ws.length - 1].word) };
}

/** Whole words collected forwards from the start of the text after the unit ("70件申请" → "申请"). */
function collectForwards(ws: readonly Word[]): string {
  let acc = '';
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i].word;
    if (isPunctuation(w) || isNumber(w) || STOP_WORDS.has(w) || TIME_WORD.test(w)) break;
    // "1件涉及…的行政复议": a verb right after the number opens a clause of its own
    if (VERBS.has(w)) break;
    if (acc.length > 0 && acc.length + w.length > MAX_SUBJECT) break;
    acc += w;
  }
  return acc;
}

const clean = (s: string): string => {
  const stripped = s.replace(LEADING_PARTICLES, '');
  return stripped.length > 0 ? stripped : s;
};

/**
 * The subject of a number from the whitespace-free clause text before it (`left`) and after its
 * unit (`right`), both already cut at punctuation and at neighbouring numbers.
 */
function leftOfNumber(left: string): { base: string; from: number; attributive: boolean } {
  const trimmed = left.replace(TRAILING, '');
  const attributive = /的$/.test(trimmed);
  const base = trimmed.replace(/的+$/, '');
  // a date before the subject is cut off before segmenting: "2024年市科委" must not become "年市/科委"
  const dates = allMatches(DATE, base);
  const from = dates.length > 0 ? (dates[dates.length - 1].index ?? 0) + dates[dates.length - 1][0].length : 0;
  return { base, from, attributive };
}

/** The texts `subjectOf(left, right)` segments: a stage can cut them all in one call beforehand. */
export function subjectTexts(left: string, right = ''): string[] {
  const { base, from } = leftOfNumber(left);
  return [base.slice(from), right];
}

export function subjectOf(left: string, right = '', cut: Cut = segment): SubjectSpan {
  const { base, from, attributive } = leftOfNumber(left);
  const lw = words(cut, base.slice(from), from);
  const phrase = LABEL_PHRASES.map((re) => re.exec(base)).find((m) => m !== null);
  if (phrase) return { subject: phrase[0], quoteStart: phrase.index };
  const { taken, lastIsVerb } = collectBackwards(lw);
  const after = collectForwards(words(cut, right));
  const leftSubject = clean(taken.map((t) => t.word).join(''));

  // the thing counted stands after the number: "收到70件申请", "正常运行状态的70家政府网站"
  if (after !== '' && (taken.length === 0 || lastIsVerb || attributive)) {
    return { subject: after, quoteStart: lastIsVerb && !attributive ? lw[lw.length - 1].start : left.length };
  }
  if (taken.length === 0) {
    // nothing but function words before the number ("占33.9%"): keep the last of them
    const last = [...lw].reverse().find((w) => !isPunctuation(w.word) && !isNumber(w.word));
    return last ? { subject: last.word, quoteStart: last.start } : { subject: '', quoteStart: left.length };
  }
  // the quote starts at the verb that governs the subject, when it stands right before it
  const first = lw.indexOf(taken[0]);
  const prev = first > 0 ? lw[first - 1] : null;
  const quoteStart = prev && VERBS.has(prev.word) ? prev.start : taken[0].start;
  return { subject: leftSubject, quoteStart };
}
