import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/worker/task.js';
import { extractFile } from '../../src/worker/extract.js';

const seed = fileURLToPath(new URL('../../corpora/seeds/003_b4cc88434c90d8f5.txt', import.meta.url));
const noCache = { cacheDir: null, fingerprint: '' };

describe('a file read by the main thread for a worker', () => {
  it('is analysed from the bytes handed over, not read again', async () => {
    const bytes = new Uint8Array(readFileSync(seed));
    // the path does not exist: only the bytes can give this result
    const task = { path: '/nonexistent/003_b4cc88434c90d8f5.txt', reportId: 'seed003', order: 0 };
    const handed = await processFile(task, noCache, bytes);
    const read = await processFile({ ...task, path: seed }, noCache);
    expect(handed.status).toBe('ok');
    expect(handed.bytes).toBe(bytes.byteLength);
    // the same analysis (reports.csv names the path each was given)
    for (const file of ['cells', 'claims', 'findings', 'sections', 'problems'] as const) expect(handed.csv[file]).toEqual(read.csv[file]);
    expect(await extractFile(task, 'plain', bytes)).toEqual({ order: 0, bytes: bytes.byteLength, ok: true });
  });

  it('is read by the worker when none was handed over, which says why it cannot', async () => {
    const task = { path: '/nonexistent/report.txt', reportId: 'gone', order: 3 };
    const result = await processFile(task, noCache);
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/^cannot read file: ENOENT/);
    expect(await extractFile(task, 'plain')).toEqual({ order: 3, bytes: 0, ok: false });
  });
});
