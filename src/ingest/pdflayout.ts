/**
 * Page layout of a PDF: positioned text lines and ruled tables, in reading order.
 *
 * Tables are found from the ruling the PDF draws (stroked lines and cell frames, thin filled
 * rectangles, in any coordinate system a cm or /Rotate sets up, in pieces or doubled), not from
 * text alignment: the ruling gives the real grid, including merged cells — a boundary missing
 * between two grid slots means the cell spans both. Filled areas are shading, never rules.
 * Tables ruled by horizontal rules only (三线表) take their columns from the text positions.
 */
import { OPS } from './pdfjs.js';
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
  /** Whether the page paints an image; only looked at on pages with (almost) no text. */
  paintsImage?: boolean;
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
  // The ruling (and vertical text) needs the page's operators: only pages whose text is laid out
  // in columns, or that set text vertically, ask for them — unless the derived worker read the
  // operators they need in the text pass (pdfjs-text-worker.ts).
  const vertical = items.filter((item) => item.dir === 'ttb');
  const captured = capturedOperators(content.items);
  const needsOps = looksTabular(items, vt) || vertical.length > 0;
  const ops = needsOps ? (captured ?? (await page.getOperatorList())) : null;
  const restored = ops && vertical.length > 0 ? fullVerticalText(vertical, ops) : new Map<PdfTextItemLike, string>();
  const glyphs: Glyphs[] = [];
  let visibleChars = 0;
  for (const item of items) {
    const glyph = { ...glyphsOf(item, vt), str: restored.get(item) ?? item.str };
    glyphs.push(glyph);
    visibleChars += glyph.str.replace(/\s/g, '').length;
  }
  const ruling = ops ? findGrids(rulingSegments(ops, vt, viewport.width, viewport.height)) : { grids: [], loose: [] };
  const inTable = new Set<Glyphs>();
  const tables: PageTable[] = [];
  const claim = (grid: Grid): void => {
    const mine = glyphs.filter((g) => !inTable.has(g) && grid.contains(g));
    const table = grid.fill(mine);
    if (!table) return;
    for (const g of mine) inTable.add(g);
    tables.push({ kind: 'table', table: { ...table, page: num }, top: grid.top, bottom: grid.bottom });
  };
  ruling.grids.forEach(claim);
  // Then tables ruled by horizontal rules only (三线表), read from the positions of the text left.
  if (ruling.loose.length >= 2) ruledBands(ruling.loose, glyphs.filter((g) => !inTable.has(g))).forEach(claim);
  const lines = buildLines(glyphs.filter((g) => !inTable.has(g)));
  const elements: PageElement[] = [...lines, ...tables].sort((a, b) => a.top - b.top);
  // A page with no text that paints an image is a scan; one that paints nothing is blank.
  // (the captured operators hold no images: ask for the whole list)
  const paintsImage = visibleChars < FEW_CHARS ? paintsAnImage(ops && ops !== captured ? ops : await page.getOperatorList()) : undefined;
  return { num, width: viewport.width, height: viewport.height, elements, visibleChars, paintsImage };
}

/** What the derived worker appends to a page's text content: the operators the ruling and vertical
 *  text read, as the page's operator list holds them, when it could follow them all. */
interface CapturedOperators extends PdfOperatorList {
  type: 'rulingOps';
  complete: boolean;
}

function capturedOperators(items: ReadonlyArray<PdfTextItemLike | object>): PdfOperatorList | null {
  const last = items[items.length - 1] as Partial<CapturedOperators> | undefined;
  return last?.type === 'rulingOps' && last.complete === true && Array.isArray(last.fnArray) && Array.isArray(last.argsArray)
    ? { fnArray: last.fnArray, argsArray: last.argsArray }
    : null;
}

/** Fewer visible characters than this on a page: no text layer to speak of (a stamp, a page number). */
export const FEW_CHARS = 5;

const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);

function paintsAnImage(ops: PdfOperatorList): boolean {
  return ops.fnArray.some((fn) => IMAGE_OPS.has(fn));
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
  return { hsegs: joinCollinear(hsegs), vsegs: joinCollinear(vsegs.map(flip)).map(flip) };
}

/** A vertical rule as a horizontal one (and back): x↔y. */
function flip<T extends HSeg | VSeg>(s: T): T extends HSeg ? VSeg : HSeg;
function flip(s: HSeg | VSeg): HSeg | VSeg {
  return 'y' in s ? { x: s.y, y1: s.x1, y2: s.x2 } : { y: s.x, x1: s.y1, x2: s.y2 };
}

/** Rules on one line drawn in pieces (per cell, dashed, split at crossings) joined into one
 *  rule: a cell edge is ruled when one rule covers it. */
function joinCollinear(segs: HSeg[]): HSeg[] {
  const sorted = [...segs].sort((a, b) => a.y - b.y || a.x1 - b.x1);
  const out: HSeg[] = [];
  let line: HSeg[] = [];
  const flush = (): void => {
    line.sort((a, b) => a.x1 - b.x1);
    let cur: HSeg | null = null;
    for (const s of line) {
      if (cur && s.x1 <= cur.x2 + JOIN_GAP) cur.x2 = Math.max(cur.x2, s.x2);
      else {
        cur = { ...s };
        out.push(cur);
      }
    }
    line = [];
  };
  for (const s of sorted) {
    if (line.length > 0 && s.y - line[0].y > AXIS_TOL) flush();
    line.push(s);
  }
  flush();
  return out;
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
/** Pieces of one rule closer than this (pt) are one rule. */
const JOIN_GAP = 2;

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
  if (isFill) {
    // A thin filled rectangle is a rule drawn as a fill (WPS, Word). Any other filled area is
    // shading (cell backgrounds, highlighted text): its edges need not line up with any cell.
    if (pts.length < 4) return;
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
function findGrids({ hsegs, vsegs }: { hsegs: HSeg[]; vsegs: VSeg[] }): { grids: Grid[]; loose: HSeg[] } {
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
  const loose: HSeg[] = [];
  for (const { h, v } of groups.values()) {
    const ys = cluster(h.map((s) => s.y));
    const xs = cluster(v.map((s) => s.x));
    if (xs.length < 2) loose.push(...h); // horizontal rules with no vertical ones across them
    if (ys.length < 2 || xs.length < 2) continue;
    if ((ys.length - 1) * (xs.length - 1) < 2) continue; // a single box is a frame, not a table
    grids.push(makeGrid(xs, ys, h, v));
  }
  return { grids, loose };
}

// ───────────── tables ruled by horizontal rules only ─────────────

/** A text chunk of one row: glyph runs with no real gap between them (one cell's text). */
interface Chunk {
  text: string;
  x: number;
  xEnd: number;
  y: number;
  size: number;
}

const NUMBER_CELL = /^[-+]?\d[\d,.]*\s*(%|万元|元|件|条|个|次)?$/;

/** The runs of one baseline row cut where a gap opens: in a table a gap of a quarter em
 *  separates cells (wrapped text inside a cell has no gaps; a space between words is a word). */
function chunksOf(row: Glyphs[]): Chunk[] {
  const sorted = row.filter((g) => g.str.trim() !== '').sort((a, b) => a.x - b.x);
  const out: Chunk[] = [];
  for (const g of sorted) {
    const last = out[out.length - 1];
    const gap = last ? g.x - last.xEnd : Infinity;
    const tight = last !== undefined && (gap <= Math.min(g.size, last.size) * 0.25 || (gap <= g.size * 0.45 && /[A-Za-z,，、]$/.test(last.text) && !NUMBER_CELL.test(g.str.trim())));
    if (last && tight) {
      last.text += (gap > g.size * 0.2 && !joinsTight(last.text, g.str) ? ' ' : '') + g.str.trim();
      last.xEnd = Math.max(last.xEnd, g.xEnd);
    } else out.push({ text: g.str.trim(), x: g.x, xEnd: g.xEnd, y: g.y, size: g.size });
  }
  return out;
}

/** Lines of a region between two rules: are they table rows? Some line has cells apart and no
 *  line is a run of prose across the table. */
function looksLikeTableRegion(rows: Chunk[][], width: number): boolean {
  if (rows.length === 0) return false;
  const prose = rows.some((r) => r.length === 1 && r[0].xEnd - r[0].x > width * 0.7);
  return !prose && rows.some((r) => r.length >= 2);
}

/**
 * Tables whose only ruling is horizontal (三线表: a rule above and below the table and one
 * under the header; or a rule between every row). Consecutive long rules of about the same
 * extent bound a table when every region between them reads as table rows.
 */
function ruledBands(loose: HSeg[], glyphs: Glyphs[]): Grid[] {
  const rules = joinCollinear(loose)
    .filter((r) => r.x2 - r.x1 >= 100)
    .sort((a, b) => a.y - b.y);
  // One rule per line: double rules are one.
  const merged: HSeg[] = [];
  for (const r of rules) {
    const last = merged[merged.length - 1];
    if (last && r.y - last.y <= SNAP && Math.abs(r.x1 - last.x1) <= 10) last.x2 = Math.max(last.x2, r.x2);
    else merged.push({ ...r });
  }
  const sameExtent = (a: HSeg, b: HSeg): boolean => Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) >= 0.8 * Math.max(a.x2 - a.x1, b.x2 - b.x1);
  const rowsBetween = (a: HSeg, b: HSeg): Chunk[][] => {
    const inside = glyphs.filter((g) => {
      const cx = (g.x + g.xEnd) / 2;
      const cy = g.y - g.size * 0.35;
      return cy > a.y && cy < b.y && cx > Math.min(a.x1, b.x1) - 2 && cx < Math.max(a.x2, b.x2) + 2;
    });
    return baselineRows([...inside].sort((p, q) => p.y - q.y || p.x - q.x)).map(chunksOf).filter((r) => r.length > 0);
  };
  const bands: Grid[] = [];
  let start = 0;
  for (let k = 0; k + 1 < merged.length; k++) {
    const a = merged[k];
    const b = merged[k + 1];
    const ok = sameExtent(a, b) && looksLikeTableRegion(rowsBetween(a, b), Math.max(a.x2, b.x2) - Math.min(a.x1, b.x1));
    if (!ok) {
      if (k > start) bands.push(bandGrid(merged.slice(start, k + 1), glyphs));
      start = k + 1;
    }
  }
  if (merged.length - 1 > start) bands.push(bandGrid(merged.slice(start), glyphs));
  return bands;
}

/** Column boundaries from where the rows have gaps: an x is a boundary when rows with text on
 *  both sides of it leave it empty far more often than a (spanning) cell covers it. */
function columnBoundaries(rows: Chunk[][], left: number, right: number): Array<{ from: number; to: number }> {
  const n = Math.max(1, Math.ceil(right - left));
  const cover = new Array<number>(n).fill(0);
  const gap = new Array<number>(n).fill(0);
  const at = (x: number): number => Math.min(n - 1, Math.max(0, Math.floor(x - left)));
  for (const row of rows) {
    row.forEach((c, i) => {
      for (let x = at(c.x); x <= at(c.xEnd); x++) cover[x]++;
      const next = row[i + 1];
      if (next) for (let x = at(c.xEnd) + 1; x < at(next.x); x++) gap[x]++;
    });
  }
  // Two rows must agree on a gap, unless only a few rows hold more than one chunk.
  const votes = rows.filter((r) => r.length >= 2).length >= 3 ? 2 : 1;
  const isGap = (x: number): boolean => gap[x] >= votes && cover[x] * 4 <= gap[x];
  const gaps: Array<{ from: number; to: number }> = [];
  for (let x = 0; x < n; x++) {
    if (!isGap(x)) continue;
    let end = x;
    while (end + 1 < n && isGap(end + 1)) end++;
    gaps.push({ from: left + x, to: left + end + 1 });
    x = end;
  }
  return gaps;
}

/** "1.", "（五）", "三、", "第九条": how a row label starts. */
const ROW_LABEL_START = /^\s*([(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+\s*[.．、]|第[一二三四五六七八九十百]+条)/;

/**
 * The row a line of wrapped text (no numbers) belongs to. Between two rows, the lines up to the
 * one whose label starts like a new label ("3.", "（五）") continue the row above, the rest start
 * the row below; with no such line, the nearer row takes it (labels centred on their numbers).
 */
function wrappedLineOwner(line: Chunk[], anchors: Chunk[][], all: Chunk[][]): Chunk[] | null {
  const y = line[0].y;
  const above = anchors.filter((a) => a[0].y < y).at(-1) ?? null;
  const below = anchors.find((a) => a[0].y > y) ?? null;
  if (!above || !below) return above ?? below;
  const leafX = (l: Chunk[]): number => Math.max(...l.filter((c) => !NUMBER_CELL.test(c.text)).map((c) => c.x), -Infinity);
  const labelX = Math.max(leafX(above), leafX(below));
  const startsLabel = (l: Chunk[]): boolean => {
    const leaf = l.filter((c) => !NUMBER_CELL.test(c.text)).at(-1);
    return leaf !== undefined && leaf.x >= labelX - leaf.size && ROW_LABEL_START.test(leaf.text);
  };
  const between = all.filter((l) => l[0].y > above[0].y && l[0].y < below[0].y);
  const start = between.find(startsLabel);
  if (start) return y < start[0].y ? above : below;
  if (startsLabel(below)) return above;
  return y - above[0].y <= below[0].y - y ? above : below;
}

/** A cell's chunks as texts: chunks starting at about the same x are one wrapped text (top
 *  down); side by side texts (a group label beside its item) stay apart, left to right. */
function subCellTexts(chunks: Chunk[]): string[] {
  // Pieces of one line of the cell a word space apart are one text.
  const pieces: Chunk[] = [];
  for (const c of [...chunks].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const last = pieces[pieces.length - 1];
    if (last && Math.abs(last.y - c.y) < 1 && c.x - last.xEnd <= c.size * 0.45) {
      pieces[pieces.length - 1] = { ...last, text: joinWrapped([last.text, c.text]), xEnd: c.xEnd };
    } else pieces.push({ ...c });
  }
  const stacks: Chunk[][] = [];
  for (const c of pieces.sort((a, b) => a.x - b.x)) {
    const stack = stacks.find((st) => Math.abs(st[0].x - c.x) <= c.size);
    if (stack) stack.push(c);
    else stacks.push([c]);
  }
  return stacks.map((st) => joinWrapped(st.sort((a, b) => a.y - b.y || a.x - b.x).map((c) => c.text)));
}

/** A table from text positions between horizontal rules. Rows: the baselines holding numbers
 *  (data rows) or above the first inner rule (header rows); other lines are wrapped text of the
 *  nearest row. Columns: the gaps the rows share. A chunk across boundaries spans those columns. */
function bandGrid(rules: HSeg[], glyphs: Glyphs[]): Grid {
  const top = rules[0].y;
  const bottom = rules[rules.length - 1].y;
  const left = Math.min(...rules.map((r) => r.x1));
  const right = Math.max(...rules.map((r) => r.x2));
  const headerRule = rules.length >= 3 ? rules[1].y : top;
  const contains = (g: Glyphs): boolean => {
    const cx = (g.x + g.xEnd) / 2;
    const cy = g.y - g.size * 0.35;
    return cx > left - 2 && cx < right + 2 && cy > top && cy < bottom;
  };
  return {
    top,
    bottom,
    contains,
    fill: (mine) => {
      const lines = baselineRows([...mine].sort((a, b) => a.y - b.y || a.x - b.x)).map(chunksOf).filter((r) => r.length > 0);
      if (lines.length === 0) return null;
      const side = (line: Chunk[]): boolean => line[0].y - line[0].size * 0.35 < headerRule;
      // Column gaps from the body: header cells span columns.
      const body = lines.filter((l) => !side(l));
      const gaps = columnBoundaries(body.length >= 2 ? body : lines, left, right);
      const cols = gaps.length + 1;
      const colOf = (x: number): number => gaps.filter((g) => (g.from + g.to) / 2 <= x).length;
      // Cells may be left-aligned, centred or right-aligned: text reaches into the next column
      // only past the whole gap before that column's text.
      const lastColOf = (xEnd: number): number => gaps.filter((g) => g.to <= xEnd).length;
      // A line holding numbers is a row; other lines are wrapped text of the nearest such row
      // on their side of the header rule, or header rows of their own. A line above the first
      // row with text over the number columns is a header row too (its rule may be missing).
      const isData = (line: Chunk[]): boolean => line.slice(1).some((c) => NUMBER_CELL.test(c.text));
      const anchors = lines.filter(isData);
      const numberCols = new Set(anchors.flatMap((l) => l.filter((c) => NUMBER_CELL.test(c.text)).map((c) => colOf((c.x + c.xEnd) / 2))));
      const firstRow = anchors[0]?.[0].y ?? Infinity;
      const rowOf = new Map<Chunk[], Chunk[][]>(anchors.map((a) => [a, [a]]));
      for (const line of lines) {
        if (rowOf.has(line)) continue;
        if (line[0].y < firstRow - line[0].size * 0.5 && line.some((c) => numberCols.has(colOf((c.x + c.xEnd) / 2)))) {
          rowOf.set(line, [line]);
          continue;
        }
        const owner = wrappedLineOwner(line, anchors.filter((a) => side(a) === side(line)), lines);
        if (owner) rowOf.get(owner)?.push(line);
        else rowOf.set(line, [line]);
      }
      const grid: string[][] = [];
      const origin: boolean[][] = [];
      for (const group of [...rowOf.values()].sort((a, b) => a[0][0].y - b[0][0].y)) {
        const parts: string[][] = Array.from({ length: cols }, () => []);
        const spanOf = new Array<number>(cols).fill(-1);
        const byCol: Chunk[][] = Array.from({ length: cols }, () => []);
        for (const c of group.flat()) {
          // A chunk spans the columns it reaches well into (not the one it grazes).
          const c1 = colOf(c.x + c.size * 0.3);
          const c2 = Math.max(c1, lastColOf(c.xEnd - c.size * 0.3));
          byCol[c1].push(c);
          for (let k = c1 + 1; k <= c2; k++) spanOf[k] = spanOf[k] < 0 ? c1 : spanOf[k];
        }
        byCol.forEach((list, k) => parts[k].push(...subCellTexts(list)));
        const row = parts.map((p) => p.join(' '));
        const rowOrigin = row.map(() => true);
        spanOf.forEach((from, k) => {
          if (from >= 0 && row[k] === '') {
            row[k] = row[from];
            rowOrigin[k] = false;
          }
        });
        grid.push(row);
        origin.push(rowOrigin);
      }
      if (grid.length < 2 || cols < 2) return null;
      return { rows: grid, spanOrigin: origin };
    },
  };
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
