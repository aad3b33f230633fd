import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/prose-table-mismatch.js';
import { applyRow, cell, makeReport, withClaims } from '../claims/helpers.js';

const run = (text: string, opts: Parameters<typeof makeReport>[1]) => rule.check(withClaims(makeReport(text, opts)));

describe('prose-table-mismatch', () => {
  it('fails with error when a linked number disagrees (seed 003: 行政处罚11件 vs 6)', () => {
    const [f] = run('进行行政处罚11件，处罚11人次，共处罚金5020元。', { cells: [cell('a6.penalty.decisions', 6)], template: 'F2021' });
    expect(f).toMatchObject({ rule: 'prose-table-mismatch', severity: 'error', status: 'fail', cells: ['a6.penalty.decisions'], expected: '6', observed: '11件' });
    expect(f.evidence).toContain('行政处罚11件');
  });

  it('reports both disagreements of seed 004 (受理3件, 办结3件 vs 0)', () => {
    const cells = [...applyRow('newReceived', [0, 0, 0, 0, 0, 0, 0]), ...applyRow('totalProcessed', [0, 0, 0, 0, 0, 0, 0])];
    const fs = run('2020年共受理3件政府信息依公开申请，办结3件，办结率100%。', { cells, template: 'F2019' });
    expect(fs.map((f) => [f.cells[0], f.status])).toEqual([
      ['apply.newReceived.total', 'fail'],
      ['apply.totalProcessed.total', 'fail'],
    ]);
  });

  it('says when the number equals another reading of the table', () => {
    const cells = [...applyRow('newReceived', [71, 3, 0, 0, 0, 0, 74]), ...applyRow('carriedOver', [1, 0, 0, 0, 0, 0, 1])];
    const fs = run('2022年，全区收到政府信息公开申请75件。', { cells });
    expect(fs[0].message).toContain('75 equals 一+二 (74+1)');
  });

  it('is uncertain (info) and names the cell in the way when a column is missing (seed 002)', () => {
    const cells = applyRow('newReceived', [0, 0, 0, 0, 0]).filter((c) => !/otherOrg|total/.test(c.key));
    const [f] = run('2021年度收到公民、法人或者其他组织提出的政府信息公开申请1条。', { cells, missingColumns: ['otherOrg', 'total'] });
    expect(f).toMatchObject({ status: 'uncertain', severity: 'info', cells: ['apply.newReceived.total'] });
    expect(f.message).toContain('apply.newReceived.total is absent (column 总计 is missing from the table)');
    expect(f.message).toContain('likely mismatch');
  });

  it('a zero assertion against blank cells is uncertain, against a non-zero cell a failure', () => {
    const text = '也没有发生因政府信息公开申请行政复议、行政诉讼件。';
    const blank = run(text, { cells: [cell('review.review.total', null), cell('review.litDirect.total', 0), cell('review.litAfterReview.total', 0)] });
    expect(blank.map((f) => [f.status, f.severity])).toEqual([['uncertain', 'info']]);
    const nonZero = run(text, { cells: [cell('review.review.total', 1), cell('review.litDirect.total', 0), cell('review.litAfterReview.total', 0)] });
    expect(nonZero.map((f) => [f.status, f.severity, f.cells[0]])).toEqual([['fail', 'error', 'review.review.total']]);
  });

  it('approximate numbers only warn, and only beyond 10%', () => {
    const cells = [cell('a5.license.decisions', 95)];
    expect(run('办理行政许可100余件。', { cells, template: 'F2021' })).toEqual([]);
    expect(run('办理行政许可200余件。', { cells, template: 'F2021' })[0]).toMatchObject({ severity: 'warning', status: 'fail' });
  });

  it('stays silent when prose and table agree, and for numbers of no cell (000: 政府文件, 宣传稿件; 001: 共计18项)', () => {
    const cells = [...applyRow('newReceived', [0, 0, 0, 0, 0, 0, 0]), cell('a1.normative.made', 0)];
    const text =
      '通过永宁县人民政府网公开政府文件 13 条，制发宣传稿件 260 余篇。李俊镇人民政府未收到依申请公开件。' +
      '各类经费请示为依申请公开，共计18项，未接到公开申请。';
    expect(run(text, { cells, template: 'F2019' })).toEqual([]);
  });
});
