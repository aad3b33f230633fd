import { describe, expect, it } from 'vitest';
import { DOMMatrix, Path2D } from '../../src/ingest/canvas-stand-in.js';
import { loadedPdfjsWorker, RESTORED_BUILT_INS, restoreBuiltIns, usePdfjsWorker } from '../../src/ingest/pdfjs.js';
import { plainText } from '../../src/ingest/index.js';
import { bytesOf, corpus, fixture } from './helpers.js';

const isNative = (f: unknown) => /\[native code\]/.test(Function.prototype.toString.call(f));

describe('pdf.js loaded without its polyfills of native built-ins', () => {
  it('puts back the natives its legacy build replaced, and keeps what it added', () => {
    expect(RESTORED_BUILT_INS).toEqual(expect.arrayContaining(['push', 'parse']));
    expect(isNative(Array.prototype.push)).toBe(true);
    expect(isNative(JSON.parse)).toBe(true);
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe('function');
  });
  it("undoes the worker half's polyfills too", async () => {
    await usePdfjsWorker('stock');
    expect((globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBeDefined();
    expect(isNative(Array.prototype.push)).toBe(true);
    expect(isNative(JSON.parse)).toBe(true);
  });
  it('restores a replaced native and leaves the rest alone', () => {
    const holder = { f: Math.max, g: Math.min };
    const saved = Object.entries(Object.getOwnPropertyDescriptors(holder)).map(([key, descriptor]) => ({ holder, key, descriptor }));
    holder.f = () => 0;
    expect(restoreBuiltIns(saved)).toEqual(['f']);
    expect(holder.f).toBe(Math.max);
    expect(holder.g).toBe(Math.min);
  });
});

describe('canvas stand-in', () => {
  it('composes and inverts 2-D matrices as DOMMatrix does', () => {
    const m = new DOMMatrix().scaleSelf(2, -3).translateSelf(0, -5);
    expect([m.a, m.b, m.c, m.d, m.e, m.f]).toEqual([2, 0, 0, -3, 0, 15]);
    const i = m.inverse().multiply(m);
    expect([i.a, i.b, i.c, i.d, i.e, i.f].map((x) => Math.round(x * 1e9) / 1e9 + 0)).toEqual([1, 0, 0, 1, 0, 0]);
  });
  it('says plainly that it cannot draw', () => {
    expect(() => new Path2D()).toThrow(/drawing is not available/);
  });
});

describe('plainText (the benchmark floor)', () => {
  it("gives pdf-parse's text of a PDF and the decoded text of the rest", async () => {
    const pdf = await plainText('f2021-seed003.pdf', bytesOf(fixture('f2021-seed003.pdf')));
    expect(pdf).toMatch(/政府信息公开/);
    const gbk = await plainText('seed000-gb18030.txt', bytesOf(fixture('seed000-gb18030.txt')));
    expect(gbk).toMatch(/政府信息公开/);
    const txt = await plainText('a.txt', bytesOf(corpus('real/pingtan-2022.txt')));
    expect(txt.length).toBeGreaterThan(1000);
  });
  it("runs pdf.js's own worker, which a thread then keeps", async () => {
    await plainText('f2021-seed003.pdf', bytesOf(fixture('f2021-seed003.pdf')));
    expect(loadedPdfjsWorker()).toBe('stock');
    expect(() => usePdfjsWorker('text-extraction')).toThrow(/already runs its stock worker/);
  });
  it('refuses what it cannot read', async () => {
    await expect(plainText('a.xls', new Uint8Array([1, 2, 3]))).rejects.toThrow(/unsupported format/);
  });
});
