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

  describe('the shanghai 2019 report (F2019, outcome 总计 column blank)', () => {
    const denied = ['stateSecret', 'lawForbidden', 'threeSecurityOneStability', 'thirdParty', 'internalAffairs', 'processInfo', 'enforcementFile', 'adminQuery'];
    const deniedValues: Record<string, [number | null, number | null]> = { stateSecret: [14, null], internalAffairs: [5, null], processInfo: [3, 1], adminQuery: [10, 2] };
    const cells = [
      ...applyRow('newReceived', [821, 35, null, null, 2, 1, 859]),
      ...applyRow('carriedOver', [18, null, null, null, null, null, 18]),
      ...applyRow('granted', [258, 12, null, null, 1, 1, null]),
      ...applyRow('partial', [3, null, null, null, null, null, null]),
      ...denied.flatMap((r) => applyRow(`denied.${r}`, [deniedValues[r]?.[0] ?? null, deniedValues[r]?.[1] ?? null])),
      ...applyRow('unable.notHeld', [252, 12, null, null, 1, null, null]),
      ...applyRow('unable.needCreation', [44, 3, null, null, null, null, null]),
      ...applyRow('unable.unclear', [25, null, null, null, null, null, null]),
      ...applyRow('totalProcessed', [767, 35, null, null, 2, 1, 805]),
      ...applyRow('carriedForward', [72, null, null, null, null, null, 72]),
    ];
    const text =
      '答复政府信息公开申请805件(含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复)，均在法定期限内予以答复。' +
      '予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；因本机关不掌握等原因无法提供265件，占32.9%。';
    const fs = run(text, { cells, template: 'F2019' });

    it('raises no error: 805 speaks of (七)总计, not of the 上年结转 in its parenthetical', () => {
      expect(fs.filter((f) => f.severity !== 'info')).toEqual([]);
    });

    it('says what the applicant columns give when the 总计 cells are blank', () => {
      expect(fs.map((f) => [f.cells[0], f.status])).toEqual([
        ['apply.granted.total', 'uncertain'],
        ['apply.denied.stateSecret.total', 'uncertain'],
        ['apply.unable.notHeld.total', 'uncertain'],
      ]);
      expect(fs[0].message).toContain('the 自然人 column alone gives 258+3=261');
      expect(fs[1].message).toContain('the readable applicant columns sum to 35, as stated');
      expect(fs[2].message).toContain('265 equals the readable cells of the row');
    });
  });
});
