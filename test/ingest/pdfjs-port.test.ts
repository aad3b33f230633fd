import { describe, expect, it } from 'vitest';
import { SameThreadPort } from '../../src/ingest/pdfjs-port.js';
import { sameThreadPdfWorker, usePdfjsWorker } from '../../src/ingest/pdfjs.js';

/** Messages a port delivers, as its listener received them. */
function listen(port: SameThreadPort, options?: { signal?: AbortSignal }): unknown[] {
  const seen: unknown[] = [];
  port.addEventListener('message', (event) => seen.push(event.data), options);
  return seen;
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('the same-thread port between pdf.js halves', () => {
  it('delivers after the sender’s synchronous code, in order, to every listener', async () => {
    const port = new SameThreadPort();
    const a = listen(port);
    const b = listen(port);
    port.postMessage({ action: 'GetPage', data: 1 });
    port.postMessage({ action: 'GetPage', data: 2 });
    expect(a).toEqual([]);
    await tick();
    expect(a).toEqual([{ action: 'GetPage', data: 1 }, { action: 'GetPage', data: 2 }]);
    expect(b).toEqual(a);
  });

  it('hands a stream chunk over as it was when sent, though pdf.js reuses it for the next one', async () => {
    const port = new SameThreadPort();
    const seen = listen(port);
    // getTextContent: the same object, its items replaced after each chunk
    const textContent = { items: [{ str: '一、总体情况' }], styles: { f1: {} }, lang: null };
    port.postMessage({ stream: 4, streamId: 1, chunk: textContent });
    textContent.items = [{ str: '二、主动公开' }];
    // OperatorList.flush: new chunk object, the same arrays emptied after sending
    const fnArray = [91, 44];
    const argsArray: unknown[] = [[1, [new Float32Array([0, 0, 1, 1])]], ['正文']];
    port.postMessage({ stream: 4, streamId: 2, chunk: { fnArray, argsArray, lastChunk: false, length: 2 } });
    fnArray.length = 0;
    argsArray.length = 0;
    await tick();
    expect((seen[0] as { chunk: typeof textContent }).chunk.items).toEqual([{ str: '一、总体情况' }]);
    const ops = (seen[1] as { chunk: { fnArray: number[]; argsArray: unknown[]; length: number } }).chunk;
    expect(ops.fnArray).toEqual([91, 44]);
    expect(ops.argsArray[1]).toEqual(['正文']);
    expect(ops.length).toBe(2);
  });

  it('shares what is not a chunk: nothing is copied that pdf.js never changes after sending', async () => {
    const port = new SameThreadPort();
    const seen = listen(port);
    const view = [0, 0, 595, 842];
    port.postMessage({ isReply: true, callbackId: 3, data: [0, null, 1, view] });
    await tick();
    expect((seen[0] as { data: unknown[] }).data[3]).toBe(view);
  });

  it('stops delivering to a listener whose signal aborts, and to all once terminated', async () => {
    const port = new SameThreadPort();
    const controller = new AbortController();
    const aborted = listen(port, { signal: controller.signal });
    const kept = listen(port);
    controller.abort();
    port.postMessage('after abort');
    await tick();
    expect(aborted).toEqual([]);
    expect(kept).toEqual(['after abort']);
    port.terminate();
    port.postMessage('after terminate');
    await tick();
    expect(kept).toEqual(['after abort']);
  });

  it('links the pipeline’s documents (the derived worker half) by such a port', async () => {
    await usePdfjsWorker('text-extraction');
    const link = sameThreadPdfWorker();
    expect(link).not.toBeNull();
    expect((link!.worker as { port: unknown }).port).toBeInstanceOf(SameThreadPort);
    link!.close();
    expect((link!.worker as { destroyed: boolean }).destroyed).toBe(true);
  });
});
