/**
 * Cache of analysed files: the CSV records and summary of a file, keyed by the sha256 of its content, the
 * pipeline version, the pipeline's fingerprint (a hash of its code, data and locked dependencies:
 * fingerprint.ts) and its report id and path (both appear in the rows). A re-run reads unchanged
 * files from here and writes byte-identical outputs; bumping PIPELINE_VERSION, or any change to the
 * code or dictionaries, invalidates it all.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PackedSummary } from '../corpus/packed.js';
import type { ReportStatus } from '../types.js';
import type { ReportCsv } from './csv.js';

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

function entryPath(cacheDir: string, key: string): string {
  return join(cacheDir, key.slice(0, 2), `${key}.json`);
}

/** The cached entry, or null when there is none (or it is unreadable: then it is simply redone). */
export async function readCacheEntry(cacheDir: string, key: string): Promise<CacheEntry | null> {
  try {
    const entry = JSON.parse(await readFile(entryPath(cacheDir, key), 'utf8')) as CacheEntry;
    return entry.key === key && entry.csv && entry.summary ? entry : null;
  } catch {
    return null;
  }
}

/** Store an entry; written to a temporary name first so a crash never leaves half a file. */
export async function writeCacheEntry(cacheDir: string, entry: CacheEntry): Promise<void> {
  const path = entryPath(cacheDir, entry.key);
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(entry));
  await rename(tmp, path);
}
