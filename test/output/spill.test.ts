import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WRITE_BUFFER_BYTES } from '../../src/output/csv.js';
import { SummarySpill } from '../../src/output/spill.js';

const dir = await mkdtemp(join(tmpdir(), 'spill-test-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('SummarySpill', () => {
  it('gives back every item in order, line breaks and Chinese intact, then removes its file', async () => {
    const spill = await SummarySpill.open<{ id: string; text: string; sig: number[] }>(join(dir, 'a'));
    const items = Array.from({ length: 3000 }, (_, i) => ({
      id: `r${i}`,
      // ~1.5 KB each: more than a stream holds before its writer waits for the disk
      text: (i % 2 ? '政策解读形式不够丰富，\n未能充分运用数字化' : '存在“有就行”的思想误区').repeat(25),
      sig: [i, 4294967295, 0],
    }));
    for (const item of items) await spill.add(item);
    expect(3000 * 1500).toBeGreaterThan(WRITE_BUFFER_BYTES);
    expect(existsSync(spill.path)).toBe(true);
    expect(await spill.readAll()).toEqual(items);
    expect(existsSync(spill.path)).toBe(false);
  });

  it('discards its file when a run stops early', async () => {
    const spill = await SummarySpill.open<number>(join(dir, 'b'));
    await spill.add(1);
    await spill.discard();
    expect(existsSync(spill.path)).toBe(false);
  });
});
