/**
 * One run over a list of inputs: analyse every file (in worker threads, or in this thread for
 * --jobs 1), write each report's rows in input order as soon as its turn comes (a reorder buffer
 * holds the ones that finish early), then run the corpus stage on the summaries.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname } from 'node:path';
import { SummarySpill } from '../output/spill.js';
import { fileURLToPath } from 'node:url';
import { runCorpus } from '../corpus/index.js';
import { cacheDirFor } from '../output/cache.js';
import { CODE_DIR, pipelineFingerprint, pipelineRoots } from '../output/fingerprint.js';
import { OutputWriter } from '../output/writer.js';
import type { ReportStatus } from '../types.js';
import { unpackSummaries, type PackedSummary } from '../corpus/packed.js';
import { WorkerPool } from '../worker/pool.js';
import { tuneV8ForBatch, WORKER_HEAP } from '../worker/v8-tuning.js';
import { SegmenterHost } from '../structure/segmenter.js';
import { failedResult } from '../worker/failed.js';
import { cachedResult, type FileResult, type FileTask } from '../worker/task.js';
import { readInput } from '../ingest/walk.js';
import type { ExtractResult, Floor, WorkerRequest } from '../worker/messages.js';

export interface BatchOptions {
  outDir: string;
  jobs: number;
  useCache: boolean;
  /** Called once per file, in input order, as its rows are written. */
  onResult?: (result: FileResult) => void;
  /** Worker script; defaults to the compiled dist/worker/worker.js. */
  workerScript?: URL;
  /** A file still being analysed after this many seconds is failed and its worker replaced
   *  (DEFAULT_FILE_TIMEOUT_S; 0: no limit). With --jobs 1 files run in this thread: no limit. */
  fileTimeoutSeconds?: number;
}

/** Minutes more than any report needs (a 100-page PDF takes seconds), so only a file that sends a
 *  parser into an endless loop meets it. */
export const DEFAULT_FILE_TIMEOUT_S = 300;

export interface BatchSummary {
  files: number;
  counts: Record<ReportStatus, number>;
  fromCache: number;
  bytes: number;
  seconds: number;
  outputs: string[];
  workerRestarts: number;
}

/** A compiled thread script (path under dist/) next to this module, or in dist/ when running
 *  from the TypeScript sources. */
function compiledScript(path: string): URL {
  const sibling = new URL(`../${path}`, import.meta.url);
  if (existsSync(fileURLToPath(sibling))) return sibling;
  return new URL(`../../dist/${path}`, import.meta.url);
}

export function defaultWorkerScript(): URL {
  return compiledScript('worker/worker.js');
}

/**
 * A file's bytes, read here for a worker, or undefined (the worker reads it, and says why it
 * cannot). The main thread is mostly idle while the workers analyse: they never block on the disk,
 * and a file the cache does not hold is read once, not once here and again in a worker.
 */
async function readForWorker(path: string): Promise<Uint8Array | undefined> {
  try {
    return await readInput(path);
  } catch {
    return undefined;
  }
}

/** Extensions of the formats read by an engine of their own (pdf.js, mammoth). */
const ENGINE_KINDS = new Set(['.pdf', '.docx']);

/** Files handed out at once: with workers, a queue deep enough for a free worker to find a file
 *  of its own format (pool.ts); in this thread, two (one read while one is analysed). */
function inFlightFor(jobs: number): number {
  return jobs > 1 ? jobs * 4 : 2;
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

function makeExecutor<R extends FileResult | ExtractResult>(
  kind: WorkerRequest['kind'],
  jobs: number,
  script?: URL,
  timeoutSeconds = DEFAULT_FILE_TIMEOUT_S,
): Executor<R> {
  tuneV8ForBatch(jobs);
  if (jobs <= 1) {
    // In this thread, loading the pipeline (or, for the floor, only ingest) at the first file.
    return {
      run: async (request) => {
        if (request.kind === 'analyze') return (await (await import('../worker/task.js')).processFile(request.task, request.options)) as R;
        return (await (await import('../worker/extract.js')).extractFile(request.task, request.floor)) as R;
      },
      close: async () => {},
      restarts: () => 0,
    };
  }
  // The pipeline's workers share one word segmenter (its dictionaries are ~80 MB a thread);
  // the floor's workers never segment.
  // Started with the first worker, so a run that the cache serves entirely never loads them.
  let segmenter: SegmenterHost | null = null;
  const segmenterChannel = () => (segmenter ??= new SegmenterHost(compiledScript('structure/segmenter-thread.js'))).channel();
  const pool = new WorkerPool<WorkerRequest, R>({
    size: jobs,
    script: script ?? defaultWorkerScript(),
    resourceLimits: WORKER_HEAP,
    timeoutMs: timeoutSeconds > 0 ? timeoutSeconds * 1000 : undefined,
    workerData: () => (kind === 'analyze' ? { segmenter: segmenterChannel() } : undefined),
    // PDFs (pdf.js) and Word files (mammoth) each to a worker of their own when it is free (pool.ts)
    kindOf: (request) => {
      const extension = extname(request.task.path).toLowerCase();
      return ENGINE_KINDS.has(extension) ? extension : undefined;
    },
    onFailure: (request, reason) =>
      (request.kind === 'analyze'
        ? failedResult(request.task, reason)
        : { order: request.task.order, bytes: 0, ok: false }) as R,
  });
  return {
    run: (r) => pool.run(r),
    close: async () => {
      await pool.close();
      await (segmenter as SegmenterHost | null)?.close();
    },
    restarts: () => pool.restarts,
  };
}

/** What the cache key fingerprints: the code of this thread, and the workers' code when it lies
 *  elsewhere (tests run from src/ with workers from dist/). */
function fingerprintRoots(options: BatchOptions) {
  const roots = pipelineRoots(CODE_DIR);
  if (options.jobs <= 1) return roots;
  const workerCode = fileURLToPath(new URL('../', options.workerScript ?? defaultWorkerScript()));
  return workerCode === CODE_DIR ? roots : [...roots, pipelineRoots(workerCode)[0]!];
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
  // An entry's key names its file's path, so a run never hits what it writes itself: with no cache
  // at the start (a first run), looking every file up before handing it to a worker is wasted work.
  const cacheHasEntries = cacheDir !== null && existsSync(cacheDir);
  const fingerprint = cacheDir ? await pipelineFingerprint(fingerprintRoots(options)) : '';
  const writer = await OutputWriter.open(options.outDir);
  const executor = makeExecutor<FileResult>('analyze', options.jobs, options.workerScript, options.fileTimeoutSeconds);
  // summaries wait on disk: the main thread stays small while the workers are at their peak
  const summaries = await SummarySpill.open<PackedSummary>(tmpdir());
  const counts: Record<ReportStatus, number> = { ok: 0, failed: 0, not_report: 0 };
  let fromCache = 0;
  let bytes = 0;
  try {
    const inFlight = inFlightFor(options.jobs);
    await inOrder(
      tasks.length,
      async (order) => {
        const request = { kind: 'analyze', task: tasks[order]!, options: { cacheDir, fingerprint, lookUp: cacheHasEntries } } as const;
        if (options.jobs <= 1) return executor.run(request);
        const bytes = await readForWorker(request.task.path);
        // an unchanged file is served here: workers (and the pipeline) start at the first miss
        const cached = cacheHasEntries && bytes ? await cachedResult(request.task, request.options, bytes) : null;
        // looked up here already: the worker only stores its result
        return cached ?? executor.run({ ...request, options: { ...request.options, lookUp: false }, bytes });
      },
      async (result) => {
        await writer.writeReport(result.csv);
        await summaries.add(result.summary);
        counts[result.status]++;
        if (result.fromCache) fromCache++;
        bytes += result.bytes;
        options.onResult?.(result);
      },
      inFlight,
      Math.max(16, inFlight * 4),
    );
    // The workers (each with its own dictionaries and PDF engine) are done: let their memory go
    // before the corpus stage needs its own.
    await executor.close();
    await writer.writeCorpus(runCorpus(unpackSummaries(await summaries.readAll())));
  } finally {
    await executor.close();
    await writer.close();
    await summaries.discard();
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

/** A benchmark floor: read and extract every file (`floor` says how), no later stage, nothing written. */
export async function runExtractOnly(
  paths: readonly string[],
  jobs: number,
  floor: Floor,
  workerScript?: URL,
): Promise<{ files: number; ok: number; bytes: number; seconds: number }> {
  const started = process.hrtime.bigint();
  const tasks = tasksOf(paths, paths.map((_, i) => String(i)));
  const executor = makeExecutor<ExtractResult>('extract', jobs, workerScript);
  let ok = 0;
  let bytes = 0;
  try {
    const inFlight = inFlightFor(jobs);
    await inOrder(
      tasks.length,
      async (order) => {
        const task = tasks[order]!;
        return executor.run({ kind: 'extract', task, floor, bytes: jobs > 1 ? await readForWorker(task.path) : undefined });
      },
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
