// A small hand-written PDF for the derived pdf.js worker's ruling capture
// (src/ingest/pdfjs-text-worker.ts, test/ingest/pdfjs-text-worker.test.ts):
//   page 1: a ruled table and a Square annotation whose appearance stream draws a rule (an
//           operator list holds the annotation's operators; the text pass does not see them);
//   page 2: the same table, part of its ruling drawn by a form XObject painted twice (it holds no
//           text, so pdf.js's text pass skips it the second time), with an unbalanced q inside,
//           colours set through a named colour space, gray and CMYK, and a cm with a dictionary
//           among its operands (an operator list leaves it out);
//   page 3: the table after a font operator without a font name (pdf.js reads on with an error
//           font; the capture does not follow such a page and says so).
//
//   node scripts/make-annotated-pdf.mjs test/fixtures/pdf-variants/annotated-grid.pdf
import { writeFileSync } from 'node:fs';

const rows = [['Item', 'Count'], ['Applications', '12'], ['Granted', '7']];
const text = rows
  .map(([a, b], r) => `BT /F1 10 Tf 62 ${236 - r * 30} Td (${a}) Tj 130 0 Td (${b}) Tj ET`)
  .join('\n');
/** The table's rules: horizontal at y = 260, 230, 200, 170; vertical at x = 55, 185, 300. */
const grid = (ys, xs) =>
  [...ys.map((y) => `55 ${y} m 300 ${y} l S`), ...xs.map((x) => `${x} 170 m ${x} 260 l S`)].join('\n');

const page1 = `q /CS0 CS 0 0 0 SC 0.8 w\n${grid([260, 230, 200, 170], [55, 185, 300])}\nQ\n${text}\n`;
const page2 = `q 0.2 G 1 w\n${grid([260, 230], [55])}\nQ\n/Fm1 Do\n/Fm1 Do\n0 0 0 1 K\n${grid([], [185, 300])}\nq << /A 1 >> 1 0 0 1 0 cm 55 100 m 300 100 l S Q\n${text}\n`;
const page3 = `BT 12 12 Tf ET\n${grid([260, 230, 200, 170], [55, 185, 300])}\n${text}\n`;
const form = `q 0 0 0 RG 0.5 0 0 0 k\n55 200 m 300 200 l S\n55 170 m 300 170 l S\n`; // q left open
const annotation = `0 0 1 RG 2 w 10 5 m 190 5 l S\n`;

const objects = [];
const add = (body) => objects.push(body) && objects.length;
const stream = (dict, data) => `<< ${dict} /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}endstream`;

const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
add('<< /Type /Pages /Kids [3 0 R 4 0 R 11 0 R] /Count 3 >>');
const resources = '<< /Font << /F1 5 0 R >> /ColorSpace << /CS0 /DeviceRGB >> /XObject << /Fm1 8 0 R >> >>';
add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 300] /Resources ${resources} /Contents 6 0 R /Annots [9 0 R] >>`);
add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 300] /Resources ${resources} /Contents 7 0 R >>`);
add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
add(stream('', page1));
add(stream('', page2));
add(stream('/Type /XObject /Subtype /Form /BBox [0 0 400 300]', form));
add('<< /Type /Annot /Subtype /Square /Rect [100 20 300 40] /F 4 /AP << /N 10 0 R >> >>');
add(stream('/Type /XObject /Subtype /Form /BBox [0 0 200 20]', annotation));
add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 300] /Resources ${resources} /Contents 12 0 R >>`);
add(stream('', page3));

let pdf = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
const offsets = [];
objects.forEach((body, i) => {
  offsets.push(Buffer.byteLength(pdf, 'latin1'));
  pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
});
const xref = Buffer.byteLength(pdf, 'latin1');
pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
writeFileSync(process.argv[2] ?? 'annotated-grid.pdf', Buffer.from(pdf, 'latin1'));
