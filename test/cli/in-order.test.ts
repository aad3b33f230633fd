import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/cli/batch.js';

/** Tasks that finish in an order the test chooses, not the order they started. */
function controlled(count: number) {
  const resolvers = new Map<number, (v: string) => void>();
  const started: number[] = [];
  const run = (order: number) =>
    new Promise<string>((resolve) => {
      started.push(order);
      resolvers.set(order, resolve);
    });
  return { run, started, finish: (order: number) => resolvers.get(order)!(`r${order}`), count };
}

describe('inOrder (the reorder buffer)', () => {
  it('emits results in task order whatever order they finish in, within its limits', async () => {
    const c = controlled(6);
    const emitted: string[] = [];
    const done = inOrder(c.count, c.run, async (r, order) => {
      emitted.push(`${order}:${r}`);
    }, 2, 3);
    const tick = () => new Promise((r) => setImmediate(r));
    await tick();
    expect(c.started).toEqual([0, 1]);
    c.finish(1);
    await tick();
    expect(emitted).toEqual([]); // 1 waits for 0
    expect(c.started).toEqual([0, 1, 2]); // the window (3) lets task 2 start
    c.finish(2);
    await tick();
    expect(c.started).toEqual([0, 1, 2]); // window full: 0 unwritten, 1 and 2 held
    c.finish(0);
    await tick();
    expect(emitted).toEqual(['0:r0', '1:r1', '2:r2']);
    // The rest finish latest-started first.
    const finished = new Set([0, 1, 2]);
    while (finished.size < c.count) {
      await tick();
      const pending = c.started.filter((o) => !finished.has(o));
      const last = pending[pending.length - 1]!;
      finished.add(last);
      c.finish(last);
    }
    await done;
    expect(emitted).toEqual(['0:r0', '1:r1', '2:r2', '3:r3', '4:r4', '5:r5']);
  });
});
