import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../src/output/csv-parse.js';
import {
  dice,
  evaluate,
  matchesGoldFinding,
  normalizeOrgan,
  scoreCells,
  scoreFindings,
  scoreThemes,
  type Gold,
  type Outputs,
} from '../../src/cli/scoring.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const csv = (name: string) => parseCsvRecords(readFileSync(`${fixtures}outputs/${name}.csv`, 'utf8'));
const outputs: Outputs = {
  reports: csv('reports'),
  sections: csv('sections'),
  cells: csv('cells'),
  findings: csv('findings'),
  problems: [...csv('problems')],
};
const golds: Gold[] = readdirSync(`${fixtures}gold`).map((n) => JSON.parse(readFileSync(`${fixtures}gold/${n}`, 'utf8')) as Gold);
const gold = (id: string) => golds.find((g) => g.report_id === id)!;
const result = evaluate(golds, outputs);
const report = (id: string) => result.reports.find((r) => r.reportId === id)!;

describe('metadata', () => {
  it('compares organs without whitespace and 人民政府, the other fields as they are', () => {
    expect(normalizeOrgan('中宁县恩和镇 人民政府')).toBe('中宁县恩和镇');
    expect(report('r1').metadataMisses).toEqual([{ field: 'level', expected: 'county', got: 'township' }]);
    expect(report('r1').metadata).toMatchObject({ right: 3, total: 4 });
    expect(report('r2').metadata).toMatchObject({ right: 1, total: 1 });
    expect(result.metadataByField['status']).toMatchObject({ right: 1, total: 1 });
  });
});

describe('sections', () => {
  it('scores the share of listed sections found', () => {
    expect(report('r1').sections).toMatchObject({ right: 5, total: 6 });
    expect(report('r1').sectionsMissed).toEqual(['other']);
  });
});

describe('cells', () => {
  it('a right cell, a wrong cell, money to 0.01, nulls read as blank', () => {
    const misses = report('r1').cellMisses.map((m) => m.cell);
    expect(misses).toEqual(['a1.rules.issued', 'a1.rules.valid']);
    expect(report('r1').cells).toMatchObject({ right: 4, total: 6 });
  });
  it('a null is wrong when a value was read', () => {
    const g: Gold = { report_id: 'x', cells: { 'review.review.total': null } };
    const rows = [{ report_id: 'x', cell: 'review.review.total', value: '0', status: 'ok' }];
    expect(scoreCells(g, rows).ratio.right).toBe(0);
  });
  it('no_invent: unread cells are right, an invented value is wrong', () => {
    expect(report('r3').cellMisses.map((m) => m.cell)).toEqual(['apply.newReceived.total']);
    expect(report('r3').cells).toMatchObject({ right: 2, total: 3 });
    const strict = scoreCells({ ...gold('r3'), cells_mode: undefined }, outputs.cells.filter((c) => c['report_id'] === 'r3'));
    expect(strict.ratio.right).toBe(0);
  });
});

describe('findings', () => {
  const r1 = report('r1');
  it('finds a gold finding by cell prefix and one by quote (whitespace ignored)', () => {
    expect(r1.findingsRecall).toMatchObject({ right: 2, total: 3 });
    expect(r1.findingsMissed.map((f) => f.rule)).toEqual(['prose-blank-number']);
  });
  it('counts a trap and an unmatched row as wrong, info rows not at all', () => {
    expect(r1.findingsPrecision).toMatchObject({ right: 2, total: 4 });
    expect(r1.findingsWrong.map((w) => [w.rule, w.why])).toEqual([
      ['prose-table-mismatch', 'not_finding'],
      ['cells-missing', 'unmatched'],
    ]);
  });
  it('a row needs a status in status_ok', () => {
    const row = { report_id: 'r1', rule: 'prose-table-mismatch', severity: 'error', status: 'uncertain', cell: 'apply.newReceived.total', evidence: '' };
    expect(matchesGoldFinding(row, { rule: 'prose-table-mismatch', cell: 'apply.newReceived' })).toBe(false);
    expect(matchesGoldFinding(row, { rule: 'prose-table-mismatch', cell: 'apply.newReceived', status_ok: ['fail', 'uncertain'] })).toBe(true);
    expect(matchesGoldFinding(row, { rule: 'prose-table-mismatch', cell: 'apply.newReceivedX' })).toBe(false);
  });
  it('matches gold `cells` by any listed key, exactly', () => {
    const g: Gold = { report_id: 'x', findings: [{ rule: 'cells-missing', cells: ['review.review.maintain', 'review.review.total'], required: true }] };
    const row = (cell: string) => ({ report_id: 'x', rule: 'cells-missing', severity: 'warning', status: 'fail', cell, evidence: '' });
    expect(scoreFindings(g, [row('a6.penalty.decisions;review.review.total')]).recall.right).toBe(1);
    expect(scoreFindings(g, [row('review.review')]).recall.right).toBe(0);
  });
  it('accepts an optional gold finding without counting it toward recall', () => {
    const g: Gold = { report_id: 'x', findings: [{ rule: 'template-mismatch', required: false }] };
    const rows = [{ report_id: 'x', rule: 'template-mismatch', severity: 'warning', status: 'fail', cell: '', evidence: '' }];
    const s = scoreFindings(g, rows);
    expect(s.recall.total).toBe(0);
    expect(s.precision).toMatchObject({ right: 1, total: 1 });
  });
});

describe('themes', () => {
  it('pairs items by bigram Dice ≥ 0.5 (problem part only) and scores micro P/R/F1', () => {
    expect(dice('公开形式单一', '公开形式单一')).toBe(1);
    expect(dice('公开形式单一', '宣传力度不够')).toBe(0);
    expect(report('r1').themes).toMatchObject({ tp: 3, fp: 1, fn: 3 });
    expect(result.themes.precision).toBeCloseTo(0.75);
    expect(result.themes.recall).toBeCloseTo(0.5);
    expect(result.themes.f1).toBeCloseTo(0.6);
  });
  it('leaves a gold item unpaired when no item overlaps enough', () => {
    const g: Gold = { report_id: 'x', problems: [{ text: '公开形式单一，有待进一步拓展', themes: ['form'] }] };
    const near = [{ report_id: 'x', part: 'problem', text: '公开形式单一，有待拓展', themes: 'form' }];
    const far = [{ report_id: 'x', part: 'problem', text: '干部对政府信息公开工作认识不一', themes: 'form' }];
    expect(scoreThemes(g, near)).toMatchObject({ tp: 1, fn: 0 });
    expect(scoreThemes(g, far)).toMatchObject({ tp: 0, fn: 1, unpaired: ['公开形式单一，有待进一步拓展'] });
  });
});

describe('npm run eval', () => {
  it('prints JSON with --json and a text summary otherwise', () => {
    const args = ['dist/cli/eval.js', '--outputs', `${fixtures}outputs`, '--gold', `${fixtures}gold`];
    const json = spawnSync(process.execPath, [...args, '--json'], { cwd: root, encoding: 'utf8' });
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).findingsRecall).toMatchObject({ right: 2, total: 3 });
    const text = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    expect(text.stdout).toMatch(/findings recall\s+66\.7%/);
    expect(text.stdout).toContain('missed finding prose-blank-number');
  });
  it('exits 2 when there are no outputs', () => {
    const r = spawnSync(process.execPath, ['dist/cli/eval.js', '--outputs', `${fixtures}nowhere`], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('npm run analyze');
  });
});
