import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheKey, readCacheEntry, writeCacheEntry } from '../../src/output/cache.js';
import { PIPELINE_VERSION } from '../../src/pipeline.js';
import { processFile } from '../../src/worker/task.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = await mkdtemp(join(tmpdir(), 'cache-test-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const input = join(dir, '003_b4cc88434c90d8f5.txt');
await copyFile(join(root, 'corpora/seeds/003_b4cc88434c90d8f5.txt'), input);
const sha = createHash('sha256').update(await readFile(input)).digest('hex');
const task = { path: input, reportId: '003_b4cc88434c90d8f5', order: 4 };
const cacheDir = join(dir, '.cache');

describe('cache', () => {
  it('stores nothing itself, and a fresh result carries the key to store it under', async () => {
    const fresh = await processFile(task, { cacheDir });
    expect(fresh.fromCache).toBe(false);
    expect(fresh.cacheKey).toBe(cacheKey({ pipelineVersion: PIPELINE_VERSION, contentSha256: sha, reportId: task.reportId, path: input }));
    expect(await readCacheEntry(cacheDir, fresh.cacheKey)).toBeNull();
  });

  it('serves an entry stored under the current key, with this run’s order', async () => {
    const fresh = await processFile(task, { cacheDir: null });
    await writeCacheEntry(cacheDir, { key: fresh.cacheKey, rows: fresh.rows, summary: { ...fresh.summary, order: 99 } });
    const again = await processFile(task, { cacheDir });
    expect(again.fromCache).toBe(true);
    expect(again.rows).toEqual(fresh.rows);
    expect(again.summary.order).toBe(4);
    expect(await processFile(task, { cacheDir: null })).toMatchObject({ fromCache: false });
  });

  it('ignores an entry of another pipeline version or other content', async () => {
    const other = join(dir, 'other');
    const fresh = await processFile(task, { cacheDir: null });
    const stale = { ...fresh.rows, reports: [['stale']] };
    const oldKey = cacheKey({ pipelineVersion: '0.0.0-old', contentSha256: sha, reportId: task.reportId, path: input });
    await writeCacheEntry(other, { key: oldKey, rows: stale, summary: fresh.summary });
    const changedKey = cacheKey({ pipelineVersion: PIPELINE_VERSION, contentSha256: 'f'.repeat(64), reportId: task.reportId, path: input });
    await writeCacheEntry(other, { key: changedKey, rows: stale, summary: fresh.summary });
    const result = await processFile(task, { cacheDir: other });
    expect(result.fromCache).toBe(false);
    expect(result.rows).toEqual(fresh.rows);
  });
});
