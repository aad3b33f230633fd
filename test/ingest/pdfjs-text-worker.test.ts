import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { constants as zlibConstants, deflateRawSync, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deriveTextExtractionWorker, stockWorkerPath, textExtractionWorkerUrl } from '../../src/ingest/pdfjs-text-worker.js';
import { extractPdf } from '../../src/ingest/pdf.js';
import { loadedPdfjsWorker, OPS, sameThreadPdfWorker } from '../../src/ingest/pdfjs.js';
import * as pdfjsDist from 'pdfjs-dist/legacy/build/pdf.mjs';
import { bytesOf, fixture, repositoryFiles } from './helpers.js';

const DIST_PDF = new URL('../../dist/ingest/pdf.js', import.meta.url).href;

/** What extractPdf gives for each file, or its error, as JSON text (comparable across threads). */
async function extractedHere(files: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const f of files) {
    out.push(await extractPdf(bytesOf(f)).then((x) => JSON.stringify(x), (e: Error) => `error: ${e.message}`));
  }
  return out;
}

/** The same, in a thread of its own running pdf.js's unmodified worker (the compiled pipeline). */
function extractedWithStockWorker(files: string[]): Promise<string[]> {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { readFileSync } = require('node:fs');
    (async () => {
      const { extractPdf } = await import(workerData.module);
      const out = [];
      for (const f of workerData.files) {
        const bytes = new Uint8Array(readFileSync(f));
        out.push(await extractPdf(bytes, { worker: 'stock' }).then((x) => JSON.stringify(x), (e) => 'error: ' + e.message));
      }
      parentPort.postMessage(out);
    })().catch((e) => parentPort.postMessage({ failed: String(e && e.stack || e) }));
  `;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { module: DIST_PDF, files } });
    worker.once('message', (m: string[] | { failed: string }) => {
      void worker.terminate();
      if (Array.isArray(m)) resolve(m);
      else reject(new Error(m.failed));
    });
    worker.once('error', reject);
  });
}

interface OperatorsLike {
  fnArray: number[];
  argsArray: unknown[];
}

/** Every page's operators as the text pass captured them, and the page's operator list. */
async function capturedAndListed(file: string): Promise<
  Array<{ num: number; captured: (OperatorsLike & { complete: boolean }) | null; listed: OperatorsLike; annotated: boolean; verticalFonts: Set<string> }>
> {
  await extractPdf(bytesOf(fixture('f2021-seed003.pdf'))); // the derived worker, loaded
  const link = sameThreadPdfWorker();
  const cmaps = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps') + '/';
  const standardFonts = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';
  const out = [];
  try {
    const doc = await pdfjsDist
      .getDocument({ data: bytesOf(file), cMapUrl: cmaps, cMapPacked: true, standardFontDataUrl: standardFonts, verbosity: 0, worker: link!.worker as never })
      .promise.catch(() => null);
    if (!doc) return [];
    for (let num = 1; num <= doc.numPages; num++) {
      const page = await doc.getPage(num);
      const content = await page.getTextContent();
      const last = content.items[content.items.length - 1] as unknown as { type?: string } & OperatorsLike & { complete: boolean };
      const listed = await page.getOperatorList();
      const verticalFonts = new Set(Object.entries(content.styles).filter(([, st]) => st.vertical).map(([name]) => name));
      out.push({ num, captured: last?.type === 'rulingOps' ? last : null, listed, annotated: (await page.getAnnotations()).length > 0, verticalFonts });
    }
    await doc.destroy();
  } finally {
    link?.close();
  }
  return out;
}

const RULING_KINDS = new Set<number>([OPS.save, OPS.restore, OPS.transform, OPS.setFillRGBColor, OPS.setStrokeRGBColor, OPS.constructPath, OPS.setFont, OPS.beginText, OPS.endText]);

/** The operators of a list the capture holds: the ruling's, fonts and text objects, and the text a
 *  vertical font shows. */
function rulingPart(list: OperatorsLike, verticalFonts: Set<string>): OperatorsLike {
  const part: OperatorsLike = { fnArray: [], argsArray: [] };
  let font = '';
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.setFont) font = String(args[0]);
    if (RULING_KINDS.has(fn) || (fn === OPS.showText && verticalFonts.has(font))) {
      part.fnArray.push(fn);
      part.argsArray.push(args);
    }
  });
  return part;
}

/** Operators as comparable values: path data as numbers, glyphs as their text. */
function comparable(list: OperatorsLike): unknown {
  return JSON.parse(
    JSON.stringify({ fn: list.fnArray, args: list.argsArray }, (_, v: unknown) =>
      v instanceof Float32Array ? ['f32', ...v] : v && typeof v === 'object' && 'unicode' in v ? `glyph ${String((v as { unicode: unknown }).unicode)}` : v,
    ),
  );
}

/** A one-page PDF (Helvetica) whose content stream is `stream`, FlateDecode. */
function pdfWithFlateContent(stream: Buffer): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const piece =
      body === null
        ? Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream\nendobj\n')])
        : Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`);
    parts.push(piece);
    length += piece.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const CONTENT = Buffer.from(
  ['BT /F1 12 Tf 72 720 Td (Hello from a Flate stream, read by zlib) Tj ET', 'BT /F1 12 Tf 72 700 Td (and a second line after it) Tj ET'].join('\n'),
);

/** Flate streams zlib reads whole, reads in part (cut short), and refuses (a bad block after a good
 *  one, which pdf.js's own inflater reads up to). */
function flateVariants(): Record<string, Buffer> {
  const header = Buffer.from([0x78, 0x9c]);
  const whole = deflateSync(CONTENT);
  const open = deflateRawSync(CONTENT, { finishFlush: zlibConstants.Z_SYNC_FLUSH }); // no final block
  return {
    whole,
    cutShort: whole.subarray(0, Math.floor(whole.length * 0.6)),
    badBlockAfterGoodOne: Buffer.concat([header, open, Buffer.from([0x07, 0xff, 0xff])]),
  };
}

describe("pdf.js's worker derived for text extraction", () => {
  const source = readFileSync(stockWorkerPath(), 'utf8');

  it('adds an early return to the Font constructor, zlib to FlateStream, a walk by keys to CMap and the ruling capture to the text pass, and keeps the stock worker’s own URL', () => {
    const derived = deriveTextExtractionWorker(source, 'file:///x/pdf.worker.mjs');
    const added = derived.length - source.length;
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(12000);
    expect(derived).toContain('class RulingCapture {');
    expect(derived).toMatch(/intersector = null,\n    rulingCapture = null\n  \}\) \{/);
    expect(derived).toMatch(/const waitFor = rulingCapture\.op\(fn, args, resources, self, textState\);/);
    expect(derived).toMatch(/sink\.enqueue\(\{ items: \[rulingCapture\.item\(\)\]/);
    expect(derived).toMatch(/  readBlock\(\) \{\n    if \(this\.triedNatively === undefined\) \{/);
    expect(derived).toMatch(/  forEach\(callback\) \{\n    const map = this\._map;\n    const length = map\.length;\n    if \(length <= 0x10000\) \{\n.*\n      for \(const key in map\) \{/);
    expect(derived).toMatch(/if \(properties\.composite && properties\.hasIncludedToUnicodeMap\) \{[^}]*this\.missingFile = true;\s*return;/);
    expect(derived).not.toContain('import.meta.url');
    expect(derived).toContain('"file:///x/pdf.worker.mjs"');
    expect(derived).not.toContain('sourceMappingURL');
  });

  it('refuses a worker it does not know rather than run it half-changed', () => {
    expect(() => deriveTextExtractionWorker(source.replace('getFontFileType(file, properties)', 'fileType(file)'), 'file:///x')).toThrow(
      /not the version this pipeline knows \(its Font constructor changed\)/,
    );
    expect(() => deriveTextExtractionWorker(source.replace('if (map[i] !== undefined) {', 'if (map[i] != null) {'), 'file:///x')).toThrow(
      /its CMap\.forEach changed/,
    );
    expect(() => deriveTextExtractionWorker(source.replace('class FlateStream extends', 'class FlateStream2 extends'), 'file:///x')).toThrow(
      /its FlateStream changed/,
    );
    expect(() => deriveTextExtractionWorker(source.replace('        const fn = operation.fn;\n        args = operation.args;\n', '        const fn = operation.fn;\n'), 'file:///x')).toThrow(
      /getTextContent's loop changed/,
    );
  });

  it('copies a saved graphics state instead of chaining it, with the values pdf.js’s chained clone reads', () => {
    /** StateManager, TextState and EvalState of a worker source, evaluated with stand-ins for what they use. */
    const statesOf = (code: string) => {
      const from = code.indexOf('class StateManager {');
      const to = code.indexOf('\nclass ', code.indexOf('class EvalState {') + 1);
      const classes = code.slice(from, to > 0 ? to : undefined).replace(/\nconst RULING_OPS[\s\S]*$/, '\n');
      const gray = { name: 'DeviceGray' };
      const transform = (m: number[], n: number[]) => [
        m[0]! * n[0]! + m[2]! * n[1]!, m[1]! * n[0]! + m[3]! * n[1]!, m[0]! * n[2]! + m[2]! * n[3]!,
        m[1]! * n[2]! + m[3]! * n[3]!, m[0]! * n[4]! + m[2]! * n[5]! + m[4]!, m[1]! * n[4]! + m[3]! * n[5]! + m[5]!,
      ];
      return new Function('IDENTITY_MATRIX', 'FONT_IDENTITY_MATRIX', 'TextRenderingMode', 'ColorSpaceUtils', 'Util', `${classes}\nreturn { StateManager, TextState, EvalState };`)(
        [1, 0, 0, 1, 0, 0], [0.001, 0, 0, 0.001, 0, 0], { FILL: 0 }, { gray }, { transform },
      ) as { StateManager: new (s: object) => Manager; TextState: new () => Record<string, unknown>; EvalState: new () => Record<string, unknown> };
    };
    type Manager = { state: Record<string, any>; stateStack: object[]; save(): void; restore(): void; transform(args: number[]): void };
    const stock = statesOf(source);
    const derived = statesOf(deriveTextExtractionWorker(source, 'file:///x/pdf.worker.mjs'));
    const TEXT_KEYS = Object.keys(new stock.TextState());
    const EVAL_KEYS = ['ctm', 'font', 'textRenderingMode', 'fillColorSpace', 'strokeColorSpace', 'patternFillColorSpace', 'patternStrokeColorSpace', 'currentPointX', 'currentPointY', 'pathMinMax', 'pathBuffer'];
    /** What the text pass and the capture read of a state, at each step of nested saves, changes and restores. */
    const run = (lib: typeof stock) => {
      const text = new lib.StateManager(new lib.TextState());
      const evalState = new lib.StateManager(new lib.EvalState());
      const seen: unknown[] = [];
      const read = () => {
        seen.push(TEXT_KEYS.map((k) => JSON.stringify(text.state[k])), EVAL_KEYS.map((k) => JSON.stringify(evalState.state[k] instanceof Float32Array ? [...evalState.state[k]] : evalState.state[k])));
      };
      for (let depth = 1; depth <= 3; depth++) {
        text.save();
        evalState.save();
        text.state.fontSize = depth * 10;
        text.state.charSpacing += depth;
        text.state.textMatrix[4] = depth;
        text.state.fontMatrix[0] *= 2;
        text.transform([depth, 0, 0, depth, 5, 5]);
        evalState.state.fillColorSpace = { name: `cs${depth}` };
        evalState.state.currentPointX = depth;
        (evalState.state.pathBuffer as number[]).push(depth);
        read();
      }
      const form = evalState.state.clone({ newPath: true });
      form.pathBuffer.push(99);
      seen.push(JSON.stringify(form.pathBuffer), JSON.stringify(evalState.state.pathBuffer), form.fillColorSpace.name);
      for (let depth = 3; depth >= 0; depth--) {
        text.restore();
        evalState.restore();
        read();
      }
      return { seen, proto: Object.getPrototypeOf(text.state.clone()) === lib.TextState.prototype && Object.getPrototypeOf(evalState.state.clone()) === lib.EvalState.prototype };
    };
    const expected = run(stock);
    const actual = run(derived);
    expect(actual.seen).toEqual(expected.seen);
    // the stock clones chain (each inherits from the state it copies); the derived ones do not
    expect(expected.proto).toBe(false);
    expect(actual.proto).toBe(true);
    expect(() => deriveTextExtractionWorker(source.replace('    const clone = Object.create(this);\n    if (newPath) {', '    const clone = Object.create(this);\n\n    if (newPath) {'), 'file:///x')).toThrow(
      /its EvalState\.clone changed/,
    );
  });

  it('imports only what it derived: a changed file is written again, a folder others can write to is refused', () => {
    const saved = process.env.TMPDIR;
    const temp = mkdtempSync(join(tmpdir(), 'derived-worker-test-'));
    try {
      process.env.TMPDIR = temp;
      const path = fileURLToPath(textExtractionWorkerUrl());
      const derived = readFileSync(path, 'utf8');
      expect(derived).toBe(deriveTextExtractionWorker(readFileSync(stockWorkerPath(), 'utf8'), pathToFileURL(stockWorkerPath()).href));
      writeFileSync(path, 'globalThis.pwned = true;');
      expect(fileURLToPath(textExtractionWorkerUrl())).toBe(path);
      expect(readFileSync(path, 'utf8')).toBe(derived);
      if (process.getuid) {
        const open = join(temp, 'shared');
        mkdirSync(join(open, `gov-transparency-reports-${process.getuid()}`), { recursive: true });
        chmodSync(join(open, `gov-transparency-reports-${process.getuid()}`), 0o777);
        process.env.TMPDIR = open;
        expect(() => textExtractionWorkerUrl()).toThrow(/not a private folder/);
      }
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('falls back to the stock worker, with a warning, when the derived one cannot be written', () => {
    // a temp folder under a file: no folder can be made there, whoever runs the tests
    const code = `
      import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
      const { extractPdf } = await import(${JSON.stringify(DIST_PDF)});
      const x = await extractPdf(new Uint8Array(readFileSync(${JSON.stringify(fixture('f2021-seed003.pdf'))})));
      process.stdout.write(String(x.text.includes('政府信息公开')));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      env: { ...process.env, TMPDIR: `${fixture('f2021-seed003.pdf')}/tmp` },
      encoding: 'utf8',
    });
    expect(run.stderr).toMatch(/warning: PDFs are read with pdf\.js's own worker, more slowly: ENOTDIR/);
    expect(run.stdout).toBe('true');
  });

  it('gives the same text, tables, notes and errors as the stock worker for every PDF here', async () => {
    const files = repositoryFiles(/\.pdf$/); // real reports, LibreOffice variants, broken files
    expect(files.length).toBeGreaterThan(15);
    const ours = await extractedHere(files);
    expect(loadedPdfjsWorker()).toBe('text-extraction');
    const stock = await extractedWithStockWorker(files);
    for (let i = 0; i < files.length; i++) expect({ file: files[i], out: ours[i] }).toEqual({ file: files[i], out: stock[i] });
    // the comparison means something: most files gave text
    expect(ours.filter((o) => !o.startsWith('error')).length).toBeGreaterThan(12);
  });

  it('reads in the text pass the operators an operator list holds for the ruling and vertical text, on every page of every PDF here', async () => {
    const files = repositoryFiles(/\.pdf$/);
    let compared = 0;
    let vertical = 0;
    const incomplete: string[] = [];
    for (const file of files) {
      const pages = await capturedAndListed(file);
      for (const { num, captured, listed, annotated, verticalFonts } of pages) {
        if (annotated) {
          // annotations draw into an operator list: the pipeline asks for it (no capture)
          expect(captured, `${file} p${num}`).toBeNull();
          continue;
        }
        if (captured?.complete === false) {
          incomplete.push(`${file} p${num}`);
          continue;
        }
        expect(captured?.complete, `${file} p${num}`).toBe(true);
        expect(comparable(captured!), `${file} p${num}`).toEqual(comparable(rulingPart(listed, verticalFonts)));
        compared++;
        vertical += captured!.fnArray.filter((fn) => fn === OPS.showText).length;
      }
    }
    // real reports, LibreOffice variants (rotated, filled, stroked, scaled), a form painted twice
    expect(compared).toBeGreaterThan(90);
    expect(vertical).toBeGreaterThan(0); // hongze-2024.pdf sets a table label vertically
    const annotatedGrid = await capturedAndListed(fixture('pdf-variants/annotated-grid.pdf'));
    expect(annotatedGrid.map((p) => p.annotated)).toEqual([true, false, false]);
    // a font operator without a font name: the capture says it could not follow
    expect(incomplete).toEqual([`${fixture('pdf-variants/annotated-grid.pdf')} p3`]);
  });

  it('reads a Flate stream as pdf.js does, whether zlib reads it whole, in part, or not at all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'flate-variants-'));
    try {
      const variants = Object.entries(flateVariants());
      const files = variants.map(([name, stream]) => {
        const path = join(dir, `${name}.pdf`);
        writeFileSync(path, pdfWithFlateContent(stream));
        return path;
      });
      const ours = await extractedHere(files);
      const stock = await extractedWithStockWorker(files);
      for (let i = 0; i < files.length; i++) expect({ variant: variants[i]![0], out: ours[i] }).toEqual({ variant: variants[i]![0], out: stock[i] });
      expect(ours[0]).toContain('Hello from a Flate stream, read by zlib');
      expect(ours[0]).toContain('and a second line after it');
      // zlib refuses the other two, so pdf.js's inflater read them: what it decoded before the bad
      // block is there, a stream cut short fails as it does with the stock worker
      for (const [, stream] of variants.slice(1)) expect(() => inflateSync(stream)).toThrow();
      expect(ours[2]).toContain('Hello from a Flate stream');
      expect(ours[1]).toMatch(/^error: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
