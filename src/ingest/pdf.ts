/**
 * PDF via pdf-parse (pdf.js): text in reading order, ruled tables recovered as cell grids.
 *
 * Failure modes a researcher meets in bulk downloads get their own message: empty, not a PDF
 * at all, truncated download, encrypted, image-only scan.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PDFParse, sameThreadPdfWorker, usePdfjsWorker, type PdfjsWorkerKind } from './pdfjs.js';
import { type Extracted, IngestError } from '../types.js';
import { assemble } from './pdfassemble.js';
import { FEW_CHARS, layoutPages, type PageLayout, type PdfDocumentLike } from './pdflayout.js';

/** pdf.js ships the Adobe CMaps; without them CJK text in non-embedded fonts comes out empty. */
function pdfjsAssetDir(sub: string): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), sub) + path.sep;
}
const CMAP_URL = pdfjsAssetDir('cmaps');
const STANDARD_FONT_URL = pdfjsAssetDir('standard_fonts');

/**
 * In Node pdf.js has no FontFace API, so by default (disableFontFace) it compiles the outline of
 * every glyph an operator list shows and posts it across: half the cost of an operator list, for
 * drawing we never do. Letting it "load" fonts into a stub document skips that; the text and the
 * ruling come out the same. The stub document has a font set, and FontFace a stand-in that loads
 * nothing: otherwise pdf.js would write each font's whole file, base64-encoded, into a CSS rule
 * (~5% of a PDF's time, and its garbage).
 */
const STUB_STYLE_ELEMENT = { sheet: { insertRule: (): number => 0, cssRules: [] as unknown[] }, remove: (): void => undefined };
const STUB_DOCUMENT = {
  createElement: () => STUB_STYLE_ELEMENT,
  documentElement: { getElementsByTagName: () => [{ append: (): void => undefined }] },
  fonts: { add: (): void => undefined, delete: (): void => undefined },
};
/** What pdf.js asks of a FontFace: its family, and a promise that it loaded. */
class StandInFontFace {
  readonly loaded: Promise<StandInFontFace>;
  constructor(readonly family: string) {
    this.loaded = Promise.resolve(this);
  }
}
// pdf.js reads the global at the moment it binds a font; a real FontFace (none in Node) wins.
(globalThis as { FontFace?: unknown }).FontFace ??= StandInFontFace;
const NO_GLYPH_OUTLINES = { disableFontFace: false, ownerDocument: STUB_DOCUMENT as never };

/**
 * pdf.js reads the character maps and standard fonts a PDF needs from pdfjs-dist anew for every
 * document, each through an awaited fs.promises.readFile (costly in a worker thread: see
 * walk.ts readInput). These factories read each such file once per thread and hand pdf.js a copy
 * (it may transfer what it gets). The files are pdfjs-dist's own: they never change during a run.
 */
const assetFiles = new Map<string, Uint8Array>();
function assetFile(path: string): Uint8Array {
  let bytes = assetFiles.get(path);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(path));
    assetFiles.set(path, bytes);
  }
  return bytes.slice();
}

class CachedCMapReaderFactory {
  private readonly baseUrl: string;
  private readonly isCompressed: boolean;
  constructor({ baseUrl, isCompressed = true }: { baseUrl: string | null; isCompressed?: boolean }) {
    this.baseUrl = baseUrl ?? CMAP_URL;
    this.isCompressed = isCompressed;
  }
  async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
    const path = `${this.baseUrl}${name}${this.isCompressed ? '.bcmap' : ''}`;
    try {
      return { cMapData: assetFile(path), isCompressed: this.isCompressed };
    } catch {
      throw new Error(`Unable to load ${this.isCompressed ? 'binary ' : ''}CMap at: ${path}`);
    }
  }
}

class CachedStandardFontDataFactory {
  private readonly baseUrl: string;
  constructor({ baseUrl }: { baseUrl: string | null }) {
    this.baseUrl = baseUrl ?? STANDARD_FONT_URL;
  }
  async fetch({ filename }: { filename: string }): Promise<Uint8Array> {
    const path = `${this.baseUrl}${filename}`;
    try {
      return assetFile(path);
    } catch {
      throw new Error(`Unable to load font data at: ${path}`);
    }
  }
}

/** Where pdf.js finds its character maps and standard fonts, and how it reads them. */
const PDF_ASSETS = {
  cMapUrl: CMAP_URL,
  cMapPacked: true,
  standardFontDataUrl: STANDARD_FONT_URL,
  CMapReaderFactory: CachedCMapReaderFactory as never,
  StandardFontDataFactory: CachedStandardFontDataFactory as never,
};

/** Fewer visible characters than this per page on average means there is no usable text layer. */
const MIN_CHARS_PER_PAGE = 15;

/** Where `needle` (ASCII) occurs in bytes[from, to), or -1. */
function indexOfBytes(bytes: Uint8Array, needle: string, from = 0, to = bytes.length): number {
  const end = Math.min(bytes.length, to);
  return Buffer.from(bytes.buffer, bytes.byteOffset, end).indexOf(needle, Math.max(0, from), 'latin1');
}

/** Checks that need no parser: empty, no %PDF- header, no %%EOF trailer (truncated download). */
export function checkPdfBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new IngestError('empty file (0 bytes)');
  if (indexOfBytes(bytes, '%PDF-', 0, 1024) < 0) {
    const looksHtml = /<(!doctype|html|head|body)/i.test(new TextDecoder('latin1').decode(bytes.subarray(0, 512)));
    throw new IngestError(
      looksHtml
        ? 'not a PDF: the file is an HTML page (a download error page?) named .pdf'
        : 'not a PDF: the file does not start with a %PDF- header (corrupt or renamed file)',
    );
  }
  if (indexOfBytes(bytes, '%%EOF') < 0) {
    throw new IngestError('PDF is truncated or corrupt: no end-of-file marker (%%EOF) — download it again');
  }
}

function describe(err: unknown): { name: string; message: string } {
  if (err instanceof Error) return { name: err.name, message: err.message };
  return { name: 'Error', message: String(err) };
}

/** Turn a pdf.js / pdf-parse failure into a sentence a person understands. */
function ingestErrorFor(err: unknown): IngestError {
  if (err instanceof IngestError) return err;
  const { name, message } = describe(err);
  if (name === 'PasswordException' || /password/i.test(message)) {
    return new IngestError('PDF is encrypted/password-protected: remove the password (e.g. qpdf --decrypt) and try again');
  }
  if (name === 'InvalidPDFException' || /invalid pdf/i.test(message)) {
    return new IngestError(`PDF is corrupt or truncated: ${message}`);
  }
  return new IngestError(`PDF could not be read (corrupt or truncated?): ${message.split('\n')[0].slice(0, 200)}`);
}

export interface PdfOptions {
  /** pdf.js's worker half (pdfjs.ts): the pipeline's, derived for text extraction, by default. */
  worker?: PdfjsWorkerKind;
}

export async function extractPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<Extracted> {
  checkPdfBytes(bytes);
  await usePdfjsWorker(options.worker ?? 'text-extraction');
  const { value, stray } = await withStrayPdfjsRejectionsCaught(async (): Promise<Extracted> => {
    let parser: PDFParse | null = null;
    const link = sameThreadPdfWorker();
    try {
      // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
      parser = new PDFParse({
        data: new Uint8Array(bytes),
        verbosity: 0,
        ...PDF_ASSETS,
        ...NO_GLYPH_OUTLINES,
        ...(link ? { worker: link.worker as never } : {}),
      });
      const doc = await loadedDocument(parser);
      const pages = await layoutPages(doc, doc.numPages);
      const chars = pages.reduce((n, p) => n + p.visibleChars, 0);
      if (chars < MIN_CHARS_PER_PAGE * Math.max(1, pages.length) * 0.5 && chars < 200) {
        throw new IngestError('PDF has no text layer (scanned image?) — run OCR first');
      }
      const notes = scannedPagesNote(pages);
      const { text, tables } = assemble(pages);
      return { format: 'pdf', text, tables, notes };
    } catch (err) {
      throw ingestErrorFor(err);
    } finally {
      await parser?.destroy().catch(() => undefined);
      link?.close();
    }
  });
  if (stray.length === 0) return value;
  const note = `PDF is damaged and was read in repair mode (${stray[0]}): text or tables may be incomplete`;
  return { ...value, notes: [...value.notes, note] };
}

/**
 * The text alone as pdf-parse gives it (getText, with pdf.js's own worker, and the pipeline's
 * character maps and fonts, read the same way): the benchmark's floor for a PDF. No layout, no
 * ruling, no checks.
 */
export async function plainPdfText(bytes: Uint8Array): Promise<string> {
  await usePdfjsWorker('stock');
  const parser = new PDFParse({
    data: new Uint8Array(bytes),
    verbosity: 0,
    ...PDF_ASSETS,
  });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** Pages that are images without text (a scanned page in a text PDF): their text is missing. */
export function scannedPagesNote(pages: PageLayout[]): string[] {
  const scanned = pages.filter((p) => p.visibleChars < FEW_CHARS && p.paintsImage === true).map((p) => p.num);
  if (scanned.length === 0) return [];
  const which = scanned.length === 1 ? `page ${scanned[0]} has` : `pages ${scanned.join(', ')} have`;
  const rest = pages.length - scanned.length;
  return [`${which} no text layer (scanned image?): text and tables come from the other ${rest} page${rest === 1 ? '' : 's'} only — OCR the scanned page${scanned.length === 1 ? '' : 's'} to read ${scanned.length === 1 ? 'it' : 'them'}`];
}

const STRAY_GUARD = Symbol('pdf.js stray rejection guard');

/** An error raised inside pdf.js (its exceptions are built in pdfjs-dist's modules, or in the
 *  worker derived from it: pdfjs-text-worker.ts). */
function isPdfjsError(reason: unknown): boolean {
  return reason instanceof Error && /pdfjs-dist[\\/]|[\\/]pdf\.worker\.text-extraction\./.test(reason.stack ?? '');
}

/**
 * While repairing a damaged file pdf.js can leave rejected promises of its own unhandled
 * ("XRefEntryException: Bad (uncompressed) XRef entry"), and Node ends the whole batch on an
 * unhandled rejection. While one PDF is read, those are caught and returned as `stray`;
 * any other unhandled rejection still ends the process as it would without this listener.
 */
async function withStrayPdfjsRejectionsCaught<T>(run: () => Promise<T>): Promise<{ value: T; stray: string[] }> {
  const stray: string[] = [];
  const guard = Object.assign(
    (reason: unknown): void => {
      if (isPdfjsError(reason)) {
        stray.push(describe(reason).message.split('\n')[0].slice(0, 120));
        return;
      }
      const listeners = process.listeners('unhandledRejection');
      const othersListen = listeners.some((l) => !(STRAY_GUARD in l));
      if (!othersListen && listeners.find((l) => STRAY_GUARD in l) === guard) throw reason;
    },
    { [STRAY_GUARD]: true },
  );
  process.on('unhandledRejection', guard);
  try {
    const value = await run();
    return { value, stray };
  } finally {
    // Node reports unhandled rejections between event-loop turns: let the last ones surface first.
    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', guard);
  }
}

/** The pdf.js document pdf-parse loads (it keeps it in a private field). */
async function loadedDocument(parser: PDFParse): Promise<PdfDocumentLike> {
  const internals = parser as unknown as { load?: () => Promise<unknown>; doc?: PdfDocumentLike };
  // load() opens the document without getInfo()'s outline/metadata/page-label round trips.
  if (typeof internals.load === 'function') await internals.load.call(parser);
  else await parser.getInfo();
  const doc = internals.doc;
  if (!doc || typeof doc.getPage !== 'function') throw new Error('pdf-parse did not expose the loaded document');
  return doc;
}
