/**
 * Where a report's time goes after ingest: each stage of the pipeline, then its CSV rows and its
 * corpus summary, timed in this thread over sample reports extracted once (`npm run bench --
 * --stages`). Rounds alternate the sample order so that no stage always runs on a cold cache.
 */
import { makeSource, runStages, stages } from '../pipeline.js';
import { extract } from '../ingest/index.js';
import { readInput } from '../ingest/walk.js';
import { reportRows } from '../output/rows.js';
import { reportCsv } from '../output/csv.js';
import { summarize } from '../corpus/index.js';
import { packSummary } from '../corpus/packed.js';
import { emptyReport, type Extracted, type Source } from '../types.js';

export interface StageTime {
  step: string;
  /** Mean milliseconds per report. */
  ms: number;
}

interface Sample {
  source: Source;
  extracted: Extracted;
}

/** The samples that can be read (a file that cannot is left out: it has no later stages). */
export async function loadSamples(paths: readonly string[]): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (const [i, path] of paths.entries()) {
    const bytes = await readInput(path);
    try {
      samples.push({ source: makeSource(path, `sample-${i}`, bytes), extracted: await extract(path, bytes) });
    } catch {
      // unreadable sample: nothing after ingest to time
    }
  }
  return samples;
}

/** Mean time per report of every stage and output step, over `rounds` passes through the samples
 *  (after one pass to warm up). */
export function timeStages(samples: readonly Sample[], rounds: number): StageTime[] {
  const steps = [...stages.map((s) => s.name), 'csv rows', 'corpus summary'];
  const total = new Map<string, number>(steps.map((s) => [s, 0]));
  for (let round = -1; round < rounds; round++) {
    const order = round % 2 === 0 ? samples : [...samples].reverse();
    for (const sample of order) {
      const report = runStages({ ...emptyReport(sample.source), extracted: sample.extracted }, (step, ms) => {
        if (round >= 0) total.set(step, total.get(step)! + ms);
      });
      let t = performance.now();
      reportCsv(reportRows(report));
      const rowsMs = performance.now() - t;
      t = performance.now();
      packSummary(summarize(report, 0));
      const summaryMs = performance.now() - t;
      if (round >= 0) {
        total.set('csv rows', total.get('csv rows')! + rowsMs);
        total.set('corpus summary', total.get('corpus summary')! + summaryMs);
      }
    }
  }
  const n = Math.max(1, rounds * samples.length);
  return steps.map((step) => ({ step, ms: total.get(step)! / n }));
}
