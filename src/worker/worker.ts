/**
 * A pipeline worker thread. The pipeline (and nodejieba's dictionaries) is loaded once, at the
 * first file to analyse; the worker then analyses one file per request until the pool closes it.
 * A benchmark floor worker only ever loads ingest.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './messages.js';

if (!parentPort) throw new Error('worker.js must run as a worker thread');
const port = parentPort;

async function handle(request: WorkerRequest): Promise<unknown> {
  if (request.kind === 'analyze') {
    const { processFile } = await import('./task.js');
    return processFile(request.task, request.options, request.bytes);
  }
  const { extractFile } = await import('./extract.js');
  return extractFile(request.task, request.floor, request.bytes);
}

port.on('message', (request: WorkerRequest) => {
  handle(request).then(
    (result) => port.postMessage({ ok: true, result } as WorkerReply),
    (err: unknown) =>
      port.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) } satisfies WorkerReply),
  );
});
