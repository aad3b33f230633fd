/**
 * Text normalization (report-format.md §10). Every offset in the outputs refers to the result.
 *
 * Character decisions (documented because every later regex depends on them):
 * - Full-width ASCII forms (Ｕ+FF01–FF5E) become half-width — digits, letters, （）→(), ％, ＋, －, ．,
 *   ＜＞ … — EXCEPT the Chinese sentence punctuation ，：；！？ which stays full-width in prose.
 *   Inside numbers ("１，２３４", "12：30") the comma and colon become half-width.
 *   So parentheses are always half-width "(" ")" afterwards: match "(一)", never "（一）".
 *   We do not run NFKC over the whole text: NFKC would also turn ，：；！？ into ASCII and "…" into "...".
 * - U+3000 and NBSP become a plain space; zero-width characters and the BOM are dropped.
 * - Quotes: 〝〞„‟ and straight " become “ ” (straight quotes alternate open/close within a line);
 *   ‘ ’ and 「」『』 are kept as written.
 * - Markdown residue: **bold** markers, leading "#", <http://…> autolinks are removed; a markdown table
 *   row "| a | b |" becomes a TAB row "a\tb"; separator rows "|---|---|" are dropped; a stray " | "
 *   inside prose becomes a space.
 * - Spaces are removed inside numbers and between a number and its unit/年/月/日 ("3200 余条" →
 *   "3200余条", "2020 年 1 月" → "2020年1月", "申请 1 条" → "申请1条", "1 , 234" → "1,234").
 *   Spaces between two numbers are kept: in scraped one-line pages they separate table cells.
 * - TAB-separated table rows survive as lines with all their TABs (empty cells kept).
 * - Paragraph repair: a prose paragraph that does not end a sentence joins the next paragraph (D1);
 *   a title split over lines is joined (D2); page numbers ("- 3 -", "第3页", "3/12", a lone number
 *   between prose paragraphs) are dropped. Blank-line runs collapse to one blank line.
 */

/** Units and date words a number may be written next to (after removing the space). */
const UNIT_CHARS = '年月日时分秒号万亿千百余多条件个项次人篇期家元份场台套户名起宗天周批类组所座间处册本张幅部倍辆种位栏轮%‰';
const UNIT_CLASS = `[${UNIT_CHARS}]`;

/** Characters that end a sentence or a quoted/bracketed unit: a paragraph ending in one is complete. */
const SENTENCE_END = /[。；：！？!?;:”’」』》)\]】〕…]$/;

/** A line that starts a list item or a heading: never joined onto the previous paragraph. */
const LIST_START =
  /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[、.．](?!\d)|[一二三四五六七八九十]{1,2}是|第[一二三四五六七八九十\d]+[部分章节条]|[-*•●■◆]\s)/;

/** A line ending in a space-separated number: a table row whose cells lost their TABs. */
const LABEL_VALUE_ROW = /\S +[-+]?\d[\d.,]*$/;
const BARE_NUMBER = /^[-+]?\d[\d.,]*$/;
const isLabelValueRow = (t: string): boolean => t.length <= 30 && !/[，。；]/.test(t) && LABEL_VALUE_ROW.test(t);

/** Scraped-page header fields ("标题: …") and separators: never joined with anything. */
const FIELD_LINE =
  /^(?:标题|发布时间|发布日期|成文日期|文号|发文字号|发布机构|发文机关|来源|栏目|原文链接|本地目录|索引号|主题分类|采集时间|公开日期|单位|分类|关键词|正文)(?:[:：]|$)|^页面链接|^=+/;

/** Page-number lines. */
const PAGE_NUMBER = [
  /^[-—–~]\s*\d{1,3}\s*[-—–~]$/, // - 3 -
  /^第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$/, // 第3页，共12页
  /^\d{1,3}\s*\/\s*\d{1,3}$/, // 3/12
  /^(?:page|Page|PAGE)\s*\d{1,3}(?:\s*of\s*\d{1,3})?$/,
];
const LONE_NUMBER = /^\d{1,3}$/;

/** Map one code point: full-width ASCII forms to half-width (except Chinese sentence punctuation). */
const KEEP_FULL_WIDTH = new Set(['，', '：', '；', '！', '？']);
const QUOTE_OPEN = new Set(['〝', '„', '‟']);
const QUOTE_CLOSE = new Set(['〞', '〟']);

/** The characters mapChars changes; a text is copied only where they occur. */
const MAPPED_CHAR = /[\uff01-\uff5e\u3000\u00a0\u2002\u2003\u2009\ufeff\u200b\u200c\u200d\u2060〝„‟〞〟﹙﹚]/g;

function mapChar(ch: string): string {
  const cp = ch.charCodeAt(0);
  if (cp >= 0xff01 && cp <= 0xff5e) {
    if (KEEP_FULL_WIDTH.has(ch)) return ch;
    if (ch === '＂') return '"';
    return String.fromCharCode(cp - 0xfee0);
  }
  if (cp === 0x3000 || cp === 0x00a0 || cp === 0x2002 || cp === 0x2003 || cp === 0x2009) return ' ';
  if (cp === 0xfeff || cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060) return '';
  if (QUOTE_OPEN.has(ch)) return '“';
  if (QUOTE_CLOSE.has(ch)) return '”';
  if (ch === '﹙') return '(';
  if (ch === '﹚') return ')';
  return ch;
}

function mapChars(s: string): string {
  return s.replace(MAPPED_CHAR, mapChar);
}

/** Straight double quotes alternate “ and ” within a line (they come in pairs in Chinese prose). */
function curlQuotes(line: string): string {
  if (!line.includes('"')) return line;
  let open = true;
  return line.replace(/"/g, () => {
    const q = open ? '“' : '”';
    open = !open;
    return q;
  });
}

const MD_SEPARATOR_ROW = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const DASH_ONLY_ROW = /^[\s\t]*(?:[-—:]{3,}[\s\t]*)+$/;

/** Per-line cleanup of markdown residue. Returns null for a line to drop. */
function cleanMarkdown(line: string): string | null {
  if (MD_SEPARATOR_ROW.test(line) || (line.includes('\t') && DASH_ONLY_ROW.test(line))) return null;
  let s = line;
  const trimmed = s.trim();
  // A markdown table row becomes a TAB row, empty cells kept.
  if (trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 2) {
    s = trimmed
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim())
      .join('\t');
  }
  s = s.replace(/^\s{0,3}#{1,6}\s+/, '');
  s = s.replace(/\*\*|__/g, '');
  s = s.replace(/<((?:https?|ftp):\/\/[^>\s]+)>/g, '$1');
  if (!s.includes('\t')) s = s.replace(/ +\| +/g, ' ');
  return s;
}

/** Digit + spaces before a unit. */
const DIGIT_SPACES_UNIT = new RegExp(`(\\d) +(?=${UNIT_CLASS})`, 'g');
/** CJK/punctuation + spaces before a number with its unit. */
const CJK_SPACES_NUMBER = new RegExp(`([\\u4e00-\\u9fff，。、：；“”()《》]) +(?=[+-]?\\d[\\d.,]*${UNIT_CLASS})`, 'g');

/** Spaces inside numbers and between numbers and units. Each rewrite needs a character the line
 *  may not have (a comma, a colon, a space): most lines of a report skip most of them. */
function fixNumberSpacing(line: string): string {
  if (!/\d/.test(line)) return line;
  let s = line;
  // Thousands separators: "1 , 234" / "1，234元" → "1,234". A full-width comma between numbers that
  // holds more than one group or continues as a list ("101，102，103") is an enumeration and stays.
  if (s.includes(',') || s.includes('，')) {
    s = s.replace(/(?<![\d.,])(\d{1,3})((?: *[,，] *\d{3})+)(?!\d)/g, (m: string, lead: string, groups: string, off: number, all: string) => {
      const next = all[off + m.length] ?? '';
      if (groups.includes('，') && (/[，、,]/.test(next) || groups.split('，').length > 2)) return m;
      return lead + groups.replace(/ *[,，] */g, ',');
    });
  }
  if (s.includes(':') || s.includes('：')) s = s.replace(/(\d) *[：:] *(\d{2})(?!\d)/g, '$1:$2');
  if (!s.includes(' ')) return s;
  // digit + spaces + unit
  s = s.replace(DIGIT_SPACES_UNIT, '$1');
  // CJK/punctuation + spaces + number-with-unit ("申请 1 条", "截至 2024年")
  s = s.replace(CJK_SPACES_NUMBER, '$1');
  // "2020年 1月" after the first pass: 年/月 + spaces + digit
  s = s.replace(/([年月]) +(?=\d)/g, '$1');
  return s;
}

type LineKind = 'blank' | 'table' | 'field' | 'prose';

function kindOf(line: string): LineKind {
  if (line.trim() === '') return 'blank';
  if (line.includes('\t')) return 'table';
  if (FIELD_LINE.test(line.trim())) return 'field';
  return 'prose';
}

/** A short line that reads as a heading on its own ("一、总体情况", "(一)主要问题", a title). */
function isHeadingLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 40 || /[，、]$/.test(t)) return false;
  // "(三)完善公开制度规范，加强政府信息管理": a numbered sub-heading may hold a comma, not a full stop.
  if (LIST_START.test(t) && t.length <= 30 && !/[。；]/.test(t)) return true;
  if (/[，。；]/.test(t.slice(0, -1))) return false;
  if (LIST_START.test(t)) return true;
  return /(?:年度报告|年报|情况|事项)$/.test(t);
}

/** Whether prose line `a` should be joined with the prose line `b` that follows it (D1 / hard wraps). */
function shouldJoin(a: string, b: string): boolean {
  const at = a.trim();
  const bt = b.trim();
  if (SENTENCE_END.test(at)) return false;
  // "行政许可 97": a label-value row of a table that lost its TABs (PDF text) stays a line.
  if (isLabelValueRow(at) || isLabelValueRow(bt)) return false;
  // A line that is only a number is a table cell that lost its row (page numbers are gone already).
  if (BARE_NUMBER.test(at) || BARE_NUMBER.test(bt)) return false;
  if (isHeadingLine(at)) return false;
  if (LIST_START.test(bt)) return false;
  if (/^(?:附件|附表)/.test(bt)) return false;
  return true;
}

/** D2: within the first lines, a short organ fragment before a line holding "年度报告" is one title. */
function joinTitle(lines: string[]): string[] {
  const limit = Math.min(lines.length, 40);
  let seen = 0;
  for (let i = 0; i < limit; i++) {
    const t = lines[i]!.trim();
    if (t === '') continue;
    if (++seen > 8) break;
    if (kindOf(t) !== 'prose') continue;
    if (/[，。；]/.test(t)) break; // prose started: no title split above
    if (!/年度报告|年报|工作报告/.test(t)) continue;
    if (t.length > 60) break;
    // Join backwards over up to two short title fragments.
    const parts = [t];
    let first = i;
    for (let j = i - 1, taken = 0; j >= 0 && taken < 2; j--) {
      const p = lines[j]!.trim();
      if (p === '') continue;
      if (
        kindOf(p) !== 'prose' ||
        p.length > 40 ||
        /[，。；：:]/.test(p) ||
        /年度报告|年报/.test(p) ||
        !/政府|人民|县|市|区|镇|乡|局|委|办|厅|街道|中心|年|政府信息公开|管理|公司|院/.test(p)
      )
        break;
      parts.unshift(p);
      first = j;
      taken++;
    }
    // A title ending in "…工作" whose next line is "年度报告" (title split after the organ).
    if (first === i && /政府信息公开/.test(t) && !/年度报告|年报/.test(t.slice(-4))) break;
    if (first < i) {
      const joined = parts.join('');
      lines.splice(first, i - first + 1, joined);
    }
    break;
  }
  // The other direction: "2024 年上海市科委政府信息公开工作" + "年度报告".
  for (let i = 0, seen2 = 0; i < Math.min(lines.length, 40) && seen2 < 8; i++) {
    const t = lines[i]!.trim();
    if (t === '') continue;
    seen2++;
    if (kindOf(t) !== 'prose') continue;
    if (/年度报告|年报/.test(t)) break;
    if (/政府信息公开/.test(t) && t.length <= 40 && !/[，。；]/.test(t)) {
      let j = i + 1;
      while (j < lines.length && lines[j]!.trim() === '') j++;
      const n = lines[j]?.trim() ?? '';
      if (/^(?:工作)?(?:年度)?报告|^年报/.test(n) && n.length <= 12) {
        lines.splice(i, j - i + 1, t + n);
      }
      break;
    }
  }
  return lines;
}

/** True when `line` is a page number to drop, given its non-blank neighbours. */
function isPageNumber(line: string, prev: string | undefined, next: string | undefined): boolean {
  const t = line.trim();
  if (PAGE_NUMBER.some((re) => re.test(t))) return true;
  if (!LONE_NUMBER.test(t)) return false;
  // A lone number is a page number only between two prose paragraphs (never inside a table).
  const prose = (l: string | undefined) => l !== undefined && kindOf(l) === 'prose' && !/^\d/.test(l.trim());
  return prose(prev) && prose(next);
}

/** Normalize extracted text per report-format.md §10. Offsets in every output refer to the result. */
export function normalizeText(raw: string): string {
  const text = mapChars(raw.replace(/\r\n?/g, '\n'));
  // 1. per-line cleanup
  const lines: string[] = [];
  for (const rawLine of text.split('\n')) {
    const cleaned = cleanMarkdown(rawLine);
    if (cleaned === null) continue;
    const line = cleaned.replace(/[ ]+$/, '');
    lines.push(line.includes('\t') ? line : line.replace(/^ +/, ''));
  }
  joinTitle(lines);

  // 2. drop page numbers (they sit between paragraphs, so look at non-blank neighbours)
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() !== '' && !line.includes('\t')) {
      let p = kept.length - 1;
      while (p >= 0 && kept[p]!.trim() === '') p--;
      let n = i + 1;
      while (n < lines.length && lines[n]!.trim() === '') n++;
      if (isPageNumber(line, kept[p], lines[n])) continue;
    }
    kept.push(line);
  }

  // 3. paragraph repair: join prose lines across page breaks / hard wraps; collapse blank runs
  const out: string[] = [];
  let pendingBlank = false;
  for (const line of kept) {
    const kind = kindOf(line);
    if (kind === 'blank') {
      pendingBlank = out.length > 0;
      continue;
    }
    const last = out.length > 0 ? out[out.length - 1]! : undefined;
    if (kind === 'prose' && last !== undefined && kindOf(last) === 'prose' && shouldJoin(last, line)) {
      out[out.length - 1] = last + line;
      pendingBlank = false;
      continue;
    }
    if (pendingBlank) out.push('');
    pendingBlank = false;
    out.push(line);
  }

  // 4. per-line character fixes that need whole lines (quotes, number spacing)
  return out.map((l) => fixNumberSpacing(curlQuotes(l))).join('\n');
}
