/**
 * From laid-out PDF pages to one text: page numbers dropped, wrapped lines joined into
 * paragraphs, tables rendered as TAB rows, and a table continued on the next page joined into one.
 */
import type { SourceTable } from '../types.js';
import type { PageElement, PageLayout, PageTable, TextLine } from './pdflayout.js';
import { renderTableLines } from './table.js';
import { joinWrapped } from './textjoin.js';

/** "- 1 -", "— 2 —", "第 3 页", "第3页 共5页", "3/5", "3": page furniture, not text. */
const PAGE_NUMBER = /^[-—–－~\s]*(第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*(\/|of)\s*\d+|\d{1,3})[-—–－~\s]*$/i;

function isPageFurniture(el: PageElement, page: PageLayout, index: number, count: number, running: Set<string>): boolean {
  if (el.kind !== 'line' || !nearPageEdge(el, page, index, count)) return false;
  return PAGE_NUMBER.test(el.text.replace(/\t/g, ' ').trim()) || running.has(edgeKey(el));
}

/** Among the first or last three lines of a page, in its top or bottom eighth. */
function nearPageEdge(el: TextLine, page: PageLayout, index: number, count: number): boolean {
  const edge = index < 3 || index >= count - 3;
  return edge && (el.top < page.height * 0.12 || el.bottom > page.height * 0.88);
}

/** A line's text with numbers and spaces taken out: "第 3 页" and "第 4 页" are one header. */
function edgeKey(line: TextLine): string {
  return line.text.replace(/\d+/g, '#').replace(/\s+/g, '');
}

/**
 * Running headers and footers ("XX县人民政府办公室", "政府信息公开工作年度报告 | 第 3 页"):
 * the same line at the top or bottom edge of at least half the pages (and of two or more).
 */
function runningLines(pages: PageLayout[]): Set<string> {
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set<string>();
    page.elements.forEach((el, i, all) => {
      if (el.kind === 'line' && nearPageEdge(el, page, i, all.length)) keys.add(edgeKey(el));
    });
    for (const k of keys) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [k, n] of pagesWith) if (k !== '' && n >= 2 && n * 2 >= pages.length) out.add(k);
  return out;
}

/** A header row: no cell is a bare number. Continuations of a table start with data rows. */
function looksLikeHeaderRow(row: string[]): boolean {
  const filled = row.filter((t) => t.trim() !== '');
  return filled.length > 0 && !filled.some((t) => /^[-+]?\d[\d,.]*%?$/.test(t.trim()));
}

/**
 * Append a table's continuation. A label cell spanning rows across the page break comes back
 * as an empty cell on the new page: it is filled with the label (as a span copy) when the
 * label was spanning rows above the break or the empty cell spans rows below it.
 */
function joinTables(a: SourceTable, b: SourceTable): SourceTable {
  const aOrigin = a.spanOrigin ?? a.rows.map((r) => r.map(() => true));
  const bRows = b.rows.map((r) => [...r]);
  const bOrigin = (b.spanOrigin ?? b.rows.map((r) => r.map(() => true))).map((r) => [...r]);
  const last = a.rows.length - 1;
  for (let c = 0; c < (bRows[0]?.length ?? 0); c++) {
    const label = a.rows[last]?.[c] ?? '';
    if (bRows[0][c] !== '' || label === '' || /^[-+]?\d[\d,.]*%?$/.test(label)) continue;
    const spannedAbove = last > 0 && !aOrigin[last][c] && a.rows[last - 1][c] === label;
    const spansBelow = bRows.length > 1 && bOrigin[1][c] === false && bRows[1][c] === '';
    if (!spannedAbove && !spansBelow) continue;
    for (let r = 0; r < bRows.length && bRows[r][c] === '' && (r === 0 || !bOrigin[r][c]); r++) {
      bRows[r][c] = label;
      bOrigin[r][c] = false;
    }
  }
  const aRows = a.rows.map((r) => [...r]);
  for (let c = 0; c < (bRows[0]?.length ?? 0); c++) rejoinSplitCell(aRows, aOrigin, bRows, bOrigin, c);
  return { ...a, rows: [...aRows, ...bRows], spanOrigin: [...aOrigin, ...bOrigin] };
}

/** "（一）", "一、", "1.", "(2)", "第二十条": how a new row label starts. */
const LABEL_START = /^\s*([(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+\s*[.．、]|第[一二三四五六七八九十百]+条)/;

/**
 * A merged label cell cut by the page break keeps the first part of its text above the break
 * and the rest below ("（三）不" | "予公开"). When the piece below spans rows (or the piece above
 * did) and does not start like a label of its own, both halves become the one label.
 */
function rejoinSplitCell(aRows: string[][], aOrigin: boolean[][], bRows: string[][], bOrigin: boolean[][], c: number): void {
  const last = aRows.length - 1;
  const above = aRows[last]?.[c] ?? '';
  const below = bRows[0][c];
  if (above === '' || below === '' || above === below || isNumberCell(above) || isNumberCell(below) || LABEL_START.test(below)) return;
  const spannedAbove = last > 0 && !aOrigin[last][c] && aRows[last - 1][c] === above;
  const spansBelow = bRows.length > 1 && !bOrigin[1][c] && bRows[1][c] === below;
  if (!spannedAbove && !spansBelow) return;
  // Only a label column: the neighbours on the row must not be the same cell (a full-width row).
  if ((c > 0 && bRows[0][c - 1] === below) || (c + 1 < bRows[0].length && bRows[0][c + 1] === below)) return;
  const whole = joinWrapped([above, below]);
  for (let r = last; r >= 0 && aRows[r][c] === above; r--) {
    aRows[r][c] = whole;
    if (aOrigin[r][c]) break;
  }
  for (let r = 0; r < bRows.length && bRows[r][c] === below && (r === 0 || !bOrigin[r][c]); r++) {
    bRows[r][c] = whole;
    bOrigin[r][c] = false;
  }
}

function isNumberCell(text: string): boolean {
  return /^[-+]?\d[\d,.]*%?$/.test(text.trim());
}

type Flow = { kind: 'line'; line: TextLine; page: PageLayout } | { kind: 'table'; table: SourceTable; pageBreakBefore: boolean };

/** Page elements in reading order, furniture dropped, continued tables joined. */
function flow(pages: PageLayout[]): Flow[] {
  const out: Flow[] = [];
  const running = runningLines(pages);
  for (const page of pages) {
    const els = page.elements.filter((el, i, all) => !isPageFurniture(el, page, i, all.length, running));
    els.forEach((el, i) => {
      if (el.kind === 'line') {
        out.push({ kind: 'line', line: el, page });
        return;
      }
      const prev = out[out.length - 1];
      const continues =
        i === 0 &&
        prev?.kind === 'table' &&
        prev.table.rows[0]?.length === el.table.rows[0]?.length &&
        !looksLikeHeaderRow(el.table.rows[0]);
      if (continues && prev.kind === 'table') prev.table = joinTables(prev.table, (el as PageTable).table);
      else out.push({ kind: 'table', table: el.table, pageBreakBefore: i === 0 });
    });
  }
  return out;
}

/** Most common value of the rounded numbers (ties: the smaller one); null when none repeats. */
function mode(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 1;
  for (const [v, n] of counts) if (n > bestCount || (n === bestCount && best !== null && v < best)) [best, bestCount] = [v, n];
  return best;
}

function pageLines(page: PageLayout): TextLine[] {
  return page.elements.filter((e): e is TextLine => e.kind === 'line' && !e.tabbed);
}

/** Left text margin of a page: the most common line start (body text is left-aligned). */
function leftMargin(page: PageLayout): number {
  const lines = pageLines(page);
  return mode(lines.map((l) => l.x)) ?? Math.min(...lines.map((l) => l.x), page.width);
}

/** Right text margin: the most common line end (full, justified lines end there). */
function rightMargin(page: PageLayout): number {
  const ends = pageLines(page).map((l) => l.xEnd);
  const common = mode(ends);
  if (common !== null) return common;
  const sorted = ends.sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.9)] ?? page.width;
}

/** Whether `line` starts a new paragraph after `prev` (indent, short previous line, size change, gap). */
function startsParagraph(prev: TextLine, prevPage: PageLayout, line: TextLine, page: PageLayout, margins: Map<PageLayout, [number, number]>): boolean {
  const [left] = margins.get(page) ?? [0, page.width];
  const [, prevRight] = margins.get(prevPage) ?? [0, prevPage.width];
  if (prev.tabbed || line.tabbed) return true;
  if (line.x > left + line.size * 0.9) return true;
  if (prev.xEnd < prevRight - prev.size * 1.5) return true;
  if (Math.abs(prev.size - line.size) > Math.max(prev.size, line.size) * 0.15) return true;
  if (prevPage === page && line.top - prev.bottom > prev.size * 1.2) return true;
  return false;
}

export function assemble(pages: PageLayout[]): { text: string; tables: SourceTable[] } {
  const margins = new Map<PageLayout, [number, number]>(pages.map((p) => [p, [leftMargin(p), rightMargin(p)]]));
  const blocks: string[] = [];
  const tables: SourceTable[] = [];
  let para: string[] = [];
  let last: { line: TextLine; page: PageLayout } | null = null;
  const flushPara = (): void => {
    if (para.length > 0) blocks.push(joinWrapped(para));
    para = [];
  };
  for (const item of flow(pages)) {
    if (item.kind === 'table') {
      flushPara();
      last = null;
      tables.push(item.table);
      blocks.push(renderTableLines(item.table).join('\n'));
      continue;
    }
    const { line, page } = item;
    if (line.tabbed) {
      // Columns without ruling: consecutive TAB lines stay together as one block of rows.
      const continuesRows = last?.line.tabbed === true && para.length === 0;
      flushPara();
      if (continuesRows) blocks[blocks.length - 1] += `\n${line.text}`;
      else blocks.push(line.text);
      last = { line, page };
      continue;
    }
    if (last && startsParagraph(last.line, last.page, line, page, margins)) flushPara();
    para.push(line.text.trim());
    last = { line, page };
  }
  flushPara();
  return { text: blocks.filter((b) => b.trim() !== '').join('\n\n'), tables };
}
