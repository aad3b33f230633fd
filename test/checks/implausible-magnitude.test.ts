import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/implausible-magnitude.js';
import type { Level } from '../../src/types.js';
import { makeReport, withClaims } from '../claims/helpers.js';

const run = (text: string, level: Level) =>
  rule.check(withClaims(makeReport(text, { level })));

const VACCINE = '全年完成辖区 12 岁以上群众四针疫苗接种 34800 万剂次，完成城乡居民核酸检测 50 万余人次。';

describe('implausible-magnitude', () => {
  it('fires on 3.48亿 doses for a township (seed 003), not on 50万 tests', () => {
    const fs = run(VACCINE, 'township');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: 'implausible-magnitude', severity: 'warning', status: 'fail' });
    expect(fs[0].evidence.replace(/\s/g, '')).toContain('34800万剂次');
    expect(fs[0].message).toContain('3.48亿');
  });

  it('judges by level: a province may count 3.48亿', () => {
    expect(run(VACCINE, 'province')).toEqual([]);
  });

  it('money is judged in 万元 (a township paying out 3185037.64元 is fine)', () => {
    expect(run('补助金额3185037.64元，公开金额2090余万元。', 'township')).toEqual([]);
    expect(run('补助金额2090000万元。', 'township')).toHaveLength(1);
  });

  it('web traffic is no count of the body\'s own work', () => {
    expect(run('政府网站全年访问量达1.2亿次，政务微博阅读量3亿人次。', 'township')).toEqual([]);
  });
});
