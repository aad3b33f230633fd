/**
 * pdf-parse and the pdf.js it bundles, loaded so that they leave the thread's built-ins as they
 * found them. pdf-parse imports pdf.js's *legacy* build, whose core-js polyfills replace native
 * built-ins that Node 20 already has — Array.prototype.push (for an edge case of arrays with a
 * read-only length) and JSON.parse (for a proposal's reviver argument) among them — with slower
 * JavaScript, for every module of the thread. A PDF made the rest of the pipeline slower in its
 * worker from then on (the polyfilled push alone was 8% of a PDF's time). Built-ins the polyfills
 * add (Promise.withResolvers, Iterator helpers, …) stay: pdf.js needs them. pdf.js's worker half
 * is loaded here too (usePdfjsWorker: it has its own polyfills); pdf.js then runs it in this
 * thread, as it would.
 *
 * The only module that imports pdf-parse or pdfjs-dist values (others import their types).
 */
import { createRequire } from 'node:module';
import type * as PdfParseModule from 'pdf-parse';
import { pathToFileURL } from 'node:url';
import * as canvasStandIn from './canvas-stand-in.js';
import { stockWorkerPath, textExtractionWorkerUrl } from './pdfjs-text-worker.js';
import { SameThreadPort } from './pdfjs-port.js';

/** Where native built-ins live that a polyfill may replace. */
const BUILT_IN_HOLDERS: readonly object[] = [
  Array.prototype,
  Array,
  Object.prototype,
  Object,
  Function.prototype,
  String.prototype,
  String,
  Number.prototype,
  Number,
  Math,
  JSON,
  Promise.prototype,
  Promise,
  Map.prototype,
  Set.prototype,
  RegExp.prototype,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  Object.getPrototypeOf(Uint8Array) as object,
  ArrayBuffer.prototype,
];

interface Saved {
  holder: object;
  key: string | symbol;
  descriptor: PropertyDescriptor;
}

const isNative = (f: unknown): boolean =>
  typeof f === 'function' && /\{\s*\[native code\]\s*\}$/.test(Function.prototype.toString.call(f));

/** The native functions stored as plain properties of the built-in holders. */
function nativeBuiltIns(): Saved[] {
  const saved: Saved[] = [];
  for (const holder of BUILT_IN_HOLDERS) {
    for (const key of Reflect.ownKeys(holder)) {
      const descriptor = Object.getOwnPropertyDescriptor(holder, key);
      if (descriptor && 'value' in descriptor && isNative(descriptor.value)) saved.push({ holder, key, descriptor });
    }
  }
  return saved;
}

/** Puts back every saved native that was replaced; returns the names put back. */
export function restoreBuiltIns(saved: readonly Saved[]): string[] {
  const restored: string[] = [];
  for (const { holder, key, descriptor } of saved) {
    const now = Object.getOwnPropertyDescriptor(holder, key);
    if (now && 'value' in now && now.value === descriptor.value) continue;
    Object.defineProperty(holder, key, descriptor);
    restored.push(String(key));
  }
  return restored;
}

/**
 * pdf.js requires @napi-rs/canvas when it loads in Node, to draw pages; we never draw. Its place in
 * this thread's module cache is taken by canvas-stand-in.ts, so the native library (and Skia's
 * fonts) are never loaded: ~20 MB less per thread.
 */
function standInForCanvas(): void {
  const fromPdfjs = createRequire(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs'));
  let path: string;
  try {
    path = fromPdfjs.resolve('@napi-rs/canvas');
  } catch {
    return; // not installed: pdf.js copes (it only warns)
  }
  fromPdfjs.cache[path] ??= { id: path, filename: path, loaded: true, exports: canvasStandIn } as unknown as NodeJS.Module;
}

standInForCanvas();
const natives = nativeBuiltIns();
const pdfParse: typeof PdfParseModule = await import('pdf-parse');
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
/** The built-ins put back after loading (for the tests). */
export const RESTORED_BUILT_INS: readonly string[] = restoreBuiltIns(natives);

export const PDFParse = pdfParse.PDFParse;
export type PDFParse = PdfParseModule.PDFParse;
export const OPS = pdfjs.OPS;

/**
 * Which worker half pdf.js runs in this thread: pdfjs-dist's own ('stock': the benchmark's floor is
 * pdf-parse as it comes), or the one derived for text extraction (pdfjs-text-worker.ts: the
 * pipeline's). pdf.js binds the worker at its first document, for the life of the thread.
 */
export type PdfjsWorkerKind = 'stock' | 'text-extraction';

let loadedWorker: { kind: PdfjsWorkerKind; ready: Promise<void> } | null = null;

/**
 * Loads the worker half of `kind` before pdf.js would import its own (it uses
 * globalThis.pdfjsWorker when set), undoing its polyfills too. Every document of a thread must
 * ask for the same kind: asking for the other one throws (pdf.js could not switch).
 */
export function usePdfjsWorker(kind: PdfjsWorkerKind): Promise<void> {
  if (loadedWorker) {
    if (loadedWorker.kind !== kind) throw new Error(`pdf.js already runs its ${loadedWorker.kind} worker in this thread; cannot switch to ${kind}`);
    return loadedWorker.ready;
  }
  const stock = pathToFileURL(stockWorkerPath());
  const url = kind === 'stock' ? stock : textExtractionWorkerOrStock();
  const loaded =
    url === stock
      ? import(stock.href)
      : import(url.href).catch((err: unknown) => {
          warnStockWorker(err);
          return import(stock.href);
        });
  const ready = loaded.then(() => void restoreBuiltIns(natives));
  loadedWorker = { kind, ready };
  return ready;
}

/**
 * The derived worker; the stock one when it cannot be made or loaded (a pdfjs-dist this code does
 * not know, a read-only temp folder): the text and tables are the same (pdfjs-text-worker.test.ts),
 * only slower.
 */
function textExtractionWorkerOrStock(): URL {
  try {
    return textExtractionWorkerUrl();
  } catch (err) {
    warnStockWorker(err);
    return pathToFileURL(stockWorkerPath());
  }
}

function warnStockWorker(err: unknown): void {
  process.stderr.write(`warning: PDFs are read with pdf.js's own worker, more slowly: ${err instanceof Error ? err.message : String(err)}\n`);
}

interface WorkerHalf {
  initializeFromPort(port: unknown): void;
}

/**
 * For one document of the pipeline's ('text-extraction'): pdf.js's two halves, both in this
 * thread, linked by a port that hands messages over instead of cloning them (pdfjs-port.ts), as
 * the PDFWorker to give getDocument; `close` after the document is destroyed. Null for the floor's
 * stock documents (pdf-parse as it comes), or before usePdfjsWorker has loaded a worker half.
 */
export function sameThreadPdfWorker(): { worker: unknown; close(): void } | null {
  if (loadedWorker?.kind !== 'text-extraction') return null;
  const half = (globalThis as { pdfjsWorker?: { WorkerMessageHandler?: WorkerHalf } }).pdfjsWorker?.WorkerMessageHandler;
  if (!half) return null;
  const port = new SameThreadPort();
  half.initializeFromPort(port);
  const worker = new pdfjs.PDFWorker({ port: port as never });
  return {
    worker,
    close: () => {
      worker.destroy();
      port.terminate();
    },
  };
}

/** The worker half this thread loaded, if any (for the tests). */
export const loadedPdfjsWorker = (): PdfjsWorkerKind | null => loadedWorker?.kind ?? null;
