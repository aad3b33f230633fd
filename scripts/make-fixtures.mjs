// Builds the ingest test fixtures from REAL report text in corpora/ (see make-fixtures.sh).
//   node scripts/make-fixtures.mjs html <seed.txt> <out.html>   seed text → plain HTML page with spanned tables
//   node scripts/make-fixtures.mjs broken <outdir>              the broken-input batch (no LibreOffice needed)
//   node scripts/make-fixtures.mjs variant <kind> <in> <out>    a QDF PDF redrawn another producer's way (make-fixtures.variants.mjs)
//   node scripts/make-fixtures.mjs scan-page <out.pdf>          a one-page PDF that is only an image (a scanned page)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { makeVariant } from './make-fixtures.variants.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = path.join(ROOT, 'corpora', 'seeds');

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const td = (text, attrs = {}) => {
  const a = Object.entries(attrs).filter(([, v]) => v > 1).map(([k, v]) => ` ${k}="${v}"`).join('');
  return `<td${a}>${esc(text)}</td>`;
};
const isNumberCell = (s) => /^[-+]?\d[\d,.]*\s*(万元|元)?$/.test(s.trim());

/** Seed text → blocks: paragraphs and tables (runs of TAB lines). Markdown artefacts dropped. */
function seedBlocks(text) {
  const blocks = [];
  let table = null;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\*\*/g, '').replace(/\s+$/, '');
    if (line.includes('\t')) {
      if (/^[-\t ]+$/.test(line)) continue; // "---" separator rows
      table ??= { kind: 'table', rows: [] };
      table.rows.push(line.split('\t').map((c) => c.trim()));
      continue;
    }
    if (line.trim() === '') continue; // blank lines inside a table do not end it
    if (table) {
      blocks.push(table);
      table = null;
    }
    blocks.push({ kind: 'para', text: line.trim() });
  }
  if (table) blocks.push(table);
  return blocks;
}

/** 第二十条 table: 4 columns; a row's last filled cell spans the empty cells after it. */
function activeTableHtml(rows) {
  return rows
    .map((cells) => {
      const lastFilled = cells.reduce((k, c, i) => (c !== '' ? i : k), 0);
      const width = Math.max(4, cells.length);
      const out = cells.slice(0, lastFilled + 1).map((c, i) => (i === lastFilled ? td(c, { colspan: width - lastFilled }) : td(c)));
      return `<tr>${out.join('')}</tr>`;
    })
    .join('\n');
}

/** The applications table rebuilt with the official grid (report-format.md §4): labels and numbers from the seed. */
function applicationsTableHtml(rows) {
  const entries = rows
    .map((cells) => {
      const filled = cells.filter((c) => c !== '');
      const nums = filled.filter(isNumberCell);
      const labels = filled.filter((c) => !isNumberCell(c));
      return { labels, nums: nums.slice(-7) };
    })
    .filter((e) => e.nums.length === 7);
  const note = rows[0].find((c) => c.includes('勾稽')) ?? '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
  const head = [
    `<tr>${td(note, { colspan: 3, rowspan: 3 })}${td('申请人情况', { colspan: 7 })}</tr>`,
    `<tr>${td('自然人', { rowspan: 2 })}${td('法人或其他组织', { colspan: 5 })}${td('总计', { rowspan: 2 })}</tr>`,
    `<tr>${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => td(t)).join('')}</tr>`,
  ];
  const isGroup = (l) => /^[(（]([三四五])[)）]/.test(l) || (/^[(（]六[)）]/.test(l) && entries.some((e) => e.labels.some((x) => /^1\.申请人无正当理由/.test(x))));
  const groupSize = (i) => {
    let n = 1;
    const subRow = (e) => /^\d\./.test(e.labels[e.labels.length - 1] ?? '') && !e.labels.some((l) => /^[(（][一二三四五六七][)）]/.test(l));
    while (i + n < entries.length && subRow(entries[i + n])) n++;
    return n;
  };
  const resultStart = entries.findIndex((e) => e.labels.some((l) => /^[(（]一[)）]/.test(l)));
  const resultEnd = entries.findIndex((e) => e.labels.some((l) => /^[(（]七[)）]/.test(l)));
  const body = entries.map((e, i) => {
    const leaf = e.labels[e.labels.length - 1] ?? '';
    const group = e.labels.find(isGroup);
    const cells = [];
    if (i === resultStart) cells.push(td('三、本年度办理结果', { rowspan: resultEnd - resultStart + 1 }));
    if (i < resultStart || i > resultEnd) cells.push(td(leaf, { colspan: 3 }));
    else if (group && group !== leaf) cells.push(td(group, { rowspan: groupSize(i) }), td(leaf));
    else if (/^\d\./.test(leaf)) cells.push(td(leaf));
    else cells.push(td(leaf, { colspan: 2 }));
    return `<tr>${cells.join('')}${e.nums.map((n) => td(n)).join('')}</tr>`;
  });
  return [...head, ...body].join('\n');
}

/** The 复议/诉讼 table: 3 header rows with the official spans, then the seed's 15 numbers. */
function reviewTableHtml(rows) {
  const data = rows.find((cells) => cells.filter(isNumberCell).length >= 15) ?? [];
  const nums = data.filter(isNumberCell).slice(0, 15);
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return [
    `<tr>${td('行政复议', { colspan: 5 })}${td('行政诉讼', { colspan: 10 })}</tr>`,
    `<tr>${five.map((t) => td(t, { rowspan: 2 })).join('')}${td('未经复议直接起诉', { colspan: 5 })}${td('复议后起诉', { colspan: 5 })}</tr>`,
    `<tr>${[...five, ...five].map((t) => td(t)).join('')}</tr>`,
    `<tr>${nums.map((n) => td(n)).join('')}</tr>`,
  ].join('\n');
}

function tableHtml(rows) {
  const flat = rows.flat().join(' ');
  let inner;
  if (flat.includes('申请人情况')) inner = applicationsTableHtml(rows);
  else if (flat.includes('行政复议') && flat.includes('复议后起诉')) inner = reviewTableHtml(rows);
  else inner = activeTableHtml(rows);
  return `<table border="1" cellspacing="0" cellpadding="2">\n${inner}\n</table>`;
}

export function seedToHtml(seedText, { charset = 'utf-8' } = {}) {
  const body = seedBlocks(seedText)
    .map((b) => (b.kind === 'para' ? `<p>${esc(b.text)}</p>` : tableHtml(b.rows)))
    .join('\n');
  return `<!DOCTYPE html>\n<html>\n<head>\n<meta charset="${charset}">\n<title>fixture</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** Deterministic pseudo-random bytes (so fixtures are reproducible). */
function pseudoRandomBytes(n, seed) {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** A valid one-page PDF that draws a box and holds no text: stands for a scan without OCR. */
function imageOnlyPdf() {
  const content = '0.5 g 72 72 451 698 re f 0 g 100 700 200 50 re f\n';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}endstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) pdf += `${String(off).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** A one-page PDF that is only a picture (a grey 48×68 "scan", scaled to A4): a scanned page
 *  to put in front of a text PDF. */
function scanPagePdf() {
  const [w, h] = [48, 68];
  const pixels = pseudoRandomBytes(w * h, 4242).map((b) => 200 + (b % 56));
  const draw = 'q 595 0 0 842 0 0 cm /Im1 Do Q\n';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>',
    `<< /Length ${draw.length} >>\nstream\n${draw}endstream`,
    `<< /Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${Buffer.from(pixels).toString('latin1')}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) pdf += `${String(off).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

function seed(name) {
  return readFileSync(path.join(SEEDS, name), 'utf8');
}

function broken(outDir) {
  mkdirSync(outDir, { recursive: true });
  const w = (name, data) => writeFileSync(path.join(outDir, name), data);
  w('empty.pdf', Buffer.alloc(0));
  const hongze = readFileSync(path.join(ROOT, 'corpora', 'real', 'hongze-2024.pdf'));
  w('truncated.pdf', hongze.subarray(0, Math.floor(hongze.length * 0.4)));
  w('random.pdf', pseudoRandomBytes(4096, 20240101));
  w('junk.html', pseudoRandomBytes(2048, 777));
  w('image-only.pdf', imageOnlyPdf());
  w('corrupt.docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), pseudoRandomBytes(1024, 99)]));
  w('old-word.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), pseudoRandomBytes(512, 5)]));
  // Seed 000 re-encoded as GB18030, seed 001 as UTF-16LE with BOM.
  w('seed000-gb18030.txt', iconv.encode(seed('000_c38e258c7dab84f9.txt'), 'gb18030'));
  w('seed001-utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(seed('001_d290f62a263f4c0c.txt'), 'utf16-le')]));
  // Seed 002 as an old GB2312-declared page (bytes in GBK).
  w('seed002-gbk.html', iconv.encode(seedToHtml(seed('002_4daef53b78f10346.txt'), { charset: 'gb2312' }), 'gbk'));
  w('notice.txt', '关于2023年春节假期安排的通知：全体干部职工春节期间放假7天。\n');
}

const [mode, a, b] = process.argv.slice(2);
if (mode === 'html') writeFileSync(b, seedToHtml(readFileSync(a, 'utf8')));
else if (mode === 'broken') broken(a);
else if (mode === 'scan-page') writeFileSync(a, scanPagePdf());
else if (mode === 'variant') writeFileSync(process.argv[5], makeVariant(readFileSync(b, 'latin1'), a), 'latin1');
else {
  console.error('usage: make-fixtures.mjs html <seed.txt> <out.html> | broken <outdir> | variant <kind> <in.qdf.pdf> <out.qdf.pdf> | scan-page <out.pdf>');
  process.exit(2);
}
