/**
 * The work done for one input file, the same in a worker thread and in the main thread (--jobs 1):
 * read it, look it up in the cache, else run the pipeline (and store the result in the cache), and
 * hand back its CSV records and its packed corpus summary — plain data (strings mostly) that
 * crosses a structured clone cheaply and unchanged.
 */
import { createHash } from 'node:crypto';
import { PIPELINE_VERSION } from '../version.js';
import { readInput } from '../ingest/walk.js';
import { summarize } from '../corpus/index.js';
import { reportRows } from '../output/rows.js';
import { reportCsv, type ReportCsv } from '../output/csv.js';
import { failedResult as failedWithoutFormat } from './failed.js';
import { cacheKey, readCacheEntry, writeCacheEntry } from '../output/cache.js';
import type { ReportStatus } from '../types.js';
import { packSummary, type PackedSummary } from '../corpus/packed.js';

export interface FileTask {
  path: string;
  reportId: string;
  /** Index of the input: results are written in this order. */
  order: number;
}

export interface TaskOptions {
  /** Folder of the cache; null to bypass it (--no-cache). */
  cacheDir: string | null;
  /** pipelineFingerprint() of the run, part of the cache key ('' when the cache is bypassed). */
  fingerprint: string;
  /** False when the cache holds nothing yet (a first run): a fresh result is stored, nothing is
   *  looked up. */
  lookUp?: boolean;
}

export interface FileResult {
  order: number;
  reportId: string;
  path: string;
  status: ReportStatus;
  error: string;
  bytes: number;
  /** The report's CSV records, file by file (output/csv.ts reportCsv). */
  csv: ReportCsv;
  /** What the corpus stage needs of the report, packed small (corpus/packed.ts). */
  summary: PackedSummary;
  /** Cache key ('' for a file that could not be read, or whose worker crashed). A fresh result
   *  was stored under it already when the cache is on. */
  cacheKey: string;
  fromCache: boolean;
}

/** The pipeline (ingest with its PDF engine, the stages, the dictionaries) is loaded at the first
 *  file the cache cannot serve: a re-run over an unchanged corpus never loads it. */
const pipeline = () => import('../pipeline.js');

async function failedResult(task: FileTask, error: string): Promise<FileResult> {
  const { detectFormat } = await import('../ingest/index.js');
  return failedWithoutFormat(task, error, detectFormat(task.path));
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function keyOf(task: FileTask, contentSha256: string, options: TaskOptions): string {
  return cacheKey({
    pipelineVersion: PIPELINE_VERSION,
    fingerprint: options.fingerprint,
    contentSha256,
    reportId: task.reportId,
    path: task.path,
  });
}

async function fromCache(task: FileTask, bytes: Uint8Array, key: string, options: TaskOptions): Promise<FileResult | null> {
  if (!options.cacheDir) return null;
  const hit = await readCacheEntry(options.cacheDir, key);
  if (!hit) return null;
  const { status, error, csv } = hit;
  const base = { order: task.order, reportId: task.reportId, path: task.path, bytes: bytes.byteLength, cacheKey: key };
  return { ...base, status, error, csv, summary: { ...hit.summary, order: task.order }, fromCache: true };
}

/**
 * The file's result from the cache, or null (not cached, cache off, file unreadable: then
 * processFile says why). Loads neither the pipeline nor its dictionaries: the main thread serves
 * an unchanged file with this without handing it to a worker.
 */
export async function cachedResult(task: FileTask, options: TaskOptions, read?: Uint8Array): Promise<FileResult | null> {
  if (!options.cacheDir) return null;
  try {
    const bytes = read ?? (await readInput(task.path));
    return await fromCache(task, bytes, keyOf(task, sha256Of(bytes), options), options);
  } catch {
    return null;
  }
}

/** `read`: the file's bytes when the caller has read them already. */
export async function processFile(task: FileTask, options: TaskOptions, read?: Uint8Array): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = read ?? (await readInput(task.path));
  } catch (err) {
    return failedResult(task, `cannot read file: ${messageOf(err)}`);
  }
  try {
    const contentSha256 = sha256Of(bytes);
    const key = keyOf(task, contentSha256, options);
    const base = { order: task.order, reportId: task.reportId, path: task.path, bytes: bytes.byteLength, cacheKey: key };
    const hit = options.lookUp === false ? null : await fromCache(task, bytes, key, options);
    if (hit) return hit;
    const { analyze, makeSource } = await pipeline();
    const report = await analyze(makeSource(task.path, task.reportId, bytes, contentSha256), bytes);
    const result: FileResult = {
      ...base,
      status: report.status,
      error: report.error,
      csv: reportCsv(reportRows(report)),
      summary: packSummary(summarize(report, task.order)),
      fromCache: false,
    };
    if (options.cacheDir) {
      const { status, error, csv, summary } = result;
      // best effort: a cache that cannot be written only means the file is analysed again
      await writeCacheEntry(options.cacheDir, { key, status, error, csv, summary }).catch(() => undefined);
    }
    return result;
  } catch (err) {
    return failedResult(task, `internal error: ${messageOf(err)}`);
  }
}
