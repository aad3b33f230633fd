/**
 * implausible-magnitude: a number far beyond what the issuing body can produce, judged against the
 * body's level (a township reporting 3.48 亿 vaccine doses).
 */
import type { Claim, Finding, Level, Report, Rule } from '../../types.js';
import { evidenceAround } from '../../claims/prose.js';

/** Largest plausible count of people, doses, items … for one body's year, by level. */
const MAX_COUNT: Readonly<Record<Level, number>> = {
  township: 1e7,
  county: 1e8,
  city: 1e9,
  department: 1e9,
  province: 5e9,
  unknown: 5e9,
};
/** Largest plausible money amount in 万元 (a township's 100 亿元 is not credible). */
const MAX_WAN: Readonly<Record<Level, number>> = {
  township: 1e6,
  county: 1e7,
  city: 1e8,
  department: 1e8,
  province: 1e9,
  unknown: 1e9,
};
const LEVEL_ZH: Readonly<Record<Level, string>> = {
  township: '乡镇', county: '县级', city: '市级', department: '部门', province: '省级', unknown: '',
};

/** Web traffic and data volumes grow without bound: page views of a portal are no count of the
 *  body's own work ("网站访问量1.2亿次", "浏览量超过3亿人次"). */
const UNBOUNDED = /访问|浏览|点击|阅读|播放|流量|关注|粉丝|转发|下载|曝光|字节|数据量|GB|TB|人口|GDP|生产总值|产值|营业收入|社会消费品/;

const wan = (c: Claim): number | null =>
  c.unit === '万元' ? c.value : c.unit === '亿元' ? c.value * 1e4 : c.unit === '元' ? c.value / 1e4 : null;

function readable(n: number): string {
  if (n >= 1e8) return `${Math.round((n / 1e8) * 100) / 100}亿`;
  if (n >= 1e4) return `${Math.round((n / 1e4) * 100) / 100}万`;
  return String(n);
}

export const rule: Rule = {
  id: 'implausible-magnitude',
  meta: { severity: 'warning', description: 'A number far beyond what the issuing body can produce at its level.' },
  check(report: Report): Finding[] {
    const level = report.meta.level;
    const out: Finding[] = [];
    for (const c of report.claims) {
      if (c.zeroAssertion || c.unit === '%' || /百分点/.test(c.unit)) continue;
      if (UNBOUNDED.test(c.subject + c.quote)) continue;
      const money = wan(c);
      const limit = money !== null ? MAX_WAN[level] : MAX_COUNT[level];
      const value = money ?? c.value;
      if (value <= limit) continue;
      const shown = money !== null ? `${readable(money)}万元` : `${readable(c.value)}${c.unit}`;
      out.push({
        rule: rule.id,
        severity: 'warning',
        status: 'fail',
        cells: c.cellKeys,
        expected: `≤ ${readable(limit)}${money !== null ? '万元' : c.unit}`,
        observed: `${c.value}${c.unit}`,
        message: `"${c.quote}" = ${shown}, implausible for a ${LEVEL_ZH[level] || level} body${level === 'unknown' ? ' of any level' : ''}; probably a misplaced 万 or extra digits`,
        evidence: evidenceAround(report.text, c.start, c.end),
      });
    }
    return out;
  },
};
