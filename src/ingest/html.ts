/**
 * HTML → text with paragraphs and TAB-rendered tables, plus the tables' real cells.
 *
 * Government pages are Word-exported HTML or CMS templates: words split across <span>s,
 * &nbsp; padding, layout tables around the article, navigation blocks, blank table cells.
 */
import { type HtmlElement, type HtmlNode, isHtmlElement, parseHtmlTree } from './html-tree.js';
import { type Extracted, IngestError, type SourceTable } from '../types.js';
import { decodeText, looksBinaryText } from './encoding.js';
import { buildGrid, type GridCell, renderTableLines } from './table.js';
import { joinWrapped } from './textjoin.js';

/** Content that is never part of a report. */
const SKIPPED_TAGS = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'nav', 'form', 'iframe', 'template', 'svg', 'object', 'embed',
  'select', 'button', 'input', 'textarea', 'map', 'audio', 'video', 'canvas',
]);

/** Elements that start a new paragraph. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article',
  'main', 'aside', 'blockquote', 'pre', 'address', 'center', 'figure', 'figcaption', 'caption', 'hr', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'body', 'html', 'fieldset', 'details', 'summary', 'header', 'footer',
]);

/** class/id words that mark site chrome rather than the article (matched word by word: "main-nav", "mainNav"). */
const NAV_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'submenu', 'subnav', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'sidebar',
  'copyright', 'bdshare', 'share', 'toolbar', 'topbar', 'position', 'location', 'weizhi', 'dqwz',
]);

/** Words of a class/id attribute: split at spaces, "_", "-" and camelCase humps. */
function attributeWords(value: string): string[] {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}

function hasNavName(value: string | undefined): boolean {
  return value !== undefined && attributeWords(value).some((w) => NAV_WORDS.has(w));
}

/** A site header's "today" line, e.g. "2025年12月30日 星期二": a report never writes the weekday. */
const TODAY_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(星期|周)[一二三四五六日天]$/;

/** Longest link text counted as a menu entry ("首页", "走进沭阳", "政府信息公开"). */
const MENU_ENTRY_MAX = 16;

const BR = '\u2028'; // marks a <br> inside the inline buffer until whitespace is collapsed

export interface HtmlBlock {
  kind: 'para' | 'table';
  text: string;
  table?: SourceTable;
}

/** Parse HTML into paragraphs and tables. */
export function htmlToBlocks(html: string): HtmlBlock[] {
  const walker = new BlockWalker();
  walker.walkChildren(parseHtmlTree(html), false);
  walker.flush();
  return walker.blocks;
}

/** Text of the blocks: paragraphs separated by blank lines, each table's rows as TAB lines. */
export function blocksToText(blocks: HtmlBlock[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

class BlockWalker {
  readonly blocks: HtmlBlock[] = [];
  private buffer = '';

  walkChildren(nodes: HtmlNode[], insideArticle: boolean): void {
    for (const node of nodes) this.walk(node, insideArticle);
  }

  flush(): void {
    const text = collapseInline(this.buffer);
    this.buffer = '';
    if (text && !TODAY_LINE.test(text)) this.blocks.push({ kind: 'para', text });
  }

  private walk(node: HtmlNode, insideArticle: boolean): void {
    if (node.type === 'text') {
      this.buffer += node.data;
      return;
    }
    if (!isHtmlElement(node)) return;
    const tag = node.name;
    if (isSkipped(node, insideArticle)) return;
    if (tag === 'br') {
      this.buffer += BR;
      return;
    }
    const inArticle = insideArticle || tag === 'article' || tag === 'main';
    if (tag === 'table' && isDataTable(node)) {
      this.flush();
      const table = readTable(node);
      if (table.caption) this.blocks.push({ kind: 'para', text: table.caption });
      if (table.rows.length > 0) {
        this.blocks.push({ kind: 'table', text: renderTableLines(table.source).join('\n'), table: table.source });
      }
      return;
    }
    if (BLOCK_TAGS.has(tag)) {
      this.flush();
      this.walkChildren(node.children, inArticle);
      this.flush();
      return;
    }
    this.walkChildren(node.children, inArticle);
  }
}

function isSkipped(el: HtmlElement, insideArticle: boolean): boolean {
  if (SKIPPED_TAGS.has(el.name)) return true;
  // <header>/<footer> of the page are chrome; inside an <article> they may hold the title.
  if ((el.name === 'header' || el.name === 'footer') && !insideArticle) return true;
  const attrs = el.attribs ?? {};
  if ('hidden' in attrs) return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attrs.style ?? '')) return true;
  if (attrs.role === 'navigation') return true;
  if (hasNavName(attrs.class) || hasNavName(attrs.id)) return true;
  return isLinkMenu(el);
}

/**
 * A menu: a list whose entries are nothing but short links, or a block holding only links
 * (at least three) and separators. Report text always has words outside links.
 */
function isLinkMenu(el: HtmlElement): boolean {
  if (el.name === 'ul' || el.name === 'ol' || el.name === 'menu' || el.name === 'dl') {
    const entries = childElements(el).filter((c) => c.name === 'li' || c.name === 'dt' || c.name === 'dd');
    if (entries.length < 2) return false;
    return entries.every((entry) => (menuLinks(entry)?.length ?? 0) > 0);
  }
  if (el.name === 'div' || el.name === 'p' || el.name === 'span' || el.name === 'td') {
    return (menuLinks(el)?.length ?? 0) >= 3;
  }
  return false;
}

/** Separators a menu puts between its links. */
const MENU_SEPARATORS = /^[\s\u00a0|｜/·•>»＞、,，;；:：\-—]*$/;

/**
 * The (non-empty) link texts under `el` when it holds nothing but links of at most
 * MENU_ENTRY_MAX characters and separators; null as soon as it holds anything else. Every
 * block of a page is asked this as the walker reaches it: stopping at the first word of real
 * text keeps that from re-reading each subtree once per enclosing block.
 */
function menuLinks(el: HtmlElement): string[] | null {
  const links: string[] = [];
  const visit = (nodes: HtmlNode[]): boolean => {
    for (const node of nodes) {
      if (node.type === 'text') {
        if (!MENU_SEPARATORS.test(node.data)) return false;
      } else if (isHtmlElement(node) && !SKIPPED_TAGS.has(node.name)) {
        if (node.name === 'a') {
          const text = textOf(node).replace(/\s+/g, '');
          if (text.length > MENU_ENTRY_MAX) return false;
          if (text !== '') links.push(text);
        } else if (!visit(node.children)) return false;
      }
    }
    return true;
  };
  return visit(el.children) ? links : null;
}

function textOf(el: HtmlElement): string {
  return el.children.map((c) => (c.type === 'text' ? c.data : isHtmlElement(c) ? textOf(c) : '')).join('');
}

/** Elements below `el` (depth-first), not descending into nested tables. */
function childElements(el: HtmlElement): HtmlElement[] {
  return el.children.filter(isHtmlElement);
}

function rowsOf(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = [];
  const visit = (el: HtmlElement): void => {
    for (const child of childElements(el)) {
      if (child.name === 'tr') rows.push(child);
      else if (child.name !== 'table') visit(child);
    }
  };
  visit(table);
  return rows;
}

function cellsOf(row: HtmlElement): HtmlElement[] {
  return childElements(row).filter((c) => c.name === 'td' || c.name === 'th');
}

function containsTable(el: HtmlElement): boolean {
  return childElements(el).some((c) => c.name === 'table' || containsTable(c));
}

/** A table that holds data, not a page layout: no nested tables, at least two columns, short cells. */
function isDataTable(table: HtmlElement): boolean {
  if (containsTable(table)) return false;
  const rows = rowsOf(table);
  if (rows.length === 0) return false;
  let maxCols = 0;
  for (const row of rows) {
    const cells = cellsOf(row);
    let width = 0;
    for (const cell of cells) {
      width += spanAttr(cell, 'colspan');
      if (cellText(cell).length > 1500) return false;
    }
    maxCols = Math.max(maxCols, width);
  }
  return maxCols >= 2;
}

function spanAttr(cell: HtmlElement, name: 'rowspan' | 'colspan'): number {
  const n = Number.parseInt(cell.attribs?.[name] ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 200) : 1;
}

/** Cell texts already read, by cell: isDataTable reads every cell of a table, then readTable
 *  the same cells again (an entry dies with its page's tree). */
const cellTexts = new WeakMap<HtmlElement, string>();

/** A cell's text on one line: inner paragraphs and <br>s joined as wrapped lines. */
function cellText(cell: HtmlElement): string {
  let text = cellTexts.get(cell);
  if (text === undefined) {
    text = readCellText(cell);
    cellTexts.set(cell, text);
  }
  return text;
}

function readCellText(cell: HtmlElement): string {
  const walker = new BlockWalker();
  walker.walkChildren(cell.children, true);
  walker.flush();
  const lines: string[] = [];
  for (const b of walker.blocks) lines.push(...b.text.split('\n'));
  return joinWrapped(lines.map((l) => l.replace(/\t/g, ' ').trim()).filter((l) => l !== ''));
}

function readTable(table: HtmlElement): { rows: GridCell[][]; caption: string; source: SourceTable } {
  const captionEl = childElements(table).find((c) => c.name === 'caption');
  const caption = captionEl ? cellText(captionEl) : '';
  const rows: GridCell[][] = rowsOf(table).map((row) =>
    cellsOf(row).map((cell) => ({ text: cellText(cell), rowspan: spanAttr(cell, 'rowspan'), colspan: spanAttr(cell, 'colspan') })),
  );
  const source = buildGrid(rows);
  return { rows, caption, source };
}

/** HTML's inline whitespace (and the no-break space, read as a space). */
function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c || code === 0xa0;
}

/**
 * Collapse HTML whitespace in an inline run; <br> marks become line breaks. Each run of spaces
 * (no-break spaces included) becomes one space, or nothing when it holds a source line break
 * between two CJK characters (an artefact of HTML wrapping); then each line is trimmed and empty
 * ones dropped. One pass over the characters: every block and cell of a page comes through here.
 */
export function collapseInline(raw: string): string {
  let text = '';
  let from = 0;
  for (let i = 0; i < raw.length; ) {
    if (!isInlineSpace(raw.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    let lineBreak = false;
    for (; end < raw.length && isInlineSpace(raw.charCodeAt(end)); end++) {
      const code = raw.charCodeAt(end);
      if (code === 0x0a || code === 0x0d) lineBreak = true;
    }
    text += raw.slice(from, i);
    if (!(lineBreak && isCjk(raw[i - 1]) && isCjk(raw[end]))) text += ' ';
    from = i = end;
  }
  text += raw.slice(from);
  return text
    .split(BR)
    .map((line) => (line.includes('  ') ? line.replace(/ +/g, ' ') : line).trim())
    .filter((line) => line !== '')
    .join('\n');
}

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch);
}

/** Read an HTML file's bytes (charset by BOM, <meta>, UTF-8 validity, else GB18030). */
export function extractHtml(bytes: Uint8Array): Extracted {
  if (bytes.length === 0) throw new IngestError('empty file (0 bytes)');
  const decoded = decodeText(bytes, { html: true });
  if (!decoded || looksBinaryText(decoded.text)) throw new IngestError('not a text/HTML file: binary content');
  const notes = decoded.charset === 'utf-8' && decoded.how !== 'BOM' ? [] : [`HTML encoding ${decoded.charset} (${decoded.how})`];
  const blocks = htmlToBlocks(decoded.text);
  const text = blocksToText(blocks);
  if (text.trim() === '') throw new IngestError('HTML page holds no text (empty page, or content loaded by script)');
  const tables = blocks.flatMap((b) => (b.table ? [b.table] : []));
  return { format: 'html', text, tables, notes };
}
