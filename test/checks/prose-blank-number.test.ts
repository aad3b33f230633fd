import { describe, expect, it } from 'vitest';
import { rule } from '../../src/checks/rules/prose-blank-number.js';
import { makeReport } from '../claims/helpers.js';

const run = (text: string) => rule.check(makeReport(text));

describe('prose-blank-number', () => {
  it('fires on a unit with no number before it (seed 001)', () => {
    const [f] = run('通过政务公开栏、财务公开栏等公开形式，公开了政府信息 项，涉及镇机关及各社区人事任免。');
    expect(f).toMatchObject({ rule: 'prose-blank-number', severity: 'warning', status: 'fail', cells: [] });
    expect(f.evidence).toContain('公开了政府信息 项');
  });

  it('fires on an empty quotation (seed 004)', () => {
    const [f] = run('组织开展全县政务新媒体摸底排查，按照“”对全县政务新媒体进行集约整合。');
    expect(f.evidence).toContain('按照“”');
  });

  it('stays silent on numbers with units, quotations with text, and table rows', () => {
    expect(run('公开政府信息 13 条，按照“谁公开、谁审查”原则，关停“隆德扶贫”“隆德财政”等16个。\n行政处罚\t \t项')).toEqual([]);
  });

  it('stays silent on text extracted with a space between every character', () => {
    expect(run('帮 助 困 难 群 众 解 决 实 际 问 题 的 人 。')).toEqual([]);
  });
});
