/**
 * Where the prose is: section bodies and the preamble, minus table rows (TAB-separated lines and
 * markdown table lines). Sentences are cut inside the prose only, with offsets in the normalized text.
 */
import type { Report, SectionId } from '../types.js';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Section the sentence starts in ('' for the preamble). */
  section: SectionId | '';
}

/** A line that belongs to a table, not to the prose. */
function isTableLine(line: string): boolean {
  if (line.includes('\t')) return true;
  const t = line.trim();
  return t.startsWith('|') || /^[-—:|\s]{3,}$/.test(t);
}

/** Top-level spans of the report that hold prose (before table lines are dropped). */
function proseAreas(report: Report): Array<Span & { section: SectionId | '' }> {
  const text = report.text;
  if (report.sections.length === 0) return [{ start: 0, end: text.length, section: '' }];
  const sorted = [...report.sections].sort((a, b) => a.start - b.start);
  const areas: Array<Span & { section: SectionId | '' }> = [{ start: 0, end: sorted[0].start, section: '' }];
  for (const s of sorted) areas.push({ start: s.bodyStart, end: s.end, section: s.id });
  return areas.filter((a) => a.end > a.start);
}

/** Prose lines (table lines dropped), each tagged with its section. */
export function proseLines(report: Report): Array<Span & { section: SectionId | '' }> {
  const text = report.text;
  const out: Array<Span & { section: SectionId | '' }> = [];
  for (const area of proseAreas(report)) {
    let pos = area.start;
    while (pos < area.end) {
      const nl = text.indexOf('\n', pos);
      const lineEnd = nl === -1 || nl > area.end ? area.end : nl;
      const line = text.slice(pos, lineEnd);
      if (line.trim() !== '' && !isTableLine(line)) out.push({ start: pos, end: lineEnd, section: area.section });
      pos = lineEnd + 1;
    }
  }
  return out;
}

/** 。！？!? and the closing quotes and brackets a sentence keeps, as character codes (these are
 *  tested for every character of the prose). */
const SENTENCE_END: ReadonlySet<number> = new Set([...'。！？!?'].map((c) => c.charCodeAt(0)));
const CLOSING: ReadonlySet<number> = new Set([...'”’"\')）」』'].map((c) => c.charCodeAt(0)));
/** A line ending like this closes its sentence even without 。 (headings, "如下："). */
const LINE_CLOSES = /[。！？!?：:；;]\s*$/;
/** A line starting like this opens a new sentence (list items and sub-headings). */
const LINE_OPENS = /^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．](?!\d)|[一二三四五六七八九十]是)/;

/** Sentences already cut, by sections array (the stages never change a report's text or sections
 *  once made, and an entry dies with its array): the claims stage and a check each ask. */
const cutSentences = new WeakMap<Report['sections'], { text: string; sentences: readonly Sentence[] }>();

/**
 * Sentences of the prose. A sentence ends at 。！？; a line break ends it only when the line is closed
 * (ends in punctuation) or the next line opens a list item, so page-break splits (D1) stay joined.
 */
export function proseSentences(report: Report): readonly Sentence[] {
  const known = cutSentences.get(report.sections);
  if (known && known.text === report.text) return known.sentences;
  const sentences = cutProseSentences(report);
  cutSentences.set(report.sections, { text: report.text, sentences });
  return sentences;
}

function cutProseSentences(report: Report): Sentence[] {
  const text = report.text;
  const lines = proseLines(report);
  const out: Sentence[] = [];
  let cur: Sentence | null = null;
  const close = (end: number): void => {
    if (cur && end > cur.start && text.slice(cur.start, end).trim() !== '') out.push({ ...cur, end });
    cur = null;
  };
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (cur !== null && (cur as Sentence).section !== line.section) close(lines[li - 1].end);
    if (cur !== null && LINE_OPENS.test(text.slice(line.start, line.end))) close(lines[li - 1].end);
    for (let i = line.start; i < line.end; i++) {
      if (cur === null) {
        if (isWhitespaceCode(text.charCodeAt(i))) continue;
        cur = { start: i, end: i, section: line.section };
      }
      if (SENTENCE_END.has(text.charCodeAt(i))) {
        // keep a closing quote or bracket with its sentence
        let e = i + 1;
        while (e < line.end && CLOSING.has(text.charCodeAt(e))) e++;
        close(e);
        i = e - 1;
      }
    }
    const next = lines[li + 1];
    const lineText = text.slice(line.start, line.end);
    const shortHeading = !/[，。；,]/.test(lineText) && lineText.trim().length <= 30 && LINE_OPENS.test(lineText);
    if (cur !== null && (LINE_CLOSES.test(lineText) || shortHeading || !next || next.section !== line.section)) {
      close(line.end);
    }
  }
  if (cur !== null) close(lines[lines.length - 1].end);
  return out;
}

/** Whitespace as /\s/ sees it, by UTF-16 code unit (a regex test per character was a hot spot). */
function isWhitespaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Text with every whitespace character removed, plus a map from compact index to text offset. */
export function compact(text: string, start: number, end: number): { s: string; map: number[] } {
  const pieces: string[] = [];
  const map: number[] = [];
  let runStart = -1; // start of the current run of non-whitespace, copied as one slice
  for (let i = start; i < end; i++) {
    if (isWhitespaceCode(text.charCodeAt(i))) {
      if (runStart !== -1) pieces.push(text.slice(runStart, i));
      runStart = -1;
      continue;
    }
    if (runStart === -1) runStart = i;
    map.push(i);
  }
  if (runStart !== -1) pieces.push(text.slice(runStart, end));
  return { s: pieces.join(''), map };
}

/** Section holding an offset ('' for the preamble or outside every section). */
export function sectionAt(report: Report, offset: number): SectionId | '' {
  for (const s of report.sections) if (offset >= s.start && offset < s.end) return s.id;
  return '';
}

/**
 * Evidence for a finding: the sentence holding [start, end) when it is short, else a window of it
 * around the span (a finding's evidence should be readable in a spreadsheet cell).
 */
export function evidenceAround(text: string, start: number, end: number, maxLen = 160): string {
  const sentences = /[。！？!?\n]/;
  let s = start;
  while (s > 0 && !sentences.test(text[s - 1]) && start - s < maxLen) s--;
  let e = end;
  while (e < text.length && !sentences.test(text[e]) && e - end < maxLen) e++;
  if (e < text.length && /[。！？!?]/.test(text[e])) e++;
  if (e - s > maxLen) {
    const pad = Math.max(20, Math.floor((maxLen - (end - start)) / 2));
    s = Math.max(s, start - pad);
    e = Math.min(e, end + pad);
  }
  return text.slice(s, e).replace(/\s*\n\s*/g, ' ').trim();
}
