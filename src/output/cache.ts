/**
 * Cache of analysed files: the CSV records and summary of a file, keyed by the sha256 of its content, the
 * pipeline version, the pipeline's fingerprint (a hash of its code, data and locked dependencies:
 * fingerprint.ts) and its report id and path (both appear in the rows). A re-run reads unchanged
 * files from here and writes byte-identical outputs; bumping PIPELINE_VERSION, or any change to the
 * code or dictionaries, invalidates it all.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PackedSummary } from '../corpus/packed.js';
import type { ReportStatus } from '../types.js';
import type { ReportCsv } from './csv.js';
import { REPORT_FILES } from './rows.js';

export interface CacheEntry {
  key: string;
  status: ReportStatus;
  error: string;
  /** The report's CSV records, file by file, as written. */
  csv: ReportCsv;
  summary: PackedSummary;
}

export interface CacheKeyParts {
  pipelineVersion: string;
  /** pipelineFingerprint() of the run. */
  fingerprint: string;
  contentSha256: string;
  reportId: string;
  path: string;
}

export function cacheKey(parts: CacheKeyParts): string {
  return createHash('sha256')
    .update([parts.pipelineVersion, parts.fingerprint, parts.contentSha256, parts.reportId, parts.path].join('\0'))
    .digest('hex');
}

/** Where the cache of an output folder lives. */
export function cacheDirFor(outDir: string): string {
  return join(outDir, '.cache');
}

/**
 * An entry on disk: one line of JSON (key, status, error, summary, and the byte length of each
 * CSV file's records), then the records themselves, file after file, as UTF-8. A re-run hands
 * those bytes to the output files as they are: 10,000 entries as JSON strings were ~3 s of
 * decoding and parsing, a fifth of a re-run.
 */
interface EntryHeader {
  key: string;
  status: CacheEntry['status'];
  error: string;
  summary: PackedSummary;
  csvBytes: number[];
}

function entryPath(cacheDir: string, key: string): string {
  return join(cacheDir, key.slice(0, 2), `${key}.entry`);
}

/** The cached entry, or null when there is none (or it is unreadable: then it is simply redone).
 *  Read synchronously, as the inputs are (walk.ts readInput): a few kilobytes from the page cache
 *  take less than the thread pool's round trip, and a re-run is little else (2,000 text reports:
 *  the main thread sat idle a fifth of the re-run, waiting on reads of entries). */
export async function readCacheEntry(cacheDir: string, key: string): Promise<CacheEntry | null> {
  try {
    const bytes = readFileSync(entryPath(cacheDir, key));
    const newline = bytes.indexOf(0x0a);
    if (newline < 0) return null;
    const header = JSON.parse(bytes.toString('utf8', 0, newline)) as EntryHeader;
    if (header.key !== key || !header.summary || header.csvBytes?.length !== REPORT_FILES.length) return null;
    const csv = {} as ReportCsv;
    let at = newline + 1;
    REPORT_FILES.forEach((name, i) => {
      const length = header.csvBytes[i]!;
      csv[name] = bytes.subarray(at, at + length);
      at += length;
    });
    if (at !== bytes.length) return null;
    return { key, status: header.status, error: header.error, csv, summary: header.summary };
  } catch {
    return null;
  }
}

/** Store an entry; written to a temporary name first so a crash never leaves half a file. */
export async function writeCacheEntry(cacheDir: string, entry: CacheEntry): Promise<void> {
  const path = entryPath(cacheDir, entry.key);
  const parts = REPORT_FILES.map((name) => {
    const text = entry.csv[name];
    return typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  });
  const header: EntryHeader = {
    key: entry.key,
    status: entry.status,
    error: entry.error,
    summary: entry.summary,
    csvBytes: parts.map((p) => p.byteLength),
  };
  const bytes = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), ...parts]);
  // Written in place, synchronously: a worker has nothing else to do meanwhile, and a temporary
  // file, a rename and a folder check per entry through the thread pool made a first run with
  // the cache a sixth slower. A reader never takes a torn entry: it must parse and add up to
  // its exact length (readCacheEntry), and two runs writing one key write the same bytes.
  try {
    writeFileSync(path, bytes);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
}
