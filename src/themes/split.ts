/**
 * Section 五 into its two parts (存在的主要问题 / 改进情况) and each part into items.
 *
 * Shapes seen in reports:
 * - sub-headings: "(一)存在问题 … (二)改进措施", "(一)存在的主要问题。… (二)改进情况。", "(二)整改措施：";
 * - a transition sentence instead: "2021年，我镇将从以下三方面改进工作：", "…仍存在不足，下一步将重点做好…",
 *   "为此，…下一步重点：", "因此，我们考虑从以下三个方面作进一步的改进：";
 * - items marked 一是…二是…, (一)…(二)…, 1.…2.…, 第一，…第二，…, often with a title sentence
 *   ("一是信息公开主体整体意识不强。…"); or no markers at all: one sentence, or clauses split by ；.
 * When no cue separates the parts, a numbering that restarts at 1 starts the improvement part.
 * - each problem followed by its remedy: "一是…不够全面。对此，我局将…。二是…" — each item is cut
 *   where its remedy begins, the remedy becoming an improvement item of its own.
 */
import type { ProblemPart } from '../types.js';
import { allMatches } from '../regex.js';

export interface RawItem {
  part: ProblemPart;
  /** The item's text, marker removed, line breaks joined, closing punctuation dropped. */
  text: string;
  /** Offsets of the item (marker excluded) in the text given to splitProblems, plus `base`. */
  start: number;
  end: number;
}

/** "(一)存在问题", "一、存在的主要问题。", "主要问题：" at the start of the section body. */
const PROBLEM_HEADING =
  /^\s*(?:[(（]?[一1][)）、.．]?\s*)?[^\n。：:，,；;]{0,8}?(?:存在的?(?:主要)?(?:问题|不足)(?:和不足|及不足|与不足)?|主要问题|问题和不足|问题与不足|存在问题)(?:之处)?\s*(?:[。:：.]|\n|$)/;

/** "(二)改进措施", "二、改进情况", "(二)下一步工作打算" — a sub-heading opening the improvement part. */
const IMPROVEMENT_HEADING =
  /(?:^|(?<=[\n。；;]))\s*(?:[(（][二2][)）]|二[、.．])\s*[^\n。：:，,；;]{0,10}?(?:改进|整改|下一步|下步|今后|打算|计划|方向|措施|思路)[^\n。：:，,；;]{0,8}(?:[。：:.]|\n|$)/gm;

/** "改进措施：" or "下一步工作计划" as a bare heading at a line start. */
const BARE_IMPROVEMENT_HEADING =
  /(?:^|\n)\s*(?:改进情况|改进措施|整改措施|整改情况|改进方向|下一步工作(?:计划|打算|措施|安排)?|下步工作(?:打算|计划)?|今后工作(?:打算|计划|方向)?|工作打算|努力方向)\s*[。:：.]?/g;

/** A clause that announces what the body will do about its problems. */
const IMPROVEMENT_CUE =
  /下一步|下步|今后|接下来|将从以下|采取以下|以下(?:几|[一二三四五六七八九十两])?个?方面|加以改进|进一步的?改进|改进(?:措施|方向|情况|工作)|整改(?:措施|情况)|重点做好|工作打算|工作计划|(?:19|20)\d\d年[，,]?\S{0,8}将|明年将/;

/** A sentence opening that looks forward: the improvement part begins right there. */
const FORWARD_OPENING = /^(?:[(（]?[一二1-9][)）、.．]?\s*)?(?:下一步|下步|今后|接下来|明年|(?:19|20)\d\d年[，,]?\S{0,6}(?:将|计划|打算))/;

/** Words that make a clause a statement of problems (so not the start of the improvement part). */
const PROBLEM_WORD = /问题|不足|存在|短板|差距|薄弱|欠缺/;

/** A clause that links the improvements to the problems ("针对存在问题，…"), not a problem itself. */
const CONNECTOR = /^(?:针对|对照|对于|鉴于|为解决|为此|对此|因此)/;

/** A sentence that answers the problem before it ("对此，我局将…", "针对这一问题，…", "下一步，…"). */
const REMEDY_CONNECTOR =
  /^(?:对此|为此|针对[^，,。；;]{0,10}?(?:问题|不足|情况|短板|现象)|下一步|下步|今后|接下来|(?:整改|改进)(?:措施|方向|情况)?[:：])/;

/** "我局将…", "本单位拟…": a remedy when the sentence states no shortcoming ("我局将…纳入考核，但…不够"). */
const REMEDY_SUBJECT = /^(?:我|本)[\u4e00-\u9fff]{1,3}?(?:将|拟|计划|要(?!求))/;
const SHORTCOMING = /但|问题|不足|不够|不强|不高|不到位|有待|存在|欠缺|薄弱|滞后|不及时|不规范/;

function opensRemedy(sentence: string): boolean {
  const first = sentence.replace(/[。；;！!？?][\s\S]*$/, '');
  return REMEDY_CONNECTOR.test(sentence) || (REMEDY_SUBJECT.test(sentence) && !SHORTCOMING.test(first));
}

/** A sentence continuing a remedy ("同时，…", "并将…"). */
const REMEDY_CONTINUATION = /^(?:同时|并|此外|另外|还将|将)/;

/** "仍存在一些不足，主要是：" — the list follows the colon, its items separated by ； or ，. */
const LIST_INTRO = /(?:主要是|主要有|主要表现(?:为|在)|具体表现(?:为|在)|表现(?:为|在)|具体(?:是|为|有)|如下)[:：]/;

/** An introduction to a list ("还存在以下几点问题：") — not an item itself. */
const INTRO = /以下|如下|几点|几个方面|方面工作|存在.{0,12}(?:问题|不足)|[:：]\s*$/;

/** Trailing matter that is no part of the section (date line, attachments of a scraped page). */
const TAIL = /(?:^|\s)(?:[〇○零一二三四五六七八九十]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|附件\s*\d*\s*[:：]|附件下载)/;

/** A heading left alone ("主要问题", "改进措施", "下一步工作计划"): never an item. */
const BARE_HEADING =
  /^(?:[一二三四五六七八九十\d]+)?(?:存在的?(?:主要)?(?:问题|不足)(?:和不足|及不足|与不足)?(?:及|和|与)?(?:改进|整改)?(?:情况|措施|方向)?|主要问题|问题和不足|问题与不足|存在问题|(?:主要)?不足之处|(?:改进|整改)(?:情况|措施|方向|计划)|下一?步(?:工作)?(?:计划|打算|措施|安排|重点)?|今后(?:工作)?(?:打算|计划|方向)|工作(?:打算|计划)|努力方向)$/;

/** "无", "本年度暂无相关问题", "无存在的主要问题及改进情况": the section reports nothing. */
const NONE_STATEMENT =
  /^(?:本年度|本年|今年|本机关|本单位|(?:19|20)\d\d年度?)?(?:暂|尚|均)?(?:无|没有|未发现|不存在)(?:相关|存在的?|明显|其他|需要说明的)?(?:的)?(?:主要)?(?:问题|不足|情况|事项)?(?:及|和|与)?(?:改进|整改)?(?:情况|措施)?$/;

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 一 → 1, 十二 → 12, 二十 → 20; NaN when not a numeral. */
export function chineseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 1) return CN_DIGITS[s] ?? NaN;
  if (s.length === 2 && s[0] === '十') return 10 + (CN_DIGITS[s[1]!] ?? NaN);
  if (s.length === 2 && s[1] === '十') return (CN_DIGITS[s[0]!] ?? NaN) * 10;
  return NaN;
}

type Family = 'shi' | 'paren' | 'arabic' | 'di' | 'named';

interface Marker {
  family: Family;
  value: number;
  /** Marker span in the part. */
  start: number;
  end: number;
}

/** Marker shapes; a marker must open a sentence, clause or line, not sit inside a word (统一是 …). */
const MARKERS: Array<[Family, RegExp]> = [
  ['shi', /(?<=^|[\s。；;：:，,！？!?)）])([一二三四五六七八九十]{1,2})是(?![否为])/g],
  ['paren', /[(（]([一二三四五六七八九十]{1,2})[)）]/g],
  ['arabic', /(?<=^|[\s。；;：:])(\d{1,2})\s*[.．、](?!\d)/g],
  ['di', /(?<=^|[\s。；;：:，,])第([一二三四五六七八九十]{1,2})(?=[，,、：:是])[，,、：:]?/g],
  // "问题一：… 问题二：… 措施一：…" (a restart at 一 then opens the improvement part)
  ['named', /(?<=^|[\s。；;：:])(?:问题|不足|措施|举措|改进措施|整改措施)([一二三四五六七八九十]{1,2})\s*[:：、.．]?/g],
];

function findMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  for (const [family, re] of MARKERS) {
    for (const m of allMatches(re, text)) {
      const value = chineseNumber(m[1]!);
      if (Number.isFinite(value)) out.push({ family, value, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Markers 1, 2, 3 … of one family, in order, starting at the first 1 from `from`. */
function chain(markers: Marker[], family: Family, from: number): Marker[] {
  const own = markers.filter((m) => m.family === family && m.start >= from);
  const first = own.find((m) => m.value === 1);
  if (!first) return [];
  const seq = [first];
  for (const m of own) {
    if (m.start > seq[seq.length - 1]!.start && m.value === seq[seq.length - 1]!.value + 1) seq.push(m);
  }
  return seq;
}

/** The top-level list of a part: the family whose chain of ≥ 2 starts earliest (longest on a tie). */
export function topList(text: string): Marker[] {
  const markers = findMarkers(text);
  let best: Marker[] = [];
  for (const family of ['shi', 'paren', 'arabic', 'di', 'named'] as Family[]) {
    const seq = chain(markers, family, 0);
    if (seq.length < 2) continue;
    if (best.length === 0 || seq[0]!.start < best[0]!.start || (seq[0]!.start === best[0]!.start && seq.length > best.length)) {
      best = seq;
    }
  }
  return best;
}

/** Start of the sentence holding `at` (just past the previous 。；！？ or line break). */
function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !/[。；;！!？?\n]/.test(text[i - 1]!)) i--;
  while (i < at && /\s/.test(text[i]!)) i++;
  return i;
}

/** Where the improvement part starts (index into text), or -1. */
export function improvementStart(text: string, from: number): number {
  // A body that opens with what will be done ("下一步，我办将…") states no problem at all.
  const first = /^[^。；;！!？?\n]*/.exec(text.slice(from).trimStart())![0];
  if (FORWARD_OPENING.test(first) && !PROBLEM_WORD.test(first)) return from;
  const found: number[] = [];
  for (const re of [IMPROVEMENT_HEADING, BARE_IMPROVEMENT_HEADING]) {
    for (const m of allMatches(re, text)) {
      const at = m.index + (m[0].length - m[0].trimStart().length);
      if (at > from) found.push(at);
    }
  }
  // Transition clauses: a clause with a cue and no problem words.
  const clause = /[^，,。；;：:！!？?\n]+/g;
  for (const m of allMatches(clause, text)) {
    if (m.index <= from || !IMPROVEMENT_CUE.test(m[0]) || PROBLEM_WORD.test(m[0])) continue;
    const sStart = Math.max(sentenceStart(text, m.index), from);
    const before = text.slice(sStart, m.index);
    // "…仍存在不足，下一步将…" starts at the cue; "针对存在问题，2025年我们将…" at the sentence.
    const at = PROBLEM_WORD.test(before) && !CONNECTOR.test(before) ? m.index : sStart;
    // A cue before any problem was stated ("2022年，我镇将…取得成效，但…") opens nothing.
    if (text.slice(from, at).replace(/\s/g, '').length < 8) continue;
    found.push(at);
    break;
  }
  if (found.length > 0) return Math.min(...found);
  // No cue: a second list whose numbering restarts at 1 is the improvement part.
  const list = topList(text.slice(from));
  if (list.length > 0) {
    const family = list[0]!.family;
    const restart = chain(findMarkers(text.slice(from)), family, list[list.length - 1]!.end);
    if (restart.length > 0) return sentenceStart(text, from + restart[0]!.start);
  }
  return -1;
}

/** Join lines broken inside an item and drop the punctuation that closed it. */
export function cleanItemText(s: string): string {
  return s
    .replace(/\s*\n\s*/g, '')
    .replace(/[ \t\u3000]+/g, ' ')
    .replace(/^[\s：:，,。；;、.]+/, '')
    .replace(/[\s。；;，,、：:]+$/, '')
    .trim();
}

/** Is this sentence worth an item (not an intro to a list, not a fragment)? */
function isItemText(s: string): boolean {
  const bare = s.replace(/[\s\p{P}]/gu, '');
  return bare.length >= 4 && !BARE_HEADING.test(bare) && !NONE_STATEMENT.test(bare);
}

/** Where a remedy sentence begins in an item's text (after 。！？；, or at the start), or -1. */
export function remedyAt(text: string, fromStart = false): number {
  for (const m of allMatches(/(?:^|[。；;！!？?\n])\s*/g, text)) {
    const at = m.index + m[0].length;
    if ((m.index === 0 && m[0].length === 0 && !fromStart) || at >= text.length) continue;
    if (opensRemedy(text.slice(at))) return at;
  }
  return -1;
}

/** Split one part into items: by its top-level list, or by sentences (。！？；) when unmarked. */
export function splitPart(text: string, part: ProblemPart, base: number): RawItem[] {
  const items: RawItem[] = [];
  const push = (start: number, end: number): void => {
    const cleaned = cleanItemText(text.slice(start, end));
    if (!isItemText(cleaned)) return;
    const lead = text.slice(start, end).search(/[^\s：:，,。；;、.]/);
    items.push({ part, text: cleaned, start: base + start + Math.max(lead, 0), end: base + end });
  };
  const list = topList(text);
  if (list.length > 0) {
    // Text before the list is its introduction unless it is a complete sentence of its own.
    const preamble = text.slice(0, list[0]!.start).trim();
    if (/[。！!？?；;]$/.test(preamble) && !INTRO.test(preamble)) push(0, list[0]!.start);
    list.forEach((m, i) => push(m.end, i + 1 < list.length ? list[i + 1]!.start : text.length));
    return items;
  }
  for (const m of allMatches(/[^。；;！!？?\n]+(?:[。；;！!？?]|$)/gm, text)) {
    const sentence = m[0];
    if (INTRO.test(sentence.trim()) && /[:：]\s*$/.test(sentence.trim())) continue;
    const intro = LIST_INTRO.exec(sentence);
    if (intro && /[，,]/.test(sentence.slice(intro.index + intro[0].length))) {
      // "主要是：a，b，c。" — each clause after the colon is an item.
      const listStart = m.index + intro.index + intro[0].length;
      for (const c of allMatches(/[^，,]+/g, text.slice(listStart, m.index + sentence.length))) {
        push(listStart + c.index, listStart + c.index + c[0].length);
      }
      continue;
    }
    const remedy = part === 'problem' && opensRemedy(sentence.trim());
    const continuesRemedy = part === 'problem' && items.at(-1)?.part === 'improvement' && REMEDY_CONTINUATION.test(sentence.trim());
    if (remedy || continuesRemedy) {
      // "…问题。对此，我局将…" without numbering: the remedy is an improvement item
      const cleaned = cleanItemText(sentence);
      const last = items.at(-1);
      if (continuesRemedy && last) {
        last.text = cleanItemText(text.slice(last.start - base, m.index + sentence.length));
        last.end = base + m.index + sentence.length;
      } else if (isItemText(cleaned)) {
        const lead = sentence.search(/[^\s：:，,。；;、.]/);
        items.push({ part: 'improvement', text: cleaned, start: base + m.index + Math.max(lead, 0), end: base + m.index + sentence.length });
      }
      continue;
    }
    push(m.index, m.index + sentence.length);
  }
  return items;
}

/**
 * Items of a problem list whose items each carry their remedy ("一是…。对此，我局将…。二是…"),
 * or null when the list is no such list: a remedy must follow an item that another item follows.
 * `end` is where the list's last item ends (the improvement part, if any, begins there).
 */
function interleavedItems(text: string, from: number, end: number, base: number): RawItem[] | null {
  const list = topList(text.slice(from, end)).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
  if (list.length < 2) return null;
  const bounds = list.map((m, i) => [m.end, i + 1 < list.length ? list[i + 1]!.start : end] as const);
  const remedies = bounds.map(([s, e]) => remedyAt(text.slice(s, e)));
  if (!remedies.slice(0, -1).some((r) => r >= 0)) return null;
  const items = splitPart(text.slice(from, list[0]!.start), 'problem', base + from).filter((i) => i.part === 'problem');
  bounds.forEach(([s, e], i) => {
    const r = remedies[i]!;
    const cut = r >= 0 ? s + r : e;
    items.push(...wholeItem(text, s, cut, 'problem', base));
    if (r >= 0) items.push(...wholeItem(text, cut, e, 'improvement', base));
  });
  return items;
}

/** One item of text[start, end), when it is worth one. */
function wholeItem(text: string, start: number, end: number, part: ProblemPart, base: number): RawItem[] {
  const cleaned = cleanItemText(text.slice(start, end));
  if (!isItemText(cleaned)) return [];
  const lead = text.slice(start, end).search(/[^\s：:，,。；;、.]/);
  return [{ part, text: cleaned, start: base + start + Math.max(lead, 0), end: base + end }];
}

/**
 * Items of a section 五 body. `base` is added to every offset (the body's place in the report).
 */
export function splitProblems(body: string, base = 0): RawItem[] {
  const tail = body.search(TAIL);
  const text = tail > 0 ? body.slice(0, tail) : body;
  const heading = PROBLEM_HEADING.exec(text);
  const problemFrom = heading ? heading[0].length : 0;
  const impAt = improvementStart(text, problemFrom);
  const interleaved = interleavedPart(text, problemFrom, impAt, base);
  if (interleaved) return interleaved;
  const problemEnd = impAt >= 0 ? impAt : text.length;
  const items = splitPart(text.slice(problemFrom, problemEnd), 'problem', base + problemFrom);
  items.push(...improvementItems(text, impAt, base));
  return items;
}

/**
 * A problem part whose list items each carry their remedy, then the improvement part after the
 * list's last item, if any; null when the section has no such list. The list must start before
 * the improvement part found by its cues (a cue inside an item, "下一步，…", does not end it).
 */
function interleavedPart(text: string, problemFrom: number, impAt: number, base: number): RawItem[] | null {
  const list = topList(text.slice(problemFrom));
  if (list.length < 2 || (impAt >= 0 && problemFrom + list[0]!.start >= impAt)) return null;
  const lastEnd = problemFrom + list[list.length - 1]!.end;
  const after = improvementStart(text, lastEnd);
  const items = interleavedItems(text, problemFrom, after >= 0 ? after : text.length, base);
  if (!items) return null;
  items.push(...improvementItems(text, after, base));
  return items;
}

/** Items of the improvement part starting at impAt (none when impAt < 0), its heading skipped. */
function improvementItems(text: string, impAt: number, base: number): RawItem[] {
  const items: RawItem[] = [];
  if (impAt >= 0) {
    const impText = text.slice(impAt);
    const impHeading = /^\s*(?:[(（][二2][)）]|[二2][、.．])?\s*(?:[^\n。：:]{0,12}?(?:改进|整改|打算|计划|方向|措施|思路)[^\n。：:，,]{0,8})?\s*[。：:.]?/.exec(impText);
    // "措施一：" is the first item's marker, not a heading
    const isHeading = impHeading && /改进|整改|打算|计划|方向|措施|思路/.test(impHeading[0]) && !/[一二三四五六七八九十]\s*[:：、.．]?$/.test(impHeading[0]);
    const skip = impHeading && isHeading ? impHeading[0].length : 0;
    items.push(...splitPart(impText.slice(skip), 'improvement', base + impAt + skip));
  }
  return items;
}
