/**
 * The six sections of an annual report (report-format.md §2, outputs.md "Sections").
 *
 * Headings are found as numeral + "、" + a short heading phrase whose words say which section it
 * is (总体情况 / 主动公开 / 收到和处理|依申请 / 行政复议|行政诉讼 / 问题|改进 / 其他需要报告).
 * They may stand on their own line or inline (scraped pages hold the whole report on one line).
 * Table rows (lines with TABs) never hold headings; a heading phrase holds no digits, so the
 * run-together table rows of scraped pages ("二、上年结转政府信息公开申请数量0000000三、…") do not match.
 *
 * Several candidates may claim one section (a preamble listing the sections, a report that numbers
 * its narrative part and its tables part separately). The chosen headings are the highest-scoring
 * set that keeps the canonical order overview → active → applications → review → problems → other,
 * each id at most once; the score prefers canonical wording and a heading alone on its line.
 */
import type { Section, SectionId } from '../types.js';

const ORDER: readonly SectionId[] = ['overview', 'active', 'applications', 'review', 'problems', 'other'];

/** Numbered heading: numeral + 、 + phrase ending in a heading word (no digits, no sentence punctuation). */
const NUMBERED_HEADING =
  /(?<![一二三四五六七八九十\u4e00-\u9fff])(?:第)?([一二三四五六七八九十]{1,2})(?:\s*[、.．]|部分[、：:]?)\s*([^\t\n0-9。；，：:!?！？“”《》]{0,34}?(?:情况|事项|方向|措施|举措|概述|概况|计划|问题)(?:[及和与](?:改进|整改)(?:情况|措施|方向|举措|工作)?)?)(。)?/g;

/** A line that is only a numbered heading (the phrase need not end in a heading word). */
const NUMBERED_LINE = /^(?:第)?([一二三四五六七八九十]{1,2})(?:\s*[、.．]|部分[、：:]?)\s*([^\t\n0-9。；，]{2,34}?)[。.]?$/;

/** Unnumbered or sub-numbered problem heading, used only when no numbered problems heading exists. */
const PROBLEMS_SUBHEADING = /^(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?((?:存在的?)?(?:主要)?问题(?:及改进(?:情况|措施|方向))?|存在的?(?:主要)?不足)[。:：]?$/;

/** Which section a heading phrase names, or null. The order of the tests matters. */
export function classifyHeading(phrase: string): SectionId | null {
  const p = phrase.replace(/\s+/g, '');
  if (/复议|诉讼/.test(p)) return 'review';
  if (/其他需要报告|其他事项|其它需要报告/.test(p)) return 'other';
  if (/问题|改进|不足/.test(p)) return 'problems';
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

/** The numeral a section has in the national format (一 … 六). */
const NUMERAL: Record<SectionId, string> = {
  overview: '一',
  active: '二',
  applications: '三',
  review: '四',
  problems: '五',
  other: '六',
};

interface Candidate {
  id: SectionId;
  start: number;
  bodyStart: number;
  score: number;
}

function lineBounds(text: string, pos: number): { lineStart: number; lineEnd: number } {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  let lineEnd = text.indexOf('\n', pos);
  if (lineEnd < 0) lineEnd = text.length;
  return { lineStart, lineEnd };
}

function collectCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const seenStarts = new Set<number>();
  const add = (c: Candidate) => {
    if (seenStarts.has(c.start)) return;
    seenStarts.add(c.start);
    out.push(c);
  };

  // Headings alone on a line (any phrase wording).
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (!line.includes('\t')) {
      const lead = line.length - line.trimStart().length;
      const t = line.trim();
      const m = NUMBERED_LINE.exec(t);
      if (m) {
        const id = classifyHeading(m[2]!);
        if (id) add(scored(id, m[1]!, m[2]!, lineStart + lead, lineStart + lead + t.length, true, true));
      }
    }
    lineStart = lineEnd + 1;
  }

  // Inline headings (also catches headings at line start followed by body text).
  for (const m of text.matchAll(NUMBERED_HEADING)) {
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
    add(scored(id, m[1]!, m[2]!, start, end, atLineStart, alone));
  }
  return out.sort((a, b) => a.start - b.start);
}

function scored(
  id: SectionId,
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
  if (NUMERAL[id] === numeral) score += 1;
  if (atLineStart) score += 2;
  if (alone) score += 2;
  return { id, start, bodyStart: end, score };
}

/** Problems sub-headings ("(一)主要问题") as low-scoring candidates, for reports that lost the 五、 heading. */
function problemFallbacks(text: string): Candidate[] {
  const out: Candidate[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const t = line.trim();
    if (t && !line.includes('\t') && PROBLEMS_SUBHEADING.test(t)) {
      const lead = line.length - line.trimStart().length;
      out.push({ id: 'problems', start: lineStart + lead, bodyStart: lineStart + lead + t.length, score: 3 });
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** Highest-scoring subsequence of candidates in canonical section order (weighted LIS, n is small). */
function bestOrderedChoice(cands: Candidate[]): Candidate[] {
  const n = cands.length;
  if (n === 0) return [];
  const best: number[] = new Array(n).fill(0);
  const prev: number[] = new Array(n).fill(-1);
  // A candidate listed within a few characters of the next one is part of a list, not a heading.
  const adjusted = cands.map((c, i) => {
    const next = cands[i + 1];
    return next && next.start - c.bodyStart < 8 ? c.score - 8 : c.score;
  });
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

/** Find the six sections in normalized text. */
export function findSections(text: string): Section[] {
  const numbered = collectCandidates(text);
  const hasProblems = numbered.some((c) => c.id === 'problems');
  const cands = hasProblems ? numbered : [...numbered, ...problemFallbacks(text)].sort((a, b) => a.start - b.start);
  const chosen = bestOrderedChoice(cands);
  return chosen.map((c, i) => ({
    id: c.id,
    heading: text.slice(c.start, c.bodyStart).trim(),
    start: c.start,
    bodyStart: c.bodyStart,
    end: i + 1 < chosen.length ? chosen[i + 1]!.start : text.length,
  }));
}
