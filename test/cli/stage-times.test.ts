import { describe, expect, it } from 'vitest';
import { loadSamples, timeStages } from '../../src/cli/stage-times.js';
import { stages } from '../../src/pipeline.js';
import { corpus, fixture } from '../ingest/helpers.js';

describe('stage times (npm run bench -- --stages)', () => {
  it('times every stage, the CSV rows and the corpus summary of the samples it can read', async () => {
    const samples = await loadSamples([corpus('seeds/003_b4cc88434c90d8f5.txt'), corpus('real/pingtan-2022.txt'), fixture('truncated.pdf')]);
    expect(samples).toHaveLength(2); // the truncated PDF has nothing after ingest to time
    const times = timeStages(samples, 2);
    expect(times.map((t) => t.step)).toEqual([...stages.map((s) => s.name), 'csv rows', 'corpus summary']);
    for (const t of times) expect(Number.isFinite(t.ms) && t.ms >= 0).toBe(true);
    // a report with tables spends time reading them
    expect(times.find((t) => t.step === 'tables')!.ms).toBeGreaterThan(0);
  });
});
