/**
 * Ingestion: bytes of one input file → text (paragraphs, TAB-rendered tables) plus real table cells.
 * Each format has its own reader; this module dispatches on the file extension.
 */
import { type Extracted, type Format, IngestError } from '../types.js';
import { extractDocx } from './docx.js';
import { extractHtml } from './html.js';
import { countPrivateUse, fixRadicals } from './kangxi.js';
import { extractText } from './text.js';
import { decodeText } from './encoding.js';

export { listInputs, readInput } from './walk.js';

const EXTENSION_FORMATS: Readonly<Record<string, Format>> = {
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
  shtml: 'html',
  xhtml: 'html',
  docx: 'docx',
  txt: 'txt',
  md: 'txt',
  text: 'txt',
};

/** What to tell a person who gives us a format we do not read. */
const UNSUPPORTED: Readonly<Record<string, string>> = {
  doc: 'old Word document: open it in Word/WPS and save it as .docx or PDF',
  wps: 'WPS Writer document: save it as .docx or PDF',
  wpt: 'WPS template: save it as .docx or PDF',
  dot: 'old Word template: save it as .docx or PDF',
  dotx: 'Word template: save it as .docx',
  docm: 'macro-enabled Word document: save it as .docx',
  rtf: 'Rich Text: save it as .docx or PDF',
  odt: 'OpenDocument text: save it as .docx or PDF',
  ofd: 'OFD document: export it as PDF',
  caj: 'CAJ document: export it as PDF',
  xls: 'Excel spreadsheet: save the report as PDF or .docx',
  xlsx: 'Excel spreadsheet: save the report as PDF or .docx',
  et: 'WPS spreadsheet: save the report as PDF or .docx',
  csv: 'spreadsheet data: this tool reads report documents (PDF, HTML, DOCX, text)',
  ppt: 'PowerPoint: save the report as PDF',
  pptx: 'PowerPoint: save the report as PDF',
  jpg: 'image: run OCR first and save the text as .txt',
  jpeg: 'image: run OCR first and save the text as .txt',
  png: 'image: run OCR first and save the text as .txt',
  gif: 'image: run OCR first and save the text as .txt',
  bmp: 'image: run OCR first and save the text as .txt',
  tif: 'image: run OCR first and save the text as .txt',
  tiff: 'image: run OCR first and save the text as .txt',
  webp: 'image: run OCR first and save the text as .txt',
  zip: 'archive: unpack it first',
  rar: 'archive: unpack it first',
  '7z': 'archive: unpack it first',
  gz: 'archive: unpack it first',
  mhtml: 'saved web archive: save the page as .html instead',
  mht: 'saved web archive: save the page as .html instead',
};

function extensionOf(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Format from the file name; 'unknown' for anything we cannot read. */
export function detectFormat(path: string): Format | 'unknown' {
  return EXTENSION_FORMATS[extensionOf(path)] ?? 'unknown';
}

/** Why we cannot read a file of this name, in words a person can act on. */
export function unsupportedReason(path: string): string {
  const ext = extensionOf(path);
  if (ext === '') return 'unknown format (no file extension): name the file .pdf, .html, .docx or .txt';
  const hint = UNSUPPORTED[ext];
  return hint ? `unsupported format .${ext} (${hint})` : `unsupported format .${ext}: convert it to PDF, .docx, .html or .txt`;
}

/** Extract text (and table cells where the source has them) from a file's bytes.
 *  Throws IngestError with a message a person understands. */
export async function extract(path: string, bytes: Uint8Array): Promise<Extracted> {
  const format = detectFormat(path);
  if (format === 'unknown') throw new IngestError(unsupportedReason(path));
  if (bytes.length === 0) throw new IngestError('empty file (0 bytes)');
  const extracted = await read(format, bytes);
  const text = fixRadicals(extracted.text);
  const privateUse = countPrivateUse(text);
  const notes = privateUse > 0 ? [...extracted.notes, `${privateUse} character${privateUse === 1 ? '' : 's'} in the Unicode private use area (font without a real character mapping): shown as they are`] : extracted.notes;
  return {
    ...extracted,
    text,
    tables: extracted.tables.map((t) => ({ ...t, rows: t.rows.map((row) => row.map(fixRadicals)) })),
    notes,
  };
}

/**
 * The text of a file the cheapest way the libraries give it, for the benchmark's floor: pdf-parse's
 * getText for a PDF (same character maps as the pipeline), mammoth's raw text for a DOCX, and
 * decoding (charset detection included) for text and HTML. No tables, no normalization.
 */
export async function plainText(path: string, bytes: Uint8Array): Promise<string> {
  switch (detectFormat(path)) {
    case 'pdf':
      return (await import('./pdf.js')).plainPdfText(bytes);
    case 'docx':
      return (await import('./docx.js')).plainDocxText(bytes);
    case 'html':
    case 'txt': {
      const decoded = decodeText(bytes, { html: detectFormat(path) === 'html' });
      if (!decoded) throw new IngestError('not a text file: binary content');
      return decoded.text;
    }
    default:
      throw new IngestError(unsupportedReason(path));
  }
}

/** Run the format's reader; a library failing on a malformed file is the file's problem, said as such. */
async function read(format: Format, bytes: Uint8Array): Promise<Extracted> {
  try {
    return await readerFor(format)(bytes);
  } catch (err) {
    if (err instanceof IngestError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    throw new IngestError(`${FORMAT_NAMES[format]} could not be read (malformed file?): ${message.split('\n')[0].slice(0, 200)}`);
  }
}

const FORMAT_NAMES: Readonly<Record<Format, string>> = { pdf: 'PDF', html: 'HTML page', docx: 'DOCX file', txt: 'text file' };

/** pdf.js and its canvas library cost a worker ~0.3 s and 50 MB to load: only a PDF pays that. */
async function readPdf(bytes: Uint8Array): Promise<Extracted> {
  const { extractPdf } = await import('./pdf.js');
  return extractPdf(bytes);
}

function readerFor(format: Format): (bytes: Uint8Array) => Extracted | Promise<Extracted> {
  switch (format) {
    case 'pdf':
      return readPdf;
    case 'html':
      return extractHtml;
    case 'docx':
      return extractDocx;
    case 'txt':
      return extractText;
  }
}
