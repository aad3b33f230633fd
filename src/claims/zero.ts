/**
 * Zero assertions: statements that something did not happen, read as claims of 0
 * ("未收到…申请" → 一、本年新收 = 0; "没有发生…行政复议、行政诉讼" → the 复议/诉讼 totals = 0).
 */
import { allMatches } from '../regex.js';
export type ZeroKind = 'applications' | 'review' | 'litigation' | 'fee';

export interface ZeroMatch {
  kind: ZeroKind;
  /** Offsets in the compact string searched. */
  cStart: number;
  cEnd: number;
}

const NEG = '(?:未|没有|无|不存在|未曾|尚未)';

const APPLICATIONS = new RegExp(`${NEG}(?:收到|接到|受理|接收|发生|出现)[^。，；！？]{0,30}?申请`, 'g');
/** A negation covers the terms of its own clause only: "未发生…被申请行政复议的案件，被提起行政诉讼2件"
 *  denies 行政复议, not 行政诉讼. */
const REVIEW_LIT = new RegExp(`${NEG}[^。；;！？，,\\d]{0,30}?(?:行政复议|行政诉讼)(?:[^。；;！？，,\\d]{0,12}?(?:行政复议|行政诉讼))?`, 'g');
/** A count after a term ("…行政诉讼2件") states it happened: the term is no zero assertion. */
const COUNTED_AFTER = /^[^。；;！？，,]{0,10}?[1-9]\d*(?:件|起|宗|个|次)/;
/** "行政复议、行政诉讼均为0", "行政复议数量为零": a zero written without a unit. */
const REVIEW_LIT_NUMERIC_ZERO = /(?:行政复议|行政诉讼)(?:[^。；！？\d]{0,16}?(?:行政复议|行政诉讼))?(?:案件)?(?:数量|数|件数)?(?:均|都|皆)?(?:为|是)(?:0|零)(?![\d.．%％件起宗个条])/g;
const FEE = new RegExp(`${NEG}(?:收取|征收|发生)[^。，；！？\\d]{0,14}?(?:处理费|收费)`, 'g');

/** Zero assertions in a compact (whitespace-free) sentence. `aboutDisclosure` says whether the
 *  sentence or its section is about disclosure, which a bare "行政复议…为0" needs. */
export function findZeroAssertions(s: string, aboutDisclosure = /信息公开|依申请/.test(s)): ZeroMatch[] {
  const out: ZeroMatch[] = [];
  for (const m of allMatches(APPLICATIONS, s)) {
    const span = m[0];
    const at = m.index ?? 0;
    // "未收到因…被申请行政复议" speaks of review, not of applications
    if (/被申请|复议|诉讼/.test(span) || /^(?:行政)?复议/.test(s.slice(at + span.length))) continue;
    if (/人大|政协|提案|信访|检察/.test(span)) continue;
    out.push({ kind: 'applications', cStart: at, cEnd: at + span.length });
  }
  for (const m of allMatches(REVIEW_LIT, s)) {
    const at = m.index ?? 0;
    let span = m[0];
    const rest = s.slice(at + span.length);
    // "降低行政复议…发生率" states no zero; the negation must govern the proceedings
    if (/率|风险|隐患/.test(rest.slice(0, 6))) continue;
    if (COUNTED_AFTER.test(rest)) {
      // "未…行政复议、行政诉讼1件": the counted last term is left out; the first one stays denied
      const first = span.search(/行政复议|行政诉讼/);
      const firstEnd = first + 4;
      if (firstEnd >= span.length) continue;
      span = span.slice(0, firstEnd);
    }
    if (span.includes('行政复议')) out.push({ kind: 'review', cStart: at, cEnd: at + span.length });
    if (span.includes('行政诉讼')) out.push({ kind: 'litigation', cStart: at, cEnd: at + span.length });
  }
  if (aboutDisclosure) {
    for (const m of allMatches(REVIEW_LIT_NUMERIC_ZERO, s)) {
      const span = m[0];
      const at = m.index ?? 0;
      if (span.includes('行政复议')) out.push({ kind: 'review', cStart: at, cEnd: at + span.length });
      if (span.includes('行政诉讼')) out.push({ kind: 'litigation', cStart: at, cEnd: at + span.length });
    }
  }
  for (const m of allMatches(FEE, s)) {
    const at = m.index ?? 0;
    out.push({ kind: 'fee', cStart: at, cEnd: at + m[0].length });
  }
  return out;
}
