import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheKey, readCacheEntry, writeCacheEntry } from '../../src/output/cache.js';
import { csvString, type ReportCsv } from '../../src/output/csv.js';
import { PIPELINE_VERSION } from '../../src/pipeline.js';
import { processFile } from '../../src/worker/task.js';
import { runBatch } from '../../src/cli/batch.js';

/** A report's records as text, whether they came fresh (strings) or from the cache (bytes). */
const textOf = (csv: ReportCsv) => Object.fromEntries(Object.entries(csv).map(([file, text]) => [file, csvString(text)]));

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = await mkdtemp(join(tmpdir(), 'cache-test-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const input = join(dir, '003_b4cc88434c90d8f5.txt');
await copyFile(join(root, 'corpora/seeds/003_b4cc88434c90d8f5.txt'), input);
const sha = createHash('sha256').update(await readFile(input)).digest('hex');
const task = { path: input, reportId: '003_b4cc88434c90d8f5', order: 4 };
const cacheDir = join(dir, '.cache');
const FP = 'f1'.repeat(32);

describe('cache', () => {
  it('stores a fresh result under its key, and nothing when the cache is off', async () => {
    const off = await processFile(task, { cacheDir: null, fingerprint: FP });
    expect(await readCacheEntry(cacheDir, off.cacheKey)).toBeNull();
    const fresh = await processFile(task, { cacheDir, fingerprint: FP });
    expect(fresh.fromCache).toBe(false);
    expect(fresh.cacheKey).toBe(cacheKey({ pipelineVersion: PIPELINE_VERSION, fingerprint: FP, contentSha256: sha, reportId: task.reportId, path: input }));
    expect(await readCacheEntry(cacheDir, fresh.cacheKey)).toMatchObject({ status: fresh.status, summary: fresh.summary });
    expect(textOf((await readCacheEntry(cacheDir, fresh.cacheKey))!.csv)).toEqual(textOf(fresh.csv));
    expect(fresh.csv).toEqual(off.csv);
  });

  it('serves an entry stored under the current key, with this run’s order', async () => {
    const fresh = await processFile(task, { cacheDir: null, fingerprint: FP });
    await writeCacheEntry(cacheDir, { key: fresh.cacheKey, status: fresh.status, error: fresh.error, csv: fresh.csv, summary: { ...fresh.summary, order: 99 } });
    const again = await processFile(task, { cacheDir, fingerprint: FP });
    expect(again.fromCache).toBe(true);
    expect(textOf(again.csv)).toEqual(textOf(fresh.csv));
    expect(again.status).toBe(fresh.status);
    expect(again.summary.order).toBe(4);
    expect(await processFile(task, { cacheDir: null, fingerprint: FP })).toMatchObject({ fromCache: false });
  });

  it('looks nothing up on a first run (the batch found no cache), and still stores the result', async () => {
    const first = join(dir, 'first');
    const stored = await processFile(task, { cacheDir: first, fingerprint: FP });
    const again = await processFile(task, { cacheDir: first, fingerprint: FP, lookUp: false });
    expect(again.fromCache).toBe(false);
    expect(textOf((await readCacheEntry(first, again.cacheKey))!.csv)).toEqual(textOf(stored.csv));
  });

  it('ignores an entry cut short (a run killed while writing it elsewhere, a full disk)', async () => {
    const cut = join(dir, 'cut');
    const fresh = await processFile(task, { cacheDir: cut, fingerprint: FP });
    const path = join(cut, fresh.cacheKey.slice(0, 2), `${fresh.cacheKey}.entry`);
    const whole = await readFile(path);
    await writeFile(path, whole.subarray(0, whole.length - 10));
    expect(await readCacheEntry(cut, fresh.cacheKey)).toBeNull();
    const again = await processFile(task, { cacheDir: cut, fingerprint: FP });
    expect(again.fromCache).toBe(false);
    expect(textOf(again.csv)).toEqual(textOf(fresh.csv));
  });

  it('ignores an entry of another pipeline version or other content', async () => {
    const other = join(dir, 'other');
    const fresh = await processFile(task, { cacheDir: null, fingerprint: FP });
    const stale = { status: fresh.status, error: '', csv: { ...fresh.csv, reports: 'stale\r\n' } };
    const oldKey = cacheKey({ pipelineVersion: '0.0.0-old', fingerprint: FP, contentSha256: sha, reportId: task.reportId, path: input });
    await writeCacheEntry(other, { key: oldKey, ...stale, summary: fresh.summary });
    const changedKey = cacheKey({ pipelineVersion: PIPELINE_VERSION, fingerprint: FP, contentSha256: 'f'.repeat(64), reportId: task.reportId, path: input });
    await writeCacheEntry(other, { key: changedKey, ...stale, summary: fresh.summary });
    const result = await processFile(task, { cacheDir: other, fingerprint: FP });
    expect(result.fromCache).toBe(false);
    expect(textOf(result.csv)).toEqual(textOf(fresh.csv));
  });

  it('ignores an entry written by another build of the pipeline (same version, other fingerprint)', async () => {
    const other = join(dir, 'rebuilt');
    const before = await processFile(task, { cacheDir: other, fingerprint: 'old-build' });
    await writeCacheEntry(other, { key: before.cacheKey, status: 'ok', error: '', csv: { ...before.csv, reports: 'stale\r\n' }, summary: before.summary });
    expect(await processFile(task, { cacheDir: other, fingerprint: 'old-build' })).toMatchObject({ fromCache: true });
    const after = await processFile(task, { cacheDir: other, fingerprint: 'new-build' });
    expect(after.fromCache).toBe(false);
    expect(after.cacheKey).not.toBe(before.cacheKey);
    expect(csvString(after.csv.reports)).not.toBe('stale\r\n');
    expect(textOf(after.csv)).toEqual(textOf(before.csv));
  });

  it('serves an unchanged corpus without starting a worker or the pipeline, same bytes out', async () => {
    const out = join(dir, 'rerun');
    const inputs = [input, join(root, 'corpora/real/pingtan-2021.txt')];
    const first = await runBatch(inputs, ['a', 'b'], { outDir: out, jobs: 2, useCache: true });
    expect(first.fromCache).toBe(0);
    const bytes = await readFile(join(out, 'cells.csv'));
    // a worker script that cannot even start (beside the real one: the same code fingerprint)
    const nowhere = new URL('../../dist/worker/no-such-worker.js', import.meta.url);
    const again = await runBatch(inputs, ['a', 'b'], { outDir: out, jobs: 2, useCache: true, workerScript: nowhere });
    expect(again).toMatchObject({ fromCache: 2, workerRestarts: 0, counts: { ok: 2, failed: 0, not_report: 0 } });
    expect(await readFile(join(out, 'cells.csv'))).toEqual(bytes);
  });
});
