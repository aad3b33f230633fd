/**
 * Page layout of a PDF: positioned text lines and ruled tables, in reading order.
 *
 * Tables are found from the ruling the PDF draws (stroked lines, thin filled rectangles, cell
 * frames), not from text alignment: the ruling gives the real grid, including merged cells —
 * a boundary missing between two grid slots means the cell spans both.
 */
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { SourceTable } from '../types.js';
import { joinsTight, joinWrapped } from './textjoin.js';

// ───────────── the small part of pdf.js we use ─────────────

export interface PdfTextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  /** 'ttb' for text set in a vertical font. */
  dir?: string;
  fontName?: string;
}
export interface PdfOperatorList {
  fnArray: number[];
  argsArray: unknown[];
}
export interface PdfPageLike {
  getViewport(params: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(params?: object): Promise<{ items: Array<PdfTextItemLike | object> }>;
  getOperatorList(): Promise<PdfOperatorList>;
  cleanup(): unknown;
}
export interface PdfDocumentLike {
  numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
}

// ───────────── page elements ─────────────

/** A line of text outside tables. `tabbed` when wide gaps were rendered as TABs (unruled columns). */
export interface TextLine {
  kind: 'line';
  text: string;
  x: number;
  xEnd: number;
  top: number;
  bottom: number;
  size: number;
  tabbed: boolean;
}

export interface PageTable {
  kind: 'table';
  table: SourceTable;
  top: number;
  bottom: number;
}

export type PageElement = TextLine | PageTable;

export interface PageLayout {
  num: number;
  width: number;
  height: number;
  elements: PageElement[];
  /** Non-space characters on the page (0: no text layer). */
  visibleChars: number;
}

interface Glyphs {
  str: string;
  x: number;
  xEnd: number;
  /** Baseline, top-down page coordinates. */
  y: number;
  size: number;
}

interface HSeg { y: number; x1: number; x2: number }
interface VSeg { x: number; y1: number; y2: number }

type Matrix = [number, number, number, number, number, number];

const PAINT_OPS = new Set<number>([
  OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke,
]);

/** Lay out every page. */
export async function layoutPages(doc: PdfDocumentLike, numPages: number): Promise<PageLayout[]> {
  const pages: PageLayout[] = [];
  for (let n = 1; n <= numPages; n++) {
    const page = await doc.getPage(n);
    try {
      pages.push(await layoutPage(page, n));
    } finally {
      page.cleanup();
    }
  }
  return pages;
}

async function layoutPage(page: PdfPageLike, num: number): Promise<PageLayout> {
  const viewport = page.getViewport({ scale: 1 });
  const vt = viewport.transform as Matrix;
  const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
  const items = content.items.filter((raw): raw is PdfTextItemLike => 'str' in raw && (raw as PdfTextItemLike).str !== '');
  // The operator list (ruling, vertical text) costs about as much as the text itself: only
  // pages whose text is laid out in columns, or that set text vertically, need it.
  const vertical = items.filter((item) => item.dir === 'ttb');
  const ops = looksTabular(items, vt) || vertical.length > 0 ? await page.getOperatorList() : null;
  const restored = ops && vertical.length > 0 ? fullVerticalText(vertical, ops) : new Map<PdfTextItemLike, string>();
  const glyphs: Glyphs[] = [];
  let visibleChars = 0;
  for (const item of items) {
    const glyph = { ...glyphsOf(item, vt), str: restored.get(item) ?? item.str };
    glyphs.push(glyph);
    visibleChars += glyph.str.replace(/\s/g, '').length;
  }
  const grids = ops ? findGrids(rulingSegments(ops, vt, viewport.width, viewport.height)) : [];
  const inTable = new Set<Glyphs>();
  const tables: PageTable[] = [];
  for (const grid of grids) {
    const mine = glyphs.filter((g) => grid.contains(g));
    const table = grid.fill(mine);
    if (!table) continue;
    for (const g of mine) inTable.add(g);
    tables.push({ kind: 'table', table: { ...table, page: num }, top: grid.top, bottom: grid.bottom });
  }
  const lines = buildLines(glyphs.filter((g) => !inTable.has(g)));
  const elements: PageElement[] = [...lines, ...tables].sort((a, b) => a.top - b.top);
  return { num, width: viewport.width, height: viewport.height, elements, visibleChars };
}

function glyphsOf(item: PdfTextItemLike, vt: Matrix): Glyphs {
  const m = multiply(vt, item.transform as Matrix);
  const size = Math.hypot(m[2], m[3]) || item.height || 10;
  const scaleX = Math.hypot(vt[0], vt[1]) || 1;
  return { str: item.str, x: m[4], xEnd: m[4] + item.width * scaleX, y: m[5], size };
}

/**
 * Whether any line of the page has a wide gap between two runs of text (a table row's cells).
 * Prose lines are continuous runs, so pages of prose skip the operator list. Erring towards
 * "tabular" only costs time: a table header alone at the foot of a page must still be found.
 */
function looksTabular(items: PdfTextItemLike[], vt: Matrix): boolean {
  const runs = items.filter((item) => item.str.trim() !== '' && item.dir !== 'ttb').map((item) => glyphsOf(item, vt));
  runs.sort((a, b) => a.y - b.y || a.x - b.x);
  for (const row of baselineRows(runs)) {
    row.sort((a, b) => a.x - b.x);
    let end = row[0].xEnd;
    for (let k = 1; k < row.length; k++) {
      if (row[k].x - end > Math.min(row[k].size, row[k - 1].size) * 0.8) return true;
      end = Math.max(end, row[k].xEnd);
    }
  }
  return false;
}

/** Glyph runs (sorted by baseline) grouped into rows that share a baseline. Linear: a run can
 *  only join one of the last few rows, since the runs come sorted top-down. */
function baselineRows(sorted: Glyphs[]): Glyphs[][] {
  const rows: Glyphs[][] = [];
  for (const g of sorted) {
    let target: Glyphs[] | undefined;
    for (let k = Math.max(0, rows.length - 4); k < rows.length && !target; k++) {
      const r = rows[k];
      if (Math.abs(r[0].y - g.y) <= Math.max(2, Math.min(r[0].size, g.size) * 0.4)) target = r;
    }
    if (target) target.push(g);
    else rows.push([g]);
  }
  return rows;
}

/**
 * pdf.js loses the tail of a text run set in a vertical font when the PDF also moves each glyph
 * down itself (WPS does this for vertical labels of merged cells: "三、本年度办理结果" comes back
 * as "三、本"). The operator list still has every glyph: a vertical run gets the full text of
 * the text object it starts, unless the rest of that text is another run pdf.js did keep.
 */
function fullVerticalText(vertical: PdfTextItemLike[], ops: PdfOperatorList): Map<PdfTextItemLike, string> {
  const fonts = new Set(vertical.map((item) => item.fontName));
  const objects = verticalTextObjects(ops, fonts);
  const seen = vertical.map((item) => item.str.replace(/\s/g, ''));
  const full = new Map<PdfTextItemLike, string>();
  let next = 0;
  vertical.forEach((item, i) => {
    if (seen[i] === '') return;
    const k = objects.findIndex((text, j) => j >= next && text.startsWith(seen[i]));
    if (k < 0) return;
    next = k + 1;
    const rest = objects[k].slice(seen[i].length);
    const keptElsewhere = seen.some((other, j) => j !== i && other !== '' && rest.startsWith(other));
    if (rest !== '' && !keptElsewhere) full.set(item, objects[k]);
  });
  return full;
}

/** Text of each BT…ET text object drawn in one of `fonts`, in drawing order. */
function verticalTextObjects(ops: PdfOperatorList, fonts: Set<string | undefined>): string[] {
  const out: string[] = [];
  let font: string | undefined;
  let text = '';
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    if (fn === OPS.setFont) font = String((ops.argsArray[i] as unknown[])[0]);
    else if (fn === OPS.beginText) text = '';
    else if (fn === OPS.endText) {
      if (text !== '') out.push(text);
      text = '';
    } else if ((fn === OPS.showText || fn === OPS.showSpacedText) && fonts.has(font)) {
      const glyphs = (ops.argsArray[i] as unknown[])[0];
      if (!Array.isArray(glyphs)) continue;
      for (const g of glyphs) {
        const unicode = (g as { unicode?: unknown } | null)?.unicode;
        if (typeof unicode === 'string') text += unicode.replace(/\s/g, '');
      }
    }
  }
  return out;
}

// ───────────── ruling ─────────────

function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[2] * b[1],
    a[1] * b[0] + a[3] * b[1],
    a[0] * b[2] + a[2] * b[3],
    a[1] * b[2] + a[3] * b[3],
    a[0] * b[4] + a[2] * b[5] + a[4],
    a[1] * b[4] + a[3] * b[5] + a[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Subpaths of a constructPath's path data (pdf.js DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 closePath). */
function subpaths(data: ArrayLike<number>): Array<{ points: Array<[number, number]>; closed: boolean; curved: boolean }> {
  const out: Array<{ points: Array<[number, number]>; closed: boolean; curved: boolean }> = [];
  let cur: { points: Array<[number, number]>; closed: boolean; curved: boolean } | null = null;
  for (let i = 0; i < data.length; ) {
    const op = data[i];
    if (op === 0) {
      cur = { points: [[data[i + 1], data[i + 2]]], closed: false, curved: false };
      out.push(cur);
      i += 3;
    } else if (op === 1) {
      cur?.points.push([data[i + 1], data[i + 2]]);
      i += 3;
    } else if (op === 2) {
      if (cur) {
        cur.curved = true;
        cur.points.push([data[i + 5], data[i + 6]]);
      }
      i += 7;
    } else if (op === 3) {
      if (cur) cur.closed = true;
      i += 1;
    } else {
      break; // unknown encoding: ignore the rest of this path
    }
  }
  return out;
}

/** Horizontal and vertical rules drawn on the page, in top-down page coordinates. */
function rulingSegments(
  ops: PdfOperatorList,
  vt: Matrix,
  pageWidth: number,
  pageHeight: number,
): { hsegs: HSeg[]; vsegs: VSeg[] } {
  const hsegs: HSeg[] = [];
  const vsegs: VSeg[] = [];
  let state: GraphicsState = { ctm: [1, 0, 0, 1, 0, 0], fill: '#000000', stroke: '#000000' };
  const stack: GraphicsState[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(state);
    else if (fn === OPS.restore) state = stack.pop() ?? state;
    else if (fn === OPS.transform && args) state = { ...state, ctm: multiply(state.ctm, args as Matrix) };
    else if (fn === OPS.setFillRGBColor && args) state = { ...state, fill: String(args[0]) };
    else if (fn === OPS.setStrokeRGBColor && args) state = { ...state, stroke: String(args[0]) };
    else if (fn === OPS.constructPath && args) {
      const paintOp = args[0] as number;
      if (!PAINT_OPS.has(paintOp)) continue; // clipping paths and the like
      const isFill = paintOp === OPS.fill || paintOp === OPS.eoFill;
      // White boxes behind text lines (WPS) are invisible on paper: not rules.
      if (isWhite(isFill ? state.fill : state.stroke)) continue;
      const ctm = state.ctm;
      const m = multiply(vt, ctm);
      const dataList = args[1] as ArrayLike<number>[] | ArrayLike<number>;
      const data = (Array.isArray(dataList) && typeof dataList[0] !== 'number' ? dataList[0] : dataList) as ArrayLike<number>;
      if (!data) continue;
      for (const sp of subpaths(data)) {
        if (sp.curved || sp.points.length === 0) continue;
        const pts = sp.points.map(([x, y]) => apply(m, x, y));
        addSubpath(pts, sp.closed || isFill, isFill, hsegs, vsegs, pageWidth, pageHeight);
      }
    }
  }
  return { hsegs, vsegs };
}

interface GraphicsState {
  ctm: Matrix;
  fill: string;
  stroke: string;
}

/** Near-white colours (pdf.js reports colours as #rrggbb). */
function isWhite(color: string): boolean {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return m !== null && [m[1], m[2], m[3]].every((h) => Number.parseInt(h, 16) >= 0xf0);
}

const AXIS_TOL = 1;
const THIN = 3;

function addSubpath(
  pts: Array<[number, number]>,
  closed: boolean,
  isFill: boolean,
  hsegs: HSeg[],
  vsegs: VSeg[],
  pageWidth: number,
  pageHeight: number,
): void {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const w = maxX - minX;
  const h = maxY - minY;
  // Page backgrounds and big shaded areas are not rules.
  if (w > pageWidth * 0.95 && h > pageHeight * 0.5) return;
  if (isFill && pts.length >= 4 && (w <= THIN || h <= THIN)) {
    // A thin filled rectangle is a rule drawn as a fill (WPS, Word).
    if (w <= THIN && h > THIN) vsegs.push({ x: (minX + maxX) / 2, y1: minY, y2: maxY });
    else if (h <= THIN && w > THIN) hsegs.push({ y: (minY + maxY) / 2, x1: minX, x2: maxX });
    return;
  }
  const n = pts.length;
  const edges = closed ? n : n - 1;
  for (let k = 0; k < edges; k++) {
    const [x1, y1] = pts[k];
    const [x2, y2] = pts[(k + 1) % n];
    if (Math.abs(y1 - y2) <= AXIS_TOL && Math.abs(x1 - x2) > 2) hsegs.push({ y: (y1 + y2) / 2, x1: Math.min(x1, x2), x2: Math.max(x1, x2) });
    else if (Math.abs(x1 - x2) <= AXIS_TOL && Math.abs(y1 - y2) > 2) vsegs.push({ x: (x1 + x2) / 2, y1: Math.min(y1, y2), y2: Math.max(y1, y2) });
  }
}

// ───────────── grids ─────────────

const SNAP = 3; // rules closer than this (pt) are one rule: frames are often drawn as double hairlines

/** Cluster sorted values: members closer than SNAP to the cluster's last member join it. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const centers: number[][] = [];
  for (const v of sorted) {
    const last = centers[centers.length - 1];
    if (last && v - last[last.length - 1] <= SNAP) last.push(v);
    else centers.push([v]);
  }
  return centers.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

interface Grid {
  top: number;
  bottom: number;
  contains(g: Glyphs): boolean;
  fill(glyphs: Glyphs[]): SourceTable | null;
}

/** Connected groups of crossing rules, each turned into a grid when it has at least 2×2 slots or 2 cells. */
function findGrids({ hsegs, vsegs }: { hsegs: HSeg[]; vsegs: VSeg[] }): Grid[] {
  const n = hsegs.length + vsegs.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const tol = SNAP;
  for (let i = 0; i < hsegs.length; i++) {
    const h = hsegs[i];
    for (let j = 0; j < vsegs.length; j++) {
      const v = vsegs[j];
      if (v.x >= h.x1 - tol && v.x <= h.x2 + tol && h.y >= v.y1 - tol && h.y <= v.y2 + tol) {
        parent[find(i)] = find(hsegs.length + j);
      }
    }
  }
  const groups = new Map<number, { h: HSeg[]; v: VSeg[] }>();
  hsegs.forEach((h, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    g.h.push(h);
    groups.set(find(i), g);
  });
  vsegs.forEach((v, j) => {
    const g = groups.get(find(hsegs.length + j)) ?? { h: [], v: [] };
    g.v.push(v);
    groups.set(find(hsegs.length + j), g);
  });
  const grids: Grid[] = [];
  for (const { h, v } of groups.values()) {
    const ys = cluster(h.map((s) => s.y));
    const xs = cluster(v.map((s) => s.x));
    if (ys.length < 2 || xs.length < 2) continue;
    if ((ys.length - 1) * (xs.length - 1) < 2) continue; // a single box is a frame, not a table
    grids.push(makeGrid(xs, ys, h, v));
  }
  return grids;
}

function covers(a1: number, a2: number, lo: number, hi: number): boolean {
  // The rule covers the middle half of the slot edge: tolerant of small gaps at crossings.
  const q = (hi - lo) / 4;
  return a1 <= lo + q + 0.5 && a2 >= hi - q - 0.5;
}

function makeGrid(xs: number[], ys: number[], h: HSeg[], v: VSeg[]): Grid {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= SNAP;
  const vRuleAt = (k: number, r: number): boolean => v.some((s) => near(s.x, xs[k]) && covers(s.y1, s.y2, ys[r], ys[r + 1]));
  const hRuleAt = (k: number, c: number): boolean => h.some((s) => near(s.y, ys[k]) && covers(s.x1, s.x2, xs[c], xs[c + 1]));

  // Merge slots not separated by a rule: those make up one (spanning) cell.
  const id = (r: number, c: number): number => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !vRuleAt(c + 1, r)) parent[find(id(r, c))] = find(id(r, c + 1));
      if (r + 1 < rows && !hRuleAt(r + 1, c)) parent[find(id(r, c))] = find(id(r + 1, c));
    }
  }
  const top = ys[0];
  const bottom = ys[rows];
  const left = xs[0];
  const right = xs[cols];
  const slotOf = (values: number[], p: number): number => {
    for (let k = 0; k < values.length - 1; k++) if (p < values[k + 1]) return k;
    return values.length - 2;
  };
  return {
    top,
    bottom,
    contains: (g) => {
      const cx = (g.x + g.xEnd) / 2;
      const cy = g.y - g.size * 0.35;
      return cx > left && cx < right && cy > top && cy < bottom;
    },
    fill: (glyphs) => {
      const byCell = new Map<number, Glyphs[]>();
      for (const g of glyphs) {
        const r = slotOf(ys, g.y - g.size * 0.35);
        const c = slotOf(xs, (g.x + g.xEnd) / 2);
        const key = find(id(r, c));
        const list = byCell.get(key) ?? [];
        list.push(g);
        byCell.set(key, list);
      }
      const text = new Map<number, string>();
      for (const [key, list] of byCell) text.set(key, cellText(list));
      const grid: string[][] = [];
      const origin: boolean[][] = [];
      const seen = new Set<number>();
      for (let r = 0; r < rows; r++) {
        grid.push([]);
        origin.push([]);
        for (let c = 0; c < cols; c++) {
          const key = find(id(r, c));
          grid[r].push(text.get(key) ?? '');
          origin[r].push(!seen.has(key));
          seen.add(key);
        }
      }
      return trimGrid(grid, origin, xs);
    },
  };
}

/** Drop rows with no text, and hairline columns (double rules) that hold nothing of their own. */
function trimGrid(grid: string[][], origin: boolean[][], xs: number[]): SourceTable | null {
  const keepCols = grid[0].map((_, c) => xs[c + 1] - xs[c] >= 6 || grid.some((row, r) => origin[r][c] && row[c] !== ''));
  const rows: string[][] = [];
  const spanOrigin: boolean[][] = [];
  grid.forEach((row, r) => {
    if (row.every((t) => t === '')) return;
    rows.push(row.filter((_, c) => keepCols[c]));
    spanOrigin.push(origin[r].filter((_, c) => keepCols[c]));
  });
  // A span copy whose origin row was dropped becomes the origin.
  for (let c = 0; c < (rows[0]?.length ?? 0); c++) {
    for (let r = 0; r < rows.length; r++) {
      if (!spanOrigin[r][c] && (r === 0 || rows[r - 1][c] !== rows[r][c]) && (c === 0 || rows[r][c - 1] !== rows[r][c])) spanOrigin[r][c] = true;
    }
  }
  if (rows.length === 0 || rows[0].length === 0) return null;
  if (rows.length * rows[0].length < 2) return null;
  return { rows, spanOrigin };
}

/** Text of one cell: its glyph runs grouped into lines, lines joined as wrapped text. */
function cellText(glyphs: Glyphs[]): string {
  return joinWrapped(buildLines(glyphs, true).map((l) => l.text.replace(/\t/g, ' ').trim()).filter((t) => t !== ''));
}

// ───────────── lines ─────────────

/** Group glyph runs into lines (same baseline), left to right. */
function buildLines(glyphs: Glyphs[], inCell = false): TextLine[] {
  const sorted = [...glyphs].sort((a, b) => a.y - b.y || a.x - b.x);
  return baselineRows(sorted)
    .map((row) => lineOf(row, inCell))
    .filter((line) => line.text.trim() !== '')
    .sort((a, b) => a.top - b.top);
}

function lineOf(row: Glyphs[], inCell: boolean): TextLine {
  row.sort((a, b) => a.x - b.x);
  const size = median(row.map((g) => g.size));
  let text = '';
  let tabbed = false;
  let prevEnd = Number.NaN;
  for (const g of row) {
    if (text !== '') {
      const gap = g.x - prevEnd;
      if (!inCell && gap > size * 2.5) {
        text = text.replace(/ +$/, '') + '\t';
        tabbed = true;
      } else if (gap > size * 0.3 && !/\s$/.test(text) && !/^\s/.test(g.str) && !joinsTight(text, g.str)) {
        text += ' ';
      }
    }
    text += text.endsWith('\t') ? g.str.replace(/^\s+/, '') : g.str;
    prevEnd = Math.max(Number.isNaN(prevEnd) ? g.xEnd : prevEnd, g.xEnd);
  }
  const ys = row.map((g) => g.y);
  return {
    kind: 'line',
    text: text.replace(/\s+$/, ''),
    x: row[0].x,
    xEnd: Math.max(...row.map((g) => g.xEnd)),
    top: Math.min(...ys) - size,
    bottom: Math.max(...ys),
    size,
    tabbed,
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 10;
}
