import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { deriveTextExtractionWorker, OPS_READ, stockWorkerPath, textExtractionWorkerUrl } from '../../src/ingest/pdfjs-text-worker.js';
import { extractPdf } from '../../src/ingest/pdf.js';
import { loadedPdfjsWorker } from '../../src/ingest/pdfjs.js';
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

describe("pdf.js's worker derived for text extraction", () => {
  const source = readFileSync(stockWorkerPath(), 'utf8');

  it('adds an early return to the Font constructor and a pass over each operator-list chunk, and keeps the stock worker’s own URL', () => {
    const derived = deriveTextExtractionWorker(source, 'file:///x/pdf.worker.mjs');
    const added = derived.length - source.length;
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(1500);
    expect(derived).toMatch(/if \(properties\.composite && properties\.hasIncludedToUnicodeMap\) \{[^}]*this\.missingFile = true;\s*return;/);
    // the pass runs right before the chunk is sent, and names every operator pdflayout.ts reads
    expect(derived).toMatch(/if \(!read\.has\(fn\)\) this\.argsArray\[i\] = null;[\s\S]{0,400}\n    this\._streamSink\.enqueue\(\{/);
    for (const op of OPS_READ) expect(derived).toContain(`"${op}"`);
    expect(derived).not.toContain('import.meta.url');
    expect(derived).toContain('"file:///x/pdf.worker.mjs"');
    expect(derived).not.toContain('sourceMappingURL');
  });

  it('refuses a worker it does not know rather than run it half-changed', () => {
    expect(() => deriveTextExtractionWorker(source.replace('getFontFileType(file, properties)', 'fileType(file)'), 'file:///x')).toThrow(
      /not the version this pipeline knows \(its Font constructor changed\)/,
    );
    expect(() => deriveTextExtractionWorker(source.replace('this._streamSink.enqueue({', 'this._streamSink.enqueue( {'), 'file:///x')).toThrow(
      /not the version this pipeline knows \(its OperatorList\.flush changed\)/,
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
});
