import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/batch.js';
import { parseCsvRecords } from '../../src/output/csv-parse.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seeds = join(root, 'corpora/seeds');
const dir = await mkdtemp(join(tmpdir(), 'worker-failure-test-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const workerScript = new URL('./fixtures/throwing-worker.mjs', import.meta.url);
const records = async (out: string, file: string) => parseCsvRecords(await readFile(join(out, `${file}.csv`), 'utf8'));

describe('a worker that throws on one file', () => {
  it('fails that file only, in its place, and the other reports come out as without it', async () => {
    const names = (await readdir(seeds)).sort();
    await mkdir(join(dir, 'in'));
    const inputs = ['a.txt', 'b-throws.txt', 'c.txt', 'd-crash.txt', 'e.txt'].map((n) => join(dir, 'in', n));
    for (const [i, path] of inputs.entries()) await copyFile(join(seeds, names[i]!), path);
    const ids = ['a', 'b-throws', 'c', 'd-crash', 'e'];

    const out = join(dir, 'out');
    const summary = await runBatch(inputs, ids, { outDir: out, jobs: 2, useCache: false, workerScript });
    expect(summary.counts.failed).toBe(2);
    expect(summary.workerRestarts).toBe(1); // the crash; an error answer keeps its worker
    const reports = await records(out, 'reports');
    expect(reports.map((r) => r['report_id'])).toEqual(ids);
    expect(reports.map((r) => r['status'])).toEqual(['ok', 'failed', 'ok', 'failed', 'ok']);
    expect(reports[1]!['error']).toBe('worker error: stage blew up on b-throws.txt');
    expect(reports[3]!['error']).toMatch(/^worker crashed: cannot survive d-crash\.txt/);

    // the good files' rows are those of a run without the bad ones (in this thread)
    const good = [0, 2, 4];
    const clean = join(dir, 'clean');
    await runBatch(good.map((i) => inputs[i]!), good.map((i) => ids[i]!), { outDir: clean, jobs: 1, useCache: false });
    for (const file of ['cells', 'claims', 'sections', 'problems']) {
      const kept = (await records(out, file)).filter((r) => !['b-throws', 'd-crash'].includes(r['report_id']!));
      expect(kept).toEqual(await records(clean, file));
    }
    expect((await records(out, 'cells')).length).toBeGreaterThan(100);
  });

  it('a file that never finishes is failed after --file-timeout, and the batch goes on', async () => {
    const names = (await readdir(seeds)).sort();
    await mkdir(join(dir, 'in2'));
    const inputs = ['a.txt', 'b-hangs.txt', 'c.txt'].map((n) => join(dir, 'in2', n));
    for (const [i, path] of inputs.entries()) await copyFile(join(seeds, names[i]!), path);
    const out = join(dir, 'out2');
    const summary = await runBatch(inputs, ['a', 'b-hangs', 'c'], { outDir: out, jobs: 2, useCache: false, workerScript, fileTimeoutSeconds: 8 });
    expect(summary.workerRestarts).toBe(1);
    const reports = await records(out, 'reports');
    expect(reports.map((r) => r['status'])).toEqual(['ok', 'failed', 'ok']);
    expect(reports[1]!['error']).toBe('stopped after 8 s: still running (a pathological file?)');
  });
});
