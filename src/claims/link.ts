/**
 * Which table cell a stated number speaks of (report-format.md §8). A number is linked only when
 * the words next to it name a table quantity; everything else keeps cell ''.
 */
import type { Report, Template } from '../types.js';
import { applyRowKeys } from './table.js';

/** The words around one number, whitespace removed. */
export interface LinkContext {
  /** Clause text before the number (from the clause start or the previous number). */
  left: string;
  /** Clause text after the unit (up to the clause end or the next number). */
  right: string;
  /** The whole sentence, and the sentence before it. */
  sentence: string;
  prevSentence: string;
  /** Sentence text before the number. */
  sentenceLeft: string;
  unit: string;
  section: string;
  /** Apply row linked last in this sentence, for per-applicant numbers ("涉及自然人72件"). */
  lastApplyRow: string | null;
}

export interface LinkTarget {
  /** Cell key, or a group name for sums (apply.denied.total, review.litigation.total). */
  cell: string;
  keys: string[];
  /** The apply row, to carry on to per-applicant numbers. */
  applyRow?: string;
  /** Multiply the stated value by this before comparing (元 → 万元). */
  scale?: number;
}

const COUNT_UNITS = /^(?:件|条|个|起|宗|份)$/;
const APPLY_EXCLUDED = /人大|政协|提案|代表建议|意见建议|议案|信访件|信访事项|检察建议|网络问政|问政|12345|热线|来信|来访|留言|诉求|咨询|举报件|投诉件|舆情/;
const CHANGE_WORDS = /同比|环比|增长|减少|下降|增加|提高|上升|较上年|比上年/;

interface Rule {
  re: RegExp;
  /** 1 = names a specific row/column, 2 = generic verb. */
  tier: 1 | 2;
  target: (ctx: LinkContext, tpl: Template, report: Report) => LinkTarget | null;
}

function applyTarget(row: string, col: string, tpl: Template, report: Report): LinkTarget {
  const keys = applyRowKeys(row, col, tpl, report.cells);
  const single = keys.length === 1;
  const cell = single ? keys[0] : `apply.${row}.${col}`;
  return { cell, keys, applyRow: row };
}

const applyRow = (row: string): Rule['target'] => (_ctx, tpl, report) => applyTarget(row, 'total', tpl, report);
const applyCol = (col: string): Rule['target'] => (ctx, tpl, report) => applyTarget(ctx.lastApplyRow ?? 'newReceived', col, tpl, report);

const APPLY_RULES: readonly Rule[] = [
  { re: /上年结转|上一?年度?结转|上年度转入/, tier: 1, target: applyRow('carriedOver') },
  { re: /结转(?:至|到)?下一?年度?|转(?:入|至)?下一?年度|顺延(?:至|到)?下一?年|继续办理/, tier: 1, target: applyRow('carriedForward') },
  { re: /予以公开(?:及|和|、|或)部分公开/, tier: 1, target: applyRow('grantedPartial') },
  { re: /部分公开|区分处理/, tier: 1, target: applyRow('partial') },
  { re: /不予公开/, tier: 1, target: applyRow('denied') },
  { re: /本机关不掌握|不掌握相关/, tier: 1, target: applyRow('unable.notHeld') },
  { re: /无法提供/, tier: 1, target: applyRow('unable') },
  { re: /不予处理/, tier: 1, target: applyRow('notProcessed') },
  { re: /其他处理/, tier: 1, target: applyRow('other') },
  { re: /(?<!不)予以公开|同意公开|全部公开/, tier: 1, target: applyRow('granted') },
  { re: /自然人/, tier: 1, target: applyCol('naturalPerson') },
  { re: /商业企业/, tier: 1, target: applyCol('commercial') },
  { re: /科研机构/, tier: 1, target: applyCol('research') },
  { re: /社会公益组织/, tier: 1, target: applyCol('socialWelfare') },
  { re: /法律服务机构/, tier: 1, target: applyCol('legalService') },
  { re: /办结|答复|办理完毕|办理完成|处理完毕|已办理|作出决定/, tier: 2, target: applyRow('totalProcessed') },
  { re: /收到|受理|新收|接收|接到|提出|申请/, tier: 2, target: applyRow('newReceived') },
];

const REVIEW_GROUP = (ctx: LinkContext): 'review' | 'litigation' => {
  const s = ctx.sentenceLeft;
  const r = Math.max(s.lastIndexOf('复议'));
  const l = Math.max(s.lastIndexOf('诉讼'), s.lastIndexOf('起诉'));
  return l > r ? 'litigation' : 'review';
};
function reviewTarget(group: 'review' | 'litigation', col: string): LinkTarget {
  if (group === 'review') return { cell: `review.review.${col}`, keys: [`review.review.${col}`] };
  return { cell: `review.litigation.${col}`, keys: [`review.litDirect.${col}`, `review.litAfterReview.${col}`] };
}

const REVIEW_RULES: readonly Rule[] = [
  { re: /维持/, tier: 1, target: (ctx) => reviewTarget(REVIEW_GROUP(ctx), 'maintain') },
  { re: /纠正|纠错|败诉/, tier: 1, target: (ctx) => reviewTarget(REVIEW_GROUP(ctx), 'correct') },
  { re: /尚未审结|未审结|审理中/, tier: 1, target: (ctx) => reviewTarget(REVIEW_GROUP(ctx), 'pending') },
  { re: /行政复议|复议/, tier: 2, target: () => reviewTarget('review', 'total') },
  { re: /行政诉讼|诉讼|起诉/, tier: 2, target: () => reviewTarget('litigation', 'total') },
];

const ACTIVE_VERB = /制发|印发|出台|制定|发布|新增|起草|出台/;
const one = (key: string): LinkTarget => ({ cell: key, keys: [key] });

const ACTIVE_RULES: readonly Rule[] = [
  {
    re: /行政处罚(?:决定)?|处罚决定/, tier: 1,
    target: (ctx) => (/^(?:件|起|宗|个|次)$/.test(ctx.unit) ? one('a6.penalty.decisions') : null),
  },
  {
    re: /行政强制(?:措施)?/, tier: 1,
    target: (ctx) => (/^(?:件|起|宗|个|次)$/.test(ctx.unit) ? one('a6.coercion.decisions') : null),
  },
  {
    re: /行政许可/, tier: 1,
    target: (ctx, tpl) => {
      if (/^(?:件|宗|个|起)$/.test(ctx.unit)) return one('a5.license.decisions');
      if (ctx.unit === '项' && tpl === 'F2019') return { cell: 'a5.license.items', keys: ['a5.license.prevItems', 'a5.license.delta'] };
      return null;
    },
  },
  {
    re: /(?:行政)?规范性文件[^，。；、]{0,3}$/, tier: 1,
    target: (ctx, tpl) => {
      if (!/^(?:件|个|份|条)$/.test(ctx.unit)) return null;
      if (/现行有效/.test(ctx.left)) return tpl === 'F2021' ? one('a1.normative.valid') : null;
      if (/废止/.test(ctx.left)) return tpl === 'F2021' ? one('a1.normative.repealed') : null;
      if (!ACTIVE_VERB.test(ctx.left)) return null;
      return one(tpl === 'F2019' ? 'a1.normative.made' : 'a1.normative.issued');
    },
  },
  {
    re: /规章[^，。；、制]{0,3}$/, tier: 1,
    target: (ctx, tpl) => {
      if (!/^(?:件|个|部|条)$/.test(ctx.unit) || !ACTIVE_VERB.test(ctx.left)) return null;
      return one(tpl === 'F2019' ? 'a1.rules.made' : 'a1.rules.issued');
    },
  },
  {
    re: /行政事业性收费/, tier: 1,
    target: (ctx, tpl) => {
      if (tpl !== 'F2021' || !/收取|征收|收费金额/.test(ctx.left)) return null;
      if (ctx.unit === '万元') return one('a8.fee.amountWan');
      if (ctx.unit === '元') return { ...one('a8.fee.amountWan'), scale: 1e-4 };
      return null;
    },
  },
  {
    re: /政府集中采购|集中采购/, tier: 1,
    target: (ctx, tpl) => {
      if (tpl !== 'F2019') return null;
      if (/^(?:个|项)$/.test(ctx.unit)) return one('a9.procurement.projects');
      if (ctx.unit === '万元') return one('a9.procurement.amountWan');
      if (ctx.unit === '元') return { ...one('a9.procurement.amountWan'), scale: 1e-4 };
      return null;
    },
  },
];

/** Distance added to matches after the number, so words before it win. */
const RIGHT_PENALTY = 10;

/** Where the rule's words sit: nearest match in the left window (distance from its end to the number)
 *  or in the first characters of the right window. */
function distanceOf(re: RegExp, ctx: LinkContext): number | null {
  let best: number | null = null;
  const g = new RegExp(re.source, 'g');
  for (const m of ctx.left.matchAll(g)) {
    const d = ctx.left.length - ((m.index ?? 0) + m[0].length);
    if (best === null || d < best) best = d;
  }
  // words after the number count only when the left names nothing ("1件结转下年度", "有1件…行政复议")
  const r = new RegExp(re.source).exec(ctx.right.slice(0, 20));
  if (r && best === null) best = RIGHT_PENALTY + (r.index ?? 0);
  return best;
}

function pick(rules: readonly Rule[], ctx: LinkContext, tpl: Template, report: Report, maxTier2Distance: number): LinkTarget | null {
  const found: Array<{ rule: Rule; d: number }> = [];
  for (const rule of rules) {
    // anchored patterns test the left window as a whole
    if (rule.re.source.endsWith('$')) {
      if (rule.re.test(ctx.left)) found.push({ rule, d: 0 });
      continue;
    }
    const d = distanceOf(rule.re, ctx);
    if (d !== null && (rule.tier === 1 || d <= maxTier2Distance || (d >= RIGHT_PENALTY && d - RIGHT_PENALTY <= maxTier2Distance))) found.push({ rule, d });
  }
  found.sort((a, b) => a.rule.tier - b.rule.tier || a.d - b.d);
  for (const f of found) {
    const t = f.rule.target(ctx, tpl, report);
    if (t) return t;
  }
  return null;
}

/** The sentence speaks of disclosure applications (申请 other than 申请行政复议). */
const mentionsApplications = (s: string): boolean => /申请/.test(s.replace(/申请(?:行政)?复议/g, ''));

/** The cell a number speaks of, or null. */
export function linkMention(ctx: LinkContext, report: Report, tpl: Template): LinkTarget | null {
  if (tpl === 'OLD') return null; // pre-2019 reports have none of these tables
  const near = ctx.left.slice(-8) + '#' + ctx.right.slice(0, 8);
  if (CHANGE_WORDS.test(ctx.left.slice(-6))) return null;

  const active = pick(ACTIVE_RULES, ctx, tpl, report, 0);
  if (active) return active;

  const aboutDisclosure = /信息公开|依申请/.test(ctx.sentence + ctx.prevSentence) || ctx.section === 'review';
  if (COUNT_UNITS.test(ctx.unit) && aboutDisclosure && /复议|诉讼|起诉/.test(ctx.left + ctx.right.slice(0, 20))) {
    const review = pick(REVIEW_RULES, ctx, tpl, report, 12);
    if (review) return review;
  }

  if (COUNT_UNITS.test(ctx.unit) && mentionsApplications(ctx.sentence) && !APPLY_EXCLUDED.test(ctx.left + '#' + ctx.right.slice(0, 12))) {
    if (/复议|诉讼/.test(near)) return null;
    return pick(APPLY_RULES, ctx, tpl, report, 14);
  }
  return null;
}
