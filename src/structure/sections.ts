/**
 * The six sections of an annual report (report-format.md §2, outputs.md "Sections").
 *
 * Headings are found as numeral + "、" + a short heading phrase whose words say which section it
 * is (总体情况 / 主动公开 / 收到和处理|依申请 / 行政复议|行政诉讼 / 问题|改进 / 其他需要报告).
 * They may stand on their own line or inline (scraped pages hold the whole report on one line).
 * Table rows (lines with TABs) never hold headings; a heading phrase holds no digits but a year, so
 * the run-together table rows of scraped pages ("二、上年结转政府信息公开申请数量0000000三、…") do not match.
 * A heading that merges 五 and 六 ("五、存在的主要问题、改进情况及其他需要报告的事项") opens the problems
 * section; 六 is then found only if the report gives it a sub-heading of its own.
 * Entries of a table of contents (headings with nothing but dot leaders and page numbers between
 * them) are passed over like a preamble's list.
 *
 * Several candidates may claim one section (a preamble listing the sections, a report that numbers
 * its narrative part and its tables part separately). The chosen headings are the highest-scoring
 * set that keeps the canonical order overview → active → applications → review → problems → other,
 * each id at most once; the score prefers canonical wording and a heading alone on its line.
 */
import type { Section, SectionId } from '../types.js';
import { allMatches } from '../regex.js';

const ORDER: readonly SectionId[] = ['overview', 'active', 'applications', 'review', 'problems', 'other'];

/**
 * How a report numbers its six parts. Nearly all write 一、 (or 第一部分); some number them 1、 / 1.,
 * and a few use (一) for the top level. The Chinese numbering is tried first; another numbering is
 * taken only when it finds clearly more of the six, so the (一)/1. sub-headings inside section 一
 * ("(一)主动公开", "1.依申请公开") never stand in for lost top-level headings.
 */
type Style = 'chinese' | 'arabic' | 'paren';
const STYLES: readonly Style[] = ['chinese', 'arabic', 'paren'];

/** The numeral part of a heading per style; group 1 is the numeral. */
const NUMERAL_FORM: Record<Style, string> = {
  chinese: '(?<![一二三四五六七八九十\\u4e00-\\u9fff])(?:第)?([一二三四五六七八九十]{1,2})(?:\\s*[、.．]|部分[、：:]?)',
  arabic: '(?<![\\d.\\u4e00-\\u9fff])(?:第)?([1-9])(?:\\s*[、．]|\\.(?!\\d)|部分[、：:]?)',
  paren: '\\(([一二三四五六七八九十]{1,2})\\)',
};

/** The only digits a heading phrase holds: a year ("一、2023年政府信息公开工作总体情况"). Any other
 *  digit means a table row run together with its numbers ("二、上年结转政府信息公开申请数量0000000"). */
const HEADING_YEAR = '(?:19|20)\\d{2}年度?';
/** Inline heading phrase: ends in a heading word, holds no digits and no sentence punctuation. */
const INLINE_PHRASE =
  '\\s*((?:[^\\t\\n0-9。；，：:!?！？“”《》]|' + HEADING_YEAR + '){0,34}?(?:情况|事项|方向|措施|举措|概述|概况|计划|问题)(?:[及和与](?:改进|整改)(?:情况|措施|方向|举措|工作)?)?)(。)?';
/** Phrase of a line that is only a heading (it need not end in a heading word). */
const LINE_PHRASE = '\\s*((?:[^\\t\\n0-9。；，]|' + HEADING_YEAR + '){2,34}?)[。.：:]?$';

const NUMBERED_HEADING: Record<Style, RegExp> = Object.fromEntries(
  STYLES.map((s) => [s, new RegExp(NUMERAL_FORM[s] + INLINE_PHRASE, 'g')]),
) as Record<Style, RegExp>;
const NUMBERED_LINE: Record<Style, RegExp> = Object.fromEntries(
  STYLES.map((s) => [s, new RegExp('^' + NUMERAL_FORM[s] + LINE_PHRASE)]),
) as Record<Style, RegExp>;
const HEADING_AT_START: Record<Style, RegExp> = Object.fromEntries(
  STYLES.map((s) => [s, new RegExp('^' + NUMERAL_FORM[s] + INLINE_PHRASE)]),
) as Record<Style, RegExp>;

/** Sub-numbered or unnumbered heading of a part whose numbered heading was lost (or merged into 五). */
const SUB_NUMBER = '(?:[(]?[一二三四五六七八九十\\d]{1,2}[)、.．]\\s*)?';
const FALLBACK_HEADING: Partial<Record<SectionId, RegExp>> = {
  problems: new RegExp(
    `^${SUB_NUMBER}((?:存在的?)?(?:主要)?问题(?:及改进(?:情况|措施|方向))?|存在的?(?:主要)?不足)[。:：]?$`,
  ),
  other: new RegExp(`^${SUB_NUMBER}(其[他它]需要报告的(?:事项|情况))[。:：]?$`),
};

/** Which section a heading phrase names, or null. The order of the tests matters. */
export function classifyHeading(phrase: string): SectionId | null {
  const p = phrase.replace(/\s+/g, '');
  if (/复议|诉讼/.test(p)) return 'review';
  // "存在的主要问题、改进情况及其他需要报告的事项" merges 五 and 六: it opens the problems part.
  if (/问题|改进|不足/.test(p)) return 'problems';
  // "其他需要" alone: a heading a PDF broke before 报告的事项.
  if (/其[他它](?:需要|事项|$)/.test(p)) return 'other';
  if (/收到和处理|收到及处理|依申请|公开申请|申请公开/.test(p)) return 'applications';
  if (/主动公开/.test(p)) return 'active';
  if (/总体情况|概述|概况|基本情况|总体/.test(p)) return 'overview';
  return null;
}

/** Canonical wording per section: a heading containing one of these scores higher. */
const CANONICAL: Record<SectionId, RegExp> = {
  overview: /^总体情况$/,
  active: /主动公开政府信息情况$/,
  applications: /收到和处理政府信息公开申请情况$/,
  review: /(?:政府信息公开)?行政复议[、和及]?(?:提起)?行政诉讼(?:的)?情况$|被申请行政复议和提起行政诉讼情况$/,
  problems: /存在的主要问题及改进(?:情况|方向|措施)$/,
  other: /其他需要报告的(?:事项|情况)$/,
};

const CHINESE_DIGITS = '一二三四五六七八九十';

/** 一 → 1, 6 → 6: the position a heading's numeral gives it. */
function numeralValue(numeral: string): number {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  if (numeral.length === 1) return CHINESE_DIGITS.indexOf(numeral) + 1;
  return 0;
}

interface Candidate {
  id: SectionId;
  start: number;
  bodyStart: number;
  score: number;
  /** Numbering style; undefined for an unnumbered or sub-numbered fallback heading. */
  style?: Style;
}

function lineBounds(text: string, pos: number): { lineStart: number; lineEnd: number } {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  let lineEnd = text.indexOf('\n', pos);
  if (lineEnd < 0) lineEnd = text.length;
  return { lineStart, lineEnd };
}

/** Each line of the text with its offset. */
function* linesOf(text: string): Generator<{ line: string; lineStart: number }> {
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    yield { line: text.slice(lineStart, lineEnd), lineStart };
    lineStart = lineEnd + 1;
  }
}

function collectCandidates(text: string, style: Style): Candidate[] {
  const out: Candidate[] = [];
  const seenStarts = new Set<number>();
  const add = (c: Candidate) => {
    if (seenStarts.has(c.start)) return;
    seenStarts.add(c.start);
    out.push(c);
  };

  // Headings alone on a line (any phrase wording).
  for (const { line, lineStart } of linesOf(text)) {
    if (line.includes('\t')) continue;
    const lead = line.length - line.trimStart().length;
    const t = line.trim();
    const m = NUMBERED_LINE[style].exec(t);
    if (!m) continue;
    // "六、其他需要报告的事项无。": the heading runs into a one-line body; the inline pass takes it.
    const inline = HEADING_AT_START[style].exec(t);
    if (inline && inline[0].length < t.length && /[。！？!?]$/.test(t)) continue;
    const id = classifyHeading(m[2]!);
    if (id) add(scored(id, style, m[1]!, m[2]!, lineStart + lead, lineStart + lead + t.length, true, true));
  }

  // Inline headings (also catches headings at line start followed by body text).
  for (const m of allMatches(NUMBERED_HEADING[style], text)) {
    const start = m.index!;
    const { lineStart: ls, lineEnd: le } = lineBounds(text, start);
    const line = text.slice(ls, le);
    if (line.includes('\t')) continue;
    const before = text.slice(ls, start);
    const atLineStart = before.trim() === '';
    // Mid-sentence mentions ("…按照三、…") are not headings: require a boundary before the numeral.
    if (!atLineStart && !/[\s。；：:！？!?)）\d”】]$/.test(before)) continue;
    const id = classifyHeading(m[2]!);
    if (!id) continue;
    const end = start + m[0].length;
    const alone = text.slice(end, le).trim() === '';
    add(scored(id, style, m[1]!, m[2]!, start, end, atLineStart, alone));
  }
  return out;
}

function scored(
  id: SectionId,
  style: Style,
  numeral: string,
  phrase: string,
  start: number,
  end: number,
  atLineStart: boolean,
  alone: boolean,
): Candidate {
  const p = phrase.replace(/\s+/g, '');
  let score = 10;
  if (CANONICAL[id].test(p)) score += 4;
  if (numeralValue(numeral) === ORDER.indexOf(id) + 1) score += 1;
  if (atLineStart) score += 2;
  if (alone) score += 2;
  return { id, start, bodyStart: end, score, style };
}

/** Sub-headings ("(一)主要问题", "(三)其他需要报告的事项") as low-scoring candidates for a part whose
 *  numbered heading was lost or merged into another. */
function fallbackCandidates(text: string, id: SectionId): Candidate[] {
  const re = FALLBACK_HEADING[id];
  if (!re) return [];
  const out: Candidate[] = [];
  for (const { line, lineStart } of linesOf(text)) {
    const t = line.trim();
    if (t && !line.includes('\t') && re.test(t)) {
      const lead = line.length - line.trimStart().length;
      out.push({ id, start: lineStart + lead, bodyStart: lineStart + lead + t.length, score: 3 });
    }
  }
  return out;
}

/**
 * Whether a candidate is an entry of a list rather than a heading: the next candidate follows within
 * a few characters, or only dot leaders and page numbers stand between them (a table of contents).
 */
function isListEntry(text: string, c: Candidate, next: Candidate | undefined): boolean {
  if (!next) return false;
  // fewer than 8 characters other than leaders and page numbers; counted until the 8th (a heading
  // is followed by its whole section)
  let other = 0;
  for (let i = c.bodyStart; i < next.start; i++) {
    if (!LEADER_OR_PAGE.test(text[i]!) && ++other >= 8) return false;
  }
  return true;
}

/** What may stand between two entries of a table of contents. */
const LEADER_OR_PAGE = /[\s.…·•\-—_\d]/;

/** Highest-scoring subsequence of candidates in canonical section order (weighted LIS, n is small). */
function bestOrderedChoice(text: string, cands: Candidate[]): Candidate[] {
  const n = cands.length;
  if (n === 0) return [];
  const best: number[] = new Array(n).fill(0);
  const prev: number[] = new Array(n).fill(-1);
  const adjusted = cands.map((c, i) => (isListEntry(text, c, cands[i + 1]) ? c.score - 8 : c.score));
  for (let i = 0; i < n; i++) {
    best[i] = adjusted[i]!;
    for (let j = 0; j < i; j++) {
      if (ORDER.indexOf(cands[j]!.id) >= ORDER.indexOf(cands[i]!.id) || cands[j]!.bodyStart > cands[i]!.start) continue;
      const v = best[j]! + adjusted[i]!;
      // On ties prefer the later predecessor: real headings follow a preamble's list.
      if (v > best[i]! || (v === best[i]! && prev[i]! >= 0 && j > prev[i]!)) {
        best[i] = v;
        prev[i] = j;
      }
    }
  }
  let end = 0;
  for (let i = 1; i < n; i++) if (best[i]! >= best[end]!) end = i;
  const chosen: Candidate[] = [];
  for (let i = end; i >= 0; i = prev[i]!) if (adjusted[i]! > 0) chosen.unshift(cands[i]!);
  return chosen;
}

/** The best ordered headings of one numbering style, with fallbacks for parts it lacks. */
function chooseForStyle(text: string, style: Style): Candidate[] {
  const numbered = collectCandidates(text, style);
  const fallbacks = (['problems', 'other'] as const)
    .filter((id) => !numbered.some((c) => c.id === id))
    .flatMap((id) => fallbackCandidates(text, id));
  const cands = [...numbered, ...fallbacks].sort((a, b) => a.start - b.start || b.bodyStart - a.bodyStart);
  return bestOrderedChoice(text, cands);
}

/** Find the six sections in normalized text. */
export function findSections(text: string): Section[] {
  let chosen = chooseForStyle(text, 'chinese');
  if (chosen.length < 4) {
    for (const style of ['arabic', 'paren'] as const) {
      const alt = chooseForStyle(text, style);
      const numberedOverview = alt.some((c) => c.id === 'overview' && c.style === style);
      if (alt.length >= 4 && alt.length > chosen.length && numberedOverview) chosen = alt;
    }
  }
  return chosen.map((c, i) => ({
    id: c.id,
    heading: text.slice(c.start, c.bodyStart).trim(),
    start: c.start,
    bodyStart: c.bodyStart,
    end: i + 1 < chosen.length ? chosen[i + 1]!.start : text.length,
  }));
}
