/**
 * The work done for one input file, the same in a worker thread and in the main thread (--jobs 1):
 * read it, look it up in the cache, else run the pipeline, and hand back its CSV rows and its
 * corpus summary — plain data that crosses a structured clone unchanged.
 */
import { analyze, makeSource, PIPELINE_VERSION } from '../pipeline.js';
import { detectFormat } from '../ingest/index.js';
import { readInput } from '../ingest/walk.js';
import { summarize } from '../corpus/index.js';
import { reportRows, type ReportRows } from '../output/rows.js';
import { failedResult as failedWithoutFormat } from './failed.js';
import { cacheKey, readCacheEntry } from '../output/cache.js';
import type { ReportStatus, ReportSummary } from '../types.js';

export interface FileTask {
  path: string;
  reportId: string;
  /** Index of the input: results are written in this order. */
  order: number;
}

export interface TaskOptions {
  /** Folder of the cache; null to bypass it (--no-cache). */
  cacheDir: string | null;
}

export interface FileResult {
  order: number;
  reportId: string;
  path: string;
  status: ReportStatus;
  error: string;
  bytes: number;
  rows: ReportRows;
  summary: ReportSummary;
  /** Cache key, '' when the result must not be cached (an internal failure, a crashed worker). */
  cacheKey: string;
  fromCache: boolean;
}

const failedResult = (task: FileTask, error: string): FileResult =>
  failedWithoutFormat(task, error, detectFormat(task.path));

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export async function processFile(task: FileTask, options: TaskOptions): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(task.path);
  } catch (err) {
    return failedResult(task, `cannot read file: ${messageOf(err)}`);
  }
  try {
    const source = makeSource(task.path, task.reportId, bytes);
    const key = cacheKey({
      pipelineVersion: PIPELINE_VERSION,
      contentSha256: source.sha256,
      reportId: task.reportId,
      path: task.path,
    });
    const base = { order: task.order, reportId: task.reportId, path: task.path, bytes: bytes.byteLength, cacheKey: key };
    if (options.cacheDir) {
      const hit = await readCacheEntry(options.cacheDir, key);
      if (hit) {
        const summary = { ...hit.summary, order: task.order };
        return { ...base, status: summary.status, error: hit.rows.reports[0]?.[5] ?? '', rows: hit.rows, summary, fromCache: true };
      }
    }
    const report = await analyze(source, bytes);
    return {
      ...base,
      status: report.status,
      error: report.error,
      rows: reportRows(report),
      summary: summarize(report, task.order),
      fromCache: false,
    };
  } catch (err) {
    return failedResult(task, `internal error: ${messageOf(err)}`);
  }
}
