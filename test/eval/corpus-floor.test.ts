/**
 * The regression floor: run the real command on corpora/ and score its outputs against gold/.
 * Fails when any area drops below what the pipeline reaches today (issue 2: metadata and sections;
 * issue 3: cells and table findings; issue 4: findings recall and precision; issue 5: themes F1).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'corpus-floor-'));
let result: {
  metadata: { score: number };
  sections: { score: number };
  cells: { score: number };
  findingsRecall: { score: number };
  findingsPrecision: { score: number };
  themes: { f1: number };
  reports: Array<{ reportId: string; findingsWrong: Array<{ rule: string; why: string; evidence: string }> }>;
};

beforeAll(() => {
  const run = spawnSync(process.execPath, ['dist/cli/analyze.js', 'corpora', '--out', out, '--no-cache', '--jobs', '2'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  const ev = spawnSync(process.execPath, ['dist/cli/eval.js', '--outputs', out, '--gold', 'gold', '--json'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(ev.status, ev.stderr).toBe(0);
  result = JSON.parse(ev.stdout);
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('pipeline on corpora/ scored against gold/', () => {
  it('gets every metadata field and every section right', () => {
    expect(result.metadata.score).toBe(1);
    expect(result.sections.score).toBe(1);
  });
  it('reads at least 99% of the gold cells right', () => {
    expect(result.cells.score).toBeGreaterThanOrEqual(0.99);
  });
  it('finds every required finding, with precision of at least 0.9', () => {
    expect(result.findingsRecall.score).toBe(1);
    expect(result.findingsPrecision.score).toBeGreaterThanOrEqual(0.9);
  });
  it("flags none of the gold's traps (not_findings)", () => {
    const traps = result.reports.flatMap((r) => r.findingsWrong.filter((w) => w.why === 'not_finding').map((w) => ({ id: r.reportId, ...w })));
    expect(traps).toEqual([]);
  });
  it('classifies problem items with themes micro-F1 of at least 0.8', () => {
    expect(result.themes.f1).toBeGreaterThanOrEqual(0.8);
  });
});
