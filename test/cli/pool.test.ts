import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/worker/pool.js';

type Req = { n: number; act: 'ok' | 'throw' | 'die' | 'reject' | 'hang'; kind?: string };
type Res = { n: number; value: number | null; reason?: string; worker?: number };

const script = new URL('./fixtures/flaky-worker.mjs', import.meta.url);
const onFailure = (r: Req, reason: string): Res => ({ n: r.n, value: null, reason });

describe('WorkerPool', () => {
  it('fails only the request whose worker threw, died or refused, and goes on', async () => {
    const pool = new WorkerPool<Req, Res>({ size: 2, script, onFailure });
    const acts: Req['act'][] = ['ok', 'throw', 'ok', 'die', 'ok', 'reject', 'ok', 'ok'];
    const results = await Promise.all(acts.map((act, n) => pool.run({ n, act })));
    await pool.close();
    expect(results.map((r) => r.value)).toEqual([0, null, 4, null, 8, null, 12, 14]);
    expect(results[1]!.reason).toMatch(/worker crashed: cannot handle 1/);
    expect(results[3]!.reason).toMatch(/exited with code 3/);
    expect(results[5]!.reason).toMatch(/worker error: bad input 5/);
    expect(pool.restarts).toBe(2);
  });

  it('stops a request that runs past the time limit, fails it, and goes on with a fresh worker', async () => {
    const pool = new WorkerPool<Req, Res>({ size: 1, script, onFailure, timeoutMs: 300 });
    const results = await Promise.all((['ok', 'hang', 'ok'] as const).map((act, n) => pool.run({ n, act })));
    await pool.close();
    expect(results.map((r) => r.value)).toEqual([0, null, 4]);
    expect(results[1]!.reason).toBe('stopped after 0.3 s: still running (a pathological file?)');
    expect(pool.restarts).toBe(1);
  });

  it('gives the requests of a kind to one worker while others of no kind are queued, and keeps every worker busy', async () => {
    const pool = new WorkerPool<Req, Res>({ size: 2, script, onFailure, kindOf: (r) => r.kind });
    // the first two start at once, one per worker; the rest queue up
    const kinds = Array.from({ length: 120 }, (_, n) => (n >= 2 && n % 12 === 5 ? 'pdf' : undefined));
    const results = await Promise.all(kinds.map((kind, n) => pool.run({ n, act: 'ok', kind })));
    await pool.close();
    expect(results.map((r) => r.value)).toEqual(kinds.map((_, n) => n * 2));
    const pdfWorkers = new Set(results.filter((_, n) => kinds[n] === 'pdf').map((r) => r.worker));
    expect(pdfWorkers.size).toBe(1);
    expect(new Set(results.map((r) => r.worker)).size).toBe(2);
  });

  it('lets a free worker take a request of another kind when nothing else is queued', async () => {
    const pool = new WorkerPool<Req, Res>({ size: 2, script, onFailure, kindOf: (r) => r.kind });
    const results = await Promise.all(Array.from({ length: 40 }, (_, n) => pool.run({ n, act: 'ok', kind: 'pdf' })));
    await pool.close();
    expect(results.map((r) => r.value)).toEqual(results.map((_, n) => n * 2));
    expect(new Set(results.map((r) => r.worker)).size).toBe(2);
  });

  it('stops respawning a worker script that cannot start, failing the requests', async () => {
    const broken = new URL('./fixtures/no-such-worker.mjs', import.meta.url);
    const pool = new WorkerPool<Req, Res>({ size: 1, script: broken, onFailure });
    const results = await Promise.all([0, 1, 2].map((n) => pool.run({ n, act: 'ok' })));
    await pool.close();
    expect(results.every((r) => r.value === null)).toBe(true);
  });
});
