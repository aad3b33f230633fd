/**
 * One run over a list of inputs: analyse every file (in worker threads, or in this thread for
 * --jobs 1), write each report's rows in input order as soon as its turn comes (a reorder buffer
 * holds the ones that finish early), then run the corpus stage on the summaries.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCorpus } from '../corpus/index.js';
import { cacheDirFor, writeCacheEntry } from '../output/cache.js';
import { OutputWriter } from '../output/writer.js';
import type { ReportStatus, ReportSummary } from '../types.js';
import { WorkerPool } from '../worker/pool.js';
import { failedResult } from '../worker/failed.js';
import type { FileResult, FileTask } from '../worker/task.js';
import type { ExtractResult, WorkerRequest } from '../worker/messages.js';

export interface BatchOptions {
  outDir: string;
  jobs: number;
  useCache: boolean;
  /** Called once per file, in input order, as its rows are written. */
  onResult?: (result: FileResult) => void;
  /** Worker script; defaults to the compiled dist/worker/worker.js. */
  workerScript?: URL;
}

export interface BatchSummary {
  files: number;
  counts: Record<ReportStatus, number>;
  fromCache: number;
  bytes: number;
  seconds: number;
  outputs: string[];
  workerRestarts: number;
}

/** The compiled worker next to this module, or dist/ when running from the TypeScript sources. */
export function defaultWorkerScript(): URL {
  const sibling = new URL('../worker/worker.js', import.meta.url);
  if (existsSync(fileURLToPath(sibling))) return sibling;
  return new URL('../../dist/worker/worker.js', import.meta.url);
}

/** Runs `run` over every task with at most `inFlight` at once and never more than `window`
 *  finished-but-unwritten results held; `emit` sees the results strictly in task order. */
export async function inOrder<T>(
  count: number,
  run: (order: number) => Promise<T>,
  emit: (result: T, order: number) => Promise<void>,
  inFlight: number,
  window: number,
): Promise<void> {
  const running = new Map<number, Promise<{ order: number; result: T }>>();
  const done = new Map<number, T>();
  let next = 0;
  let written = 0;
  while (written < count) {
    while (next < count && running.size < inFlight && next - written < window) {
      const order = next++;
      running.set(order, run(order).then((result) => ({ order, result })));
    }
    const { order, result } = await Promise.race(running.values());
    running.delete(order);
    done.set(order, result);
    while (done.has(written)) {
      const ready = done.get(written)!;
      done.delete(written);
      await emit(ready, written);
      written++;
    }
  }
}

interface Executor<R> {
  run(request: WorkerRequest): Promise<R>;
  close(): Promise<void>;
  restarts(): number;
}

function makeExecutor<R extends FileResult | ExtractResult>(jobs: number, script?: URL): Executor<R> {
  if (jobs <= 1) {
    // In this thread, loading the pipeline (or, for the floor, only ingest) at the first file.
    return {
      run: async (request) => {
        if (request.kind === 'analyze') return (await (await import('../worker/task.js')).processFile(request.task, request.options)) as R;
        return (await (await import('../worker/extract.js')).extractFile(request.task)) as R;
      },
      close: async () => {},
      restarts: () => 0,
    };
  }
  const pool = new WorkerPool<WorkerRequest, R>({
    size: jobs,
    script: script ?? defaultWorkerScript(),
    onFailure: (request, reason) =>
      (request.kind === 'analyze'
        ? failedResult(request.task, reason)
        : { order: request.task.order, bytes: 0, ok: false }) as R,
  });
  return { run: (r) => pool.run(r), close: () => pool.close(), restarts: () => pool.restarts };
}

function tasksOf(paths: readonly string[], reportIds: readonly string[]): FileTask[] {
  return paths.map((path, order) => ({ path, reportId: reportIds[order]!, order }));
}

export async function runBatch(
  paths: readonly string[],
  reportIds: readonly string[],
  options: BatchOptions,
): Promise<BatchSummary> {
  const started = process.hrtime.bigint();
  const tasks = tasksOf(paths, reportIds);
  const cacheDir = options.useCache ? cacheDirFor(options.outDir) : null;
  const writer = await OutputWriter.open(options.outDir);
  const executor = makeExecutor<FileResult>(options.jobs, options.workerScript);
  const summaries: ReportSummary[] = [];
  const counts: Record<ReportStatus, number> = { ok: 0, failed: 0, not_report: 0 };
  let fromCache = 0;
  let bytes = 0;
  try {
    const inFlight = Math.max(1, options.jobs) * 2;
    await inOrder(
      tasks.length,
      (order) => executor.run({ kind: 'analyze', task: tasks[order]!, options: { cacheDir } }),
      async (result) => {
        await writer.writeReport(result.rows);
        if (cacheDir && result.cacheKey && !result.fromCache) {
          await writeCacheEntry(cacheDir, { key: result.cacheKey, rows: result.rows, summary: result.summary });
        }
        summaries.push(result.summary);
        counts[result.status]++;
        if (result.fromCache) fromCache++;
        bytes += result.bytes;
        options.onResult?.(result);
      },
      inFlight,
      Math.max(16, inFlight * 4),
    );
    await writer.writeCorpus(runCorpus(summaries));
  } finally {
    await executor.close();
    await writer.close();
  }
  return {
    files: tasks.length,
    counts,
    fromCache,
    bytes,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    outputs: writer.paths(),
    workerRestarts: executor.restarts(),
  };
}

/** The benchmark's floor: read and extract every file, no later stage, nothing written. */
export async function runExtractOnly(
  paths: readonly string[],
  jobs: number,
  workerScript?: URL,
): Promise<{ files: number; ok: number; bytes: number; seconds: number }> {
  const started = process.hrtime.bigint();
  const tasks = tasksOf(paths, paths.map((_, i) => String(i)));
  const executor = makeExecutor<ExtractResult>(jobs, workerScript);
  let ok = 0;
  let bytes = 0;
  try {
    const inFlight = Math.max(1, jobs) * 2;
    await inOrder(
      tasks.length,
      (order) => executor.run({ kind: 'extract', task: tasks[order]! }),
      async (result) => {
        if (result.ok) ok++;
        bytes += result.bytes;
      },
      inFlight,
      Math.max(16, inFlight * 4),
    );
  } finally {
    await executor.close();
  }
  return { files: tasks.length, ok, bytes, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}
