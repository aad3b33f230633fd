// PDF variants of a LibreOffice fixture: the same report, its tables drawn the way other
// producers draw them (Word, Microsoft Print to PDF, WPS, Adobe/Foxit, scanners), so the
// table finder is tested against drawing styles we have no real PDF of.
//
//   node scripts/make-fixtures.mjs variant <kind> <in.qdf.pdf> <out.qdf.pdf>
//
// Input and output are qpdf QDF files (qpdf --qdf --object-streams=disable): streams are
// uncompressed and each page's content stream is marked "%% Contents for page N". The caller
// runs fix-qdf (stream lengths, xref) and qpdf (recompression) on the output.
//
// LibreOffice draws each table rule as its own stroked path: `q W w 0 J 1 j x1 y1 m x2 y2 l S Q`.
// The variants parse the content stream into operators, collect those rules, group them into
// tables, and redraw them in another style; text operators are kept as they are, except in the
// text-order variants.

// ───────────── content stream tokens ─────────────

const DELIM = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);
const isSpace = (c) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';

/** Content stream → operations [{ args, op }]. Strings become { bytes: number[] }. */
export function parseContent(src) {
  const ops = [];
  let args = [];
  const stack = [];
  let i = 0;
  const push = (v) => (stack.length ? stack[stack.length - 1].push(v) : args.push(v));
  while (i < src.length) {
    const c = src[i];
    if (isSpace(c)) { i++; continue; }
    if (c === '%') { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (c === '[') { stack.push([]); i++; continue; }
    if (c === ']') { const arr = stack.pop(); push(arr); i++; continue; }
    if (c === '(') {
      const bytes = [];
      let depth = 1;
      i++;
      while (i < src.length && depth > 0) {
        const ch = src[i];
        if (ch === '\\') {
          const n = src[i + 1];
          const esc = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
          if (n in esc) { bytes.push(esc[n]); i += 2; continue; }
          if (/[0-7]/.test(n)) {
            let oct = '';
            let k = i + 1;
            while (k < i + 4 && /[0-7]/.test(src[k])) oct += src[k++];
            bytes.push(Number.parseInt(oct, 8) & 0xff);
            i = k;
            continue;
          }
          if (n === '\n') { i += 2; continue; }
          i++;
          continue;
        }
        if (ch === '(') depth++;
        if (ch === ')') { depth--; if (depth === 0) { i++; break; } }
        bytes.push(ch.charCodeAt(0) & 0xff);
        i++;
      }
      push({ bytes });
      continue;
    }
    if (c === '<' && src[i + 1] !== '<') {
      const end = src.indexOf('>', i);
      let hex = src.slice(i + 1, end).replace(/\s+/g, '');
      if (hex.length % 2) hex += '0';
      const bytes = [];
      for (let k = 0; k < hex.length; k += 2) bytes.push(Number.parseInt(hex.slice(k, k + 2), 16));
      push({ bytes });
      i = end + 1;
      continue;
    }
    if (c === '<' || c === '>') { // dictionaries (inline images are not produced by LibreOffice)
      push({ raw: src.slice(i, i + 2) });
      i += 2;
      continue;
    }
    let j = i + 1;
    while (j < src.length && !isSpace(src[j]) && !DELIM.has(src[j])) j++;
    const tok = src.slice(i, j);
    i = j;
    if (c === '/') push({ name: tok.slice(1) });
    else if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(tok)) push(Number(tok));
    else {
      ops.push({ args, op: tok });
      args = [];
    }
  }
  return ops;
}

const num = (v) => (Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000));
const hex = (bytes) => `<${bytes.map((b) => b.toString(16).padStart(2, '0')).join('')}>`;

function operand(v) {
  if (typeof v === 'number') return num(v);
  if (Array.isArray(v)) return `[${v.map(operand).join(' ')}]`;
  if (v.bytes) return hex(v.bytes);
  if (v.name !== undefined) return `/${v.name}`;
  return v.raw;
}

export function serialize(ops) {
  return ops.map(({ args, op }) => [...args.map(operand), op].join(' ')).join('\n') + '\n';
}

// ───────────── rules ─────────────

/** LibreOffice rules: `q w … m … l S Q` groups. Returns the rules and the ops with the rules cut out
 *  (a placeholder op `%RULES` marks where the first rule of each table was). */
function cutRules(ops) {
  const rules = [];
  const out = [];
  for (let k = 0; k < ops.length; k++) {
    const [a, b, c, d, e] = [ops[k], ops[k + 1], ops[k + 2], ops[k + 3], ops[k + 4]];
    const isRule = a.op === 'q' && b?.op === 'w' && c?.op === 'J' && d?.op === 'j' && e?.op === 'm' && ops[k + 5]?.op === 'l' && ops[k + 6]?.op === 'S' && ops[k + 7]?.op === 'Q';
    if (!isRule) { out.push(a); continue; }
    const [x1, y1] = e.args;
    const [x2, y2] = ops[k + 5].args;
    rules.push({ w: b.args[0], x1: Math.min(x1, x2), y1: Math.min(y1, y2), x2: Math.max(x1, x2), y2: Math.max(y1, y2), horizontal: Math.abs(y1 - y2) < 0.01, at: out.length });
    out.push({ args: [], op: '%RULE' });
    k += 7;
  }
  return { rules, ops: out };
}

/** Rules that touch each other, grouped: one group per table. */
function tablesOf(rules) {
  const parent = rules.map((_, i) => i);
  const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const touch = (h, v) => v.x1 >= h.x1 - 1 && v.x1 <= h.x2 + 1 && h.y1 >= v.y1 - 1 && h.y1 <= v.y2 + 1;
  rules.forEach((r, i) => rules.forEach((s, j) => {
    if (r.horizontal && !s.horizontal && touch(r, s)) parent[find(i)] = find(j);
  }));
  const groups = new Map();
  rules.forEach((r, i) => {
    const g = groups.get(find(i)) ?? [];
    g.push(r);
    groups.set(find(i), g);
  });
  return [...groups.values()].map((g) => {
    const hs = g.filter((r) => r.horizontal);
    const vs = g.filter((r) => !r.horizontal);
    return {
      rules: g,
      hs,
      vs,
      left: Math.min(...g.map((r) => r.x1)),
      right: Math.max(...g.map((r) => r.x2)),
      top: Math.max(...g.map((r) => r.y2)),
      bottom: Math.min(...g.map((r) => r.y1)),
      at: Math.min(...g.map((r) => r.at)),
    };
  });
}

const uniq = (values) => [...values].sort((a, b) => a - b).filter((v, i, a) => i === 0 || v - a[i - 1] > 1);

/** A rule cut at every crossing rule: the per-cell border pieces Word draws. */
function pieces(rule, table) {
  const cuts = rule.horizontal
    ? table.vs.filter((v) => v.y1 <= rule.y1 + 1 && v.y2 >= rule.y1 - 1).map((v) => v.x1)
    : table.hs.filter((h) => h.x1 <= rule.x1 + 1 && h.x2 >= rule.x1 - 1).map((h) => h.y1);
  const lo = rule.horizontal ? rule.x1 : rule.y1;
  const hi = rule.horizontal ? rule.x2 : rule.y2;
  const stops = uniq([lo, hi, ...cuts.filter((c) => c > lo + 1 && c < hi - 1)]);
  const out = [];
  for (let k = 0; k + 1 < stops.length; k++) {
    out.push(rule.horizontal ? { ...rule, x1: stops[k], x2: stops[k + 1] } : { ...rule, y1: stops[k], y2: stops[k + 1] });
  }
  return out;
}

/** Cells of a table: grid slots merged where no rule separates them (as a layout engine sees it). */
function cellsOf(table) {
  const xs = uniq(table.vs.map((v) => v.x1));
  const ys = uniq(table.hs.map((h) => h.y1));
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const covers = (a1, a2, lo, hi) => a1 <= lo + 1 && a2 >= hi - 1;
  const vAt = (x, lo, hi) => table.vs.some((v) => Math.abs(v.x1 - x) <= 1 && covers(v.y1, v.y2, lo, hi));
  const hAt = (y, lo, hi) => table.hs.some((h) => Math.abs(h.y1 - y) <= 1 && covers(h.x1, h.x2, lo, hi));
  const id = (r, c) => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !vAt(xs[c + 1], ys[r], ys[r + 1])) parent[find(id(r, c))] = find(id(r, c + 1));
      if (r + 1 < rows && !hAt(ys[r + 1], xs[c], xs[c + 1])) parent[find(id(r, c))] = find(id(r + 1, c));
    }
  }
  const boxes = new Map();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const b = boxes.get(find(id(r, c))) ?? { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
      b.x1 = Math.min(b.x1, xs[c]);
      b.x2 = Math.max(b.x2, xs[c + 1]);
      b.y1 = Math.min(b.y1, ys[r]);
      b.y2 = Math.max(b.y2, ys[r + 1]);
      boxes.set(find(id(r, c)), b);
    }
  }
  return [...boxes.values()];
}

const op = (opName, ...args) => ({ args, op: opName });

/** A rule as a thin filled rectangle, `t` thick. */
function thinRect(r, t) {
  return r.horizontal
    ? op('re', r.x1 - t / 2, r.y1 - t / 2, r.x2 - r.x1 + t, t)
    : op('re', r.x1 - t / 2, r.y1 - t / 2, t, r.y2 - r.y1 + t);
}

// ───────────── table drawing styles ─────────────

/** How each style redraws one table's rules. */
const TABLE_STYLES = {
  /** Word "Save as PDF": per-cell border pieces as thin filled rectangles, after the cell shading.
   *  The shading here is a grey band across the second row that lines up with no column. */
  'fill-rects': (t) => {
    const ys = uniq(t.hs.map((h) => h.y1)).reverse();
    const shade = ys.length > 2
      ? [op('q'), op('rg', 0.75, 0.75, 0.75), op('re', t.left + (t.right - t.left) * 0.37, ys[2] + 0.4, (t.right - t.left) * 0.44, ys[1] - ys[2] - 0.8), op('f'), op('Q')]
      : [];
    const header = [op('q'), op('rg', 0.85, 0.85, 0.85), op('re', t.left, ys[1], t.right - t.left, ys[0] - ys[1]), op('f'), op('Q')];
    const borders = t.rules.flatMap((r) => pieces(r, t)).flatMap((p) => [thinRect(p, 0.5), op('f')]);
    return [...header, ...shade, op('q'), op('rg', 0, 0, 0), ...borders, op('Q')];
  },
  /** Adobe/Foxit style cell frames: each cell a stroked rectangle; the table framed by a double line. */
  'stroke-rects': (t) => {
    const cells = cellsOf(t).flatMap((b) => [op('re', b.x1, b.y1, b.x2 - b.x1, b.y2 - b.y1), op('S')]);
    const frame = [2, 0].flatMap((d) => [op('re', t.left - d, t.bottom - d, t.right - t.left + 2 * d, t.top - t.bottom + 2 * d), op('S')]);
    return [op('q'), op('w', 0.5), op('RG', 0, 0, 0), ...cells, op('w', 0.4), ...frame, op('Q')];
  },
  /** Microsoft Print to PDF: device space (600 dpi, y down) set with cm; rules as filled boxes. */
  'device-space': (t) => {
    const s = 0.12;
    const H = 841.89;
    const dev = (r) => {
      const [x1, x2] = [r.x1 / s, r.x2 / s];
      const [y1, y2] = [(H - r.y2) / s, (H - r.y1) / s];
      const th = 0.6 / s;
      return r.horizontal ? op('re', x1, y1 - th / 2, x2 - x1, th) : op('re', x1 - th / 2, y1, th, y2 - y1);
    };
    const boxes = t.rules.flatMap((r) => [dev(r), op('f')]);
    return [op('q'), op('cm', s, 0, 0, -s, 0, H), op('rg', 0, 0, 0), ...boxes, op('Q')];
  },
  /** Rules cut into 6 pt dashes with hairline gaps, several subpaths per path; outer frame doubled. */
  'split-double': (t) => {
    const dashes = t.rules.flatMap((r) => {
      const out = [];
      const [lo, hi] = r.horizontal ? [r.x1, r.x2] : [r.y1, r.y2];
      for (let a = lo; a < hi - 0.01; a += 6) {
        const b = Math.min(hi, a + 5.7);
        out.push(r.horizontal ? op('m', a, r.y1) : op('m', r.x1, a), r.horizontal ? op('l', b, r.y1) : op('l', r.x1, b));
      }
      return out;
    });
    const outer = [];
    for (const d of [-1.2, 1.2]) {
      outer.push(op('m', t.left - 2, t.top + d), op('l', t.right + 2, t.top + d), op('m', t.left - 2, t.bottom + d), op('l', t.right + 2, t.bottom + d));
      outer.push(op('m', t.left + d, t.bottom - 2), op('l', t.left + d, t.top + 2), op('m', t.right + d, t.bottom - 2), op('l', t.right + d, t.top + 2));
    }
    return [op('q'), op('w', 0.5), op('RG', 0, 0, 0), ...dashes, op('S'), op('w', 0.3), ...outer, op('S'), op('Q')];
  },
  /** 三线表: a thick top and bottom rule and one thin rule under the header (the first rule across
   *  the whole table); no vertical rules. */
  'three-line': (t) => {
    const width = t.right - t.left;
    const header = t.hs
      .filter((h) => h.y1 < t.top - 1 && h.x2 - h.x1 > width * 0.95)
      .sort((a, b) => b.y1 - a.y1)[0];
    const rules = [op('w', 1.5), op('m', t.left, t.top), op('l', t.right, t.top), op('m', t.left, t.bottom), op('l', t.right, t.bottom), op('S')];
    if (header && header.y1 > t.bottom + 1) rules.push(op('w', 0.75), op('m', t.left, header.y1), op('l', t.right, header.y1), op('S'));
    return [op('q'), op('RG', 0, 0, 0), ...rules, op('Q')];
  },
  /** LibreOffice as it is (for the page-level and text variants). */
  keep: (t) => t.rules.flatMap((r) => [op('q'), op('w', r.w), op('m', r.x1, r.horizontal ? r.y1 : r.y2), op('l', r.x2, r.y1), op('S'), op('Q')]),
};

function redrawTables(ops, style) {
  const { rules, ops: rest } = cutRules(ops);
  const tables = tablesOf(rules);
  const out = [];
  rest.forEach((o, k) => {
    if (o.op !== '%RULE') return void out.push(o);
    for (const t of tables) if (t.at === k) out.push(...TABLE_STYLES[style](t));
  });
  return out;
}

// ───────────── text order ─────────────

/** BT…ET blocks as units; everything else stays in place. */
function textBlocks(ops) {
  const out = [];
  let block = null;
  for (const o of ops) {
    if (o.op === 'BT') block = [o];
    else if (block) {
      block.push(o);
      if (o.op === 'ET') { out.push({ text: block }); block = null; }
    } else out.push({ op: o });
  }
  return out;
}

/** Every glyph its own text object at its own position (some converters and OCR layers do this). */
function glyphByGlyph(ops, widthsOf) {
  const out = [];
  for (const unit of textBlocks(ops)) {
    if (unit.op) { out.push(unit.op); continue; }
    let x = 0;
    let y = 0;
    let font = null;
    let size = 12;
    for (const o of unit.text) {
      if (o.op === 'Td') [x, y] = [x + o.args[0], y + o.args[1]]; // each BT starts at the origin
      else if (o.op === 'Tm') [x, y] = [o.args[4], o.args[5]];
      else if (o.op === 'Tf') [font, size] = [o.args[0].name, o.args[1]];
      else if (o.op === 'Tj' || o.op === 'TJ') {
        const parts = o.op === 'Tj' ? [o.args[0]] : o.args[0];
        for (const part of parts) {
          if (typeof part === 'number') { x -= (part / 1000) * size; continue; }
          for (const code of part.bytes) {
            out.push(op('BT'), op('Tf', { name: font }, size), op('Td', x, y), op('Tj', { bytes: [code] }), op('ET'));
            x += ((widthsOf(font)[code] ?? 1000) / 1000) * size;
          }
        }
      }
    }
  }
  return out;
}

/** Text objects drawn bottom-up, right to left: a row's numbers before its label. */
function reverseText(ops) {
  const units = textBlocks(ops);
  const texts = units.filter((u) => u.text).reverse();
  let k = 0;
  return units.flatMap((u) => (u.text ? texts[k++].text : [u.op]));
}

// ───────────── the QDF file ─────────────

/** Font resource name → Widths array (FirstChar 0), from the fonts dictionary of page 1. */
function fontWidths(qdf) {
  const objects = new Map();
  for (const m of qdf.matchAll(/\n(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) objects.set(m[1], m[2]);
  const fontDict = /\/Font (\d+) 0 R/.exec(qdf);
  const names = new Map();
  for (const m of (objects.get(fontDict?.[1]) ?? '').matchAll(/\/(\w+) (\d+) 0 R/g)) names.set(m[1], m[2]);
  const widths = new Map();
  for (const [name, id] of names) {
    const body = objects.get(id) ?? '';
    const first = Number(/\/FirstChar (\d+)/.exec(body)?.[1] ?? 0);
    const list = /\/Widths \[([^\]]*)\]/.exec(body)?.[1].trim().split(/\s+/).map(Number) ?? [];
    widths.set(name, Object.fromEntries(list.map((w, i) => [i + first, w])));
  }
  return (font) => widths.get(font) ?? {};
}

/** Replace each page's content stream. `edit(ops, pageNumber)` → ops. */
function editPages(qdf, edit) {
  return qdf.replace(/(%% Contents for page (\d+)\n[\s\S]*?\nstream\n)([\s\S]*?)(\nendstream)/g, (_, head, page, body, tail) =>
    head + serialize(edit(parseContent(body), Number(page))).trimEnd() + tail);
}

const MEDIA_BOX = /\/MediaBox \[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g;

/** Page-level changes of the page dictionaries. */
function editPageDicts(qdf, kind) {
  if (kind === 'scaled') {
    return qdf.replace(MEDIA_BOX, (_, a, b, w, h) => `/MediaBox [ ${a} ${b} ${num(w * 0.7)} ${num(h * 0.7)} ]`);
  }
  if (kind === 'rotated') {
    // Landscape media box shown upright by /Rotate 90 (a scanner/driver's way to a portrait page).
    return qdf
      .replace(MEDIA_BOX, (_, a, b, w, h) => `/MediaBox [ ${a} ${b} ${h} ${w} ]`)
      .replace(/(\n  \/Type \/Page\n)/g, '$1  /Rotate 90\n');
  }
  return qdf;
}

/** Fonts left unembedded: the text still comes through ToUnicode, the file is a tenth the size. */
export function unembedFonts(qdf) {
  // A Type1 subset keeps its encoding inside the font program: without the program every code
  // needs a glyph name, or a reader takes it for a space. The names are arbitrary; ToUnicode gives the text.
  const names = Array.from({ length: 256 }, (_, c) => `/g${c.toString(16).padStart(2, '0')}`).join(' ');
  return qdf
    .replace(/\n\s*\/FontFile[23]? \d+ 0 R/g, '')
    .replace(/(\n  \/Subtype \/Type1\n)(?![\s\S]{0,200}\/Encoding)/g, `$1  /Encoding << /Differences [ 0 ${names} ] >>\n`);
}

// ───────────── page furniture ─────────────

/** Text in the added non-embedded Adobe-GB1 font (UCS-2 codes): any reader maps it through the CMap. */
const ucs2 = (text) => ({ bytes: [...text].flatMap((ch) => [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 0xff]) });

/** A running header with a rule under it, and a footer rule with "第 N 页 共 M 页", on every page
 *  (OA systems and Word templates add them); drawn first, as headers usually are. */
function furniture(ops, page, pages, width, height) {
  const text = (s, x, y, size) => [op('BT'), op('Tf', { name: 'FH' }, size), op('Td', x, y), op('Tj', ucs2(s)), op('ET')];
  const rule = (y) => [op('m', 56.7, y), op('l', width - 56.7, y)];
  return [
    op('q'), op('rg', 0, 0, 0),
    // The LibreOffice pages are full to 14 pt from the top edge and 28 pt from the bottom one.
    ...text('政府信息公开工作年度报告', 56.7, height - 12, 8),
    ...text('政务公开办公室', width - 56.7 - 56, height - 12, 8),
    op('w', 0.5), op('RG', 0, 0, 0), ...rule(height - 15), ...rule(20), op('S'),
    ...text(`第 ${page} 页 共 ${pages} 页`, width / 2 - 28, 9, 8),
    op('Q'),
    ...ops,
  ];
}

/** The QDF file with the font FH added to the fonts dictionary (a new object at the end). */
function withFurnitureFont(qdf) {
  const size = Number(/\/Size (\d+)/.exec(qdf)[1]);
  const font = `%% Original object ID: ${size} 0\n${size} 0 obj\n<<\n  /Type /Font\n  /Subtype /Type0\n  /BaseFont /STSong-Light\n  /Encoding /UniGB-UCS2-H\n` +
    `  /DescendantFonts [ << /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> ` +
    `/FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [ -25 -254 1000 880 ] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> /DW 1000 /W [ 1 95 500 ] >> ]\n>>\nendobj\n\n`;
  const fontDict = /\/Font (\d+) 0 R/.exec(qdf)[1];
  return qdf
    .replace(new RegExp(`(\n${fontDict} 0 obj\n<<\n)`), `$1  /FH ${size} 0 R\n`)
    .replace(/\nxref\n/, `\n${font}xref\n`);
}

export const VARIANT_KINDS = ['fill-rects', 'stroke-rects', 'device-space', 'split-double', 'three-line', 'scaled', 'rotated', 'glyphs', 'reversed', 'furniture', 'keep'];

/** The whole QDF file rewritten as variant `kind`. */
export function makeVariant(qdf, kind) {
  if (!VARIANT_KINDS.includes(kind)) throw new Error(`unknown variant ${kind}: ${VARIANT_KINDS.join(', ')}`);
  const widthsOf = fontWidths(qdf);
  const box = /\/MediaBox \[\s*[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)/.exec(qdf);
  const [W, H] = [Number(box?.[1] ?? 595.3), Number(box?.[2] ?? 841.89)];
  const pages = (qdf.match(/%% Contents for page \d+/g) ?? []).length;
  const source = kind === 'furniture' ? withFurnitureFont(qdf) : qdf;
  let out = editPages(source, (ops, page) => {
    if (kind === 'furniture') return furniture(ops, page, pages, W, H);
    if (kind in TABLE_STYLES) return redrawTables(ops, kind);
    if (kind === 'glyphs') return glyphByGlyph(ops, widthsOf);
    if (kind === 'reversed') return reverseText(ops);
    const whole = kind === 'scaled' ? op('cm', 0.7, 0, 0, 0.7, 0, 0) : op('cm', 0, 1, -1, 0, H, 0);
    return [op('q'), whole, ...ops, op('Q')];
  });
  out = editPageDicts(out, kind);
  return unembedFonts(out);
}
