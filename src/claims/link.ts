/**
 * Which table cell a stated number speaks of (report-format.md §8). A number is linked only when
 * the words next to it name a table quantity; everything else keeps cell ''.
 */
import type { Report, Template } from '../types.js';
import { applyRowKeys } from './table.js';
import { allMatches } from '../regex.js';

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
  /** Sentence text after the unit, asides included ("（含上年结转2件）"); '' when not known. */
  after?: string;
  /** Cell the previous number of this sentence was linked to ('' when none), and the sentence text
   *  from the end of that number to this one ("制定规章3件、废止1件" → 'a1.rules.issued', '、废止'). */
  previousCell?: string;
  sincePrevious?: string;
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
/** Applications of other kinds (建议, 信访, 热线, 许可 …) that share the words 申请/办结/答复. */
const APPLY_EXCLUDED = /人大|政协|提案|代表建议|意见建议|议案|信访件|信访事项|检察建议|网络问政|问政|12345|热线|来信|来访|留言|诉求|咨询|举报件|投诉件|舆情|营业执照|行政许可|审批|补贴|救助|低保|登记|政务服务|专利|落户|贷款|资金|项目申报/;
/** A number that states a change, not a count of the cell ("较上年增加3件", "同比下降2件"). */
const CHANGE_WORDS = /同比|环比|增长|减少|下降|增加|提高|上升|回落|上涨|降低|增幅|降幅|较(?:上|去|前)一?年度?|比(?:上|去|前)一?年度?|较\d{4}年|比\d{4}年|与(?:上|去)年(?:度)?相比|[增减多少]了?$/;
/** The sentence speaks of disclosure applications, not of other kinds. */
const DISCLOSURE_WORDS = /信息公开|依申请|公开申请|申请公开|政府信息/;

interface Rule {
  re: RegExp;
  /** 1 = names a specific row/column, 2 = a verb of receiving or answering, 3 = a bare noun (申请). */
  tier: 1 | 2 | 3;
  /** Where the words are looked for; both sides by default (anchored `$` patterns: left only). */
  side?: 'left' | 'right';
  target: (ctx: LinkContext, tpl: Template, report: Report) => LinkTarget | null;
}

/** A rule with the scanning forms of its pattern built once, not per number and rule. */
interface CompiledRule extends Rule {
  /** The pattern ends in `$`: it tests the left window as a whole. */
  anchored: boolean;
  /** The pattern with only the g flag, for every match in the left window. */
  everyMatch: RegExp;
  /** The pattern with no flags, for the first match in the right window. */
  firstMatch: RegExp;
}

function compileRules(rules: readonly Rule[]): readonly CompiledRule[] {
  return rules.map((rule) => ({
    ...rule,
    anchored: rule.re.source.endsWith('$'),
    everyMatch: new RegExp(rule.re.source, 'g'),
    firstMatch: new RegExp(rule.re.source),
  }));
}

function applyTarget(row: string, col: string, tpl: Template, report: Report): LinkTarget {
  const keys = applyRowKeys(row, col, tpl, report.cells);
  const single = keys.length === 1;
  const cell = single ? keys[0] : `apply.${row}.${col}`;
  return { cell, keys, applyRow: row };
}

const applyRow = (row: string): Rule['target'] => (_ctx, tpl, report) => applyTarget(row, 'total', tpl, report);
const applyCol = (col: string): Rule['target'] => (ctx, tpl, report) => applyTarget(ctx.lastApplyRow ?? 'newReceived', col, tpl, report);

/** Words of an applicant column ending the clause before the number: "其中自然人申请100件", "涉及商业企业3件".
 *  An enumeration of every applicant ("公民、法人或其他组织提出的申请") names no column. */
const applicant = (words: string): RegExp =>
  new RegExp(`(?<!(?:公民|自然人|个人)[、，,和及与或]?)(?:${words})(?:提出|提交)?的?(?:政府信息公开)?(?:申请人?)?(?:数量|数)?(?:为|有|共|共计|达)?$`);

/** Rows named by words of their own (结转, outcome rows): specific enough to link in a sentence that
 *  continues one about applications without repeating 申请. */
const SPECIFIC_ROWS = new Set(['carriedOver', 'carriedForward', 'grantedPartial', 'granted', 'partial', 'denied', 'unable', 'unable.notHeld', 'notProcessed', 'other']);

const ANSWERED = /办结|答复|办理完毕|办理完成|处理完毕|已办理|作出决定|作出答复|予以回复|回复/;
const RECEIVED = /收到|受理|新收|接收|接到|收悉/;
const GENERIC_VERBS = new RegExp(`${ANSWERED.source}|${RECEIVED.source}`);

const APPLY_RULES: readonly CompiledRule[] = compileRules([
  { re: /上年结转|上一?年度?结转|上年度转入|上年度?未办结/, tier: 1, target: applyRow('carriedOver') },
  { re: /结转(?:至|到)?下一?年度?|转(?:入|至)?下一?年度|顺延(?:至|到)?下一?年|延期(?:至|到)?下一?年|继续办理|结转(?:至|到)?(?:\d{4}|次)年/, tier: 1, target: applyRow('carriedForward') },
  { re: /(?:予以|全部)公开(?:及|和|、|或|与)部分公开/, tier: 1, target: applyRow('grantedPartial') },
  { re: /部分公开|区分处理/, tier: 1, target: applyRow('partial') },
  { re: /不予公开/, tier: 1, target: applyRow('denied') },
  // sub-rows, by the words of their labels ("不予公开2件，其中属于国家秘密1件")
  { re: /国家秘密/, tier: 1, target: applyRow('denied.stateSecret') },
  { re: /三安全一稳定/, tier: 1, target: applyRow('denied.threeSecurityOneStability') },
  { re: /第三方合法权益/, tier: 1, target: applyRow('denied.thirdParty') },
  { re: /内部事务信息/, tier: 1, target: applyRow('denied.internalAffairs') },
  { re: /过程性信息/, tier: 1, target: applyRow('denied.processInfo') },
  { re: /行政执法案卷/, tier: 1, target: applyRow('denied.enforcementFile') },
  { re: /行政查询事项/, tier: 1, target: applyRow('denied.adminQuery') },
  { re: /另行制作/, tier: 1, target: applyRow('unable.needCreation') },
  { re: /仍不明确/, tier: 1, target: applyRow('unable.unclear') },
  { re: /信访举报投诉/, tier: 1, target: applyRow('notProcessed.petition') },
  { re: /重复申请/, tier: 1, target: applyRow('notProcessed.duplicate') },
  { re: /公开出版物/, tier: 1, target: applyRow('notProcessed.publication') },
  { re: /大量反复申请/, tier: 1, target: applyRow('notProcessed.massRepeat') },
  { re: /确认或重新出具/, tier: 1, target: applyRow('notProcessed.confirmReissue') },
  { re: /本机关不掌握|不掌握相关/, tier: 1, target: applyRow('unable.notHeld') },
  { re: /无法提供/, tier: 1, target: applyRow('unable') },
  { re: /不予处理/, tier: 1, target: applyRow('notProcessed') },
  { re: /其他处理/, tier: 1, target: applyRow('other') },
  { re: /(?<!不)予以公开|同意公开|全部公开/, tier: 1, target: applyRow('granted') },
  { re: applicant('自然人|公民|个人'), tier: 1, target: applyCol('naturalPerson') },
  { re: applicant('法人(?:或者?|和|及|与|、)?(?:其他|其它)组织|法人和非法人组织'), tier: 1, target: (ctx, tpl, report) => organizations(ctx, tpl, report) },
  { re: /商业企业/, tier: 1, target: applyCol('commercial') },
  { re: /科研机构/, tier: 1, target: applyCol('research') },
  { re: /社会公益组织/, tier: 1, target: applyCol('socialWelfare') },
  { re: /法律服务机构/, tier: 1, target: applyCol('legalService') },
  { re: ANSWERED, tier: 2, target: applyRow('totalProcessed') },
  { re: RECEIVED, tier: 2, target: applyRow('newReceived') },
  // a bare 申请 counts only as the head of its phrase: "政府信息公开申请123件", "有3件申请" — not "企业申请3件"
  {
    re: /(?:^|政府信息公开|信息公开|依申请公开|依申请|公开|收到|受理|接到|接收|新收|提出的?|提交的?)申请(?:件|数量|总数|总量|数)?(?:为|共|共计|达|有|合计)?$/,
    tier: 3, side: 'left', target: applyRow('newReceived'),
  },
  { re: /^(?:政府信息公开|信息公开|依申请公开)?申请/, tier: 3, side: 'right', target: applyRow('newReceived') },
]);

/** 法人或其他组织: every applicant column but 自然人 and 总计. */
function organizations(ctx: LinkContext, tpl: Template, report: Report): LinkTarget {
  const row = ctx.lastApplyRow ?? 'newReceived';
  const keys = ['commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg'].flatMap((c) => applyRowKeys(row, c, tpl, report.cells));
  return { cell: `apply.${row}.organizations`, keys, applyRow: row };
}

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

const REVIEW_RULES: readonly CompiledRule[] = compileRules([
  { re: /维持/, tier: 1, target: (ctx) => reviewTarget(REVIEW_GROUP(ctx), 'maintain') },
  { re: /纠正|纠错|败诉/, tier: 1, target: (ctx) => reviewTarget(REVIEW_GROUP(ctx), 'correct') },
  { re: /尚未审结|未审结|审理中/, tier: 1, target: (ctx) => reviewTarget(REVIEW_GROUP(ctx), 'pending') },
  { re: /行政复议|复议/, tier: 2, target: () => reviewTarget('review', 'total') },
  { re: /行政诉讼|诉讼|起诉/, tier: 2, target: () => reviewTarget('litigation', 'total') },
]);

const ACTIVE_VERB = /制发|印发|出台|制定|发布|新增|起草|出台/;
const one = (key: string): LinkTarget => ({ cell: key, keys: [key] });

/** Words after 行政处罚/行政许可 that make the number a count of something else: published records
 *  ("行政许可信息2586件", 双公示), items, applications, cases reviewed. */
const NOT_DECISIONS = /信息|公示|数据|结果|事项|目录|清单|申请|信用|案卷|评查|复议|诉讼|听证/;
/** The words of the left window after the last match of `re`. */
function afterCue(left: string, re: RegExp): string {
  let end = -1;
  for (const m of allMatches(new RegExp(re.source, 'g'), left)) end = (m.index ?? 0) + m[0].length;
  return end < 0 ? '' : left.slice(end);
}
/** 行政许可 and 行政处罚 named together ("行政许可和行政处罚 … 125件"): no single cell. */
const LICENSE_AND_PENALTY = /行政许可[、和及与]行政处罚|行政处罚[、和及与]行政许可|双公示/;

const decisions = (re: RegExp, key: string, units: RegExp): Rule['target'] => (ctx) => {
  if (!units.test(ctx.unit) || LICENSE_AND_PENALTY.test(ctx.left)) return null;
  if (NOT_DECISIONS.test(afterCue(ctx.left, re)) || /^(?:信息|数据)/.test(ctx.right)) return null;
  return one(key);
};

/** "公开规范性文件12件", "主动公开行政规范性文件…": the F2019 column 本年新公开数量. */
const PUBLISHED_NORMATIVE = /公开(?:行政)?规范性文件(?:共|共计|数量为|为)?$/;

const PENALTY = /行政处罚(?:决定)?|处罚决定/;
const COERCION = /行政强制(?:措施)?/;
const LICENSE = /行政许可/;

const ACTIVE_RULES: readonly CompiledRule[] = compileRules([
  { re: PENALTY, tier: 1, target: decisions(PENALTY, 'a6.penalty.decisions', /^(?:件|起|宗|个|次)$/) },
  { re: COERCION, tier: 1, target: decisions(COERCION, 'a6.coercion.decisions', /^(?:件|起|宗|个|次)$/) },
  {
    re: LICENSE, tier: 1,
    target: (ctx, tpl, report) => {
      if (/^(?:件|宗|个|起)$/.test(ctx.unit)) {
        // "办理…行政许可事项1873件" counts decisions: 事项 in 件 are cases, not the list of items
        const handled = /^事项$/.test(afterCue(ctx.left, LICENSE)) && !/梳理|清理|目录|清单|公布|调整|取消|下放/.test(ctx.left);
        return handled ? one('a5.license.decisions') : decisions(LICENSE, 'a5.license.decisions', /./)(ctx, tpl, report);
      }
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
      // F2019 counts the ones published as well as the ones made: "其中公开规范性文件12件"
      if (!ACTIVE_VERB.test(ctx.left)) return tpl === 'F2019' && PUBLISHED_NORMATIVE.test(ctx.left) ? one('a1.normative.published') : null;
      return one(tpl === 'F2019' ? 'a1.normative.made' : 'a1.normative.issued');
    },
  },
  {
    re: /规章[^，。；、制]{0,3}$/, tier: 1,
    target: (ctx, tpl) => {
      if (!/^(?:件|个|部|条)$/.test(ctx.unit)) return null;
      if (/现行有效/.test(ctx.left)) return tpl === 'F2021' ? one('a1.rules.valid') : null;
      if (/废止/.test(ctx.left)) return tpl === 'F2021' ? one('a1.rules.repealed') : null;
      if (!ACTIVE_VERB.test(ctx.left)) return null;
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
]);

/** A match of a rule's words: in the left window (distance from its end to the number) or, when
 *  the left names nothing, in the first characters of the right window (position after the unit). */
interface Match {
  rule: Rule;
  d: number;
  side: 'left' | 'right';
}

function leftDistance(rule: CompiledRule, left: string): number | null {
  // anchored patterns test the left window as a whole
  if (rule.anchored) return rule.re.test(left) ? 0 : null;
  const re = rule.everyMatch;
  re.lastIndex = 0;
  let best: number | null = null;
  for (let m = re.exec(left); m !== null; m = re.exec(left)) {
    const d = left.length - (m.index + m[0].length);
    if (best === null || d < best) best = d;
    if (m[0] === '') re.lastIndex++; // step past an empty match, as matchAll does
  }
  return best;
}

function rightPosition(rule: CompiledRule, right: string): number | null {
  if (rule.anchored) return null;
  const r = rule.firstMatch.exec(right.slice(0, 20));
  return r ? r.index : null;
}

/**
 * The target named by the words nearest the number. Words BEFORE the number, in its own clause,
 * decide; the words after it count only when the left names nothing ("1件结转下年度继续办理",
 * "另有72件申请…顺延到下年度答复"), so a parenthetical after a total never re-labels it.
 */
function pick(rules: readonly CompiledRule[], ctx: LinkContext, tpl: Template, report: Report, maxWeakDistance: number): (LinkTarget & { tier: number }) | null {
  const near = (rule: Rule, d: number): boolean => rule.tier === 1 || d <= maxWeakDistance;
  const left: Match[] = [];
  const right: Match[] = [];
  for (const rule of rules) {
    const d = rule.side === 'right' ? null : leftDistance(rule, ctx.left);
    if (d !== null && near(rule, d)) left.push({ rule, d, side: 'left' });
    const r = rule.side === 'left' ? null : rightPosition(rule, ctx.right);
    if (r !== null && near(rule, r)) right.push({ rule, d: r, side: 'right' });
  }
  const found = left.length > 0 ? left : right;
  found.sort((a, b) => a.rule.tier - b.rule.tier || a.d - b.d);
  for (const f of found) {
    const t = f.rule.target(ctx, tpl, report);
    if (t) return { ...t, tier: f.rule.tier };
  }
  return null;
}

/** The sentence speaks of applications (申请 other than 申请行政复议). */
const mentionsApplications = (s: string): boolean => /申请/.test(s.replace(/申请(?:行政)?复议/g, ''));

/** Applicant words the table has no single column for ("企业申请3件", "律师申请2件"); the
 *  enumeration of every applicant ("公民、法人或其他组织提出的申请") names none. */
const OTHER_APPLICANTS = /企业|法人|组织|公民|个人|群众|律师|公司|单位|机构|媒体|记者|学生|村民|居民/;
const ALL_APPLICANTS = /(?:公民|自然人)[、，,]?法人(?:或者?|和|及|与|、)?(?:其他|其它)组织/g;

/** "收到申请20件（含上年结转2件）": the number is 一+二, not 一 alone. */
const INCLUDES_CARRIED_OVER = /^[（(](?:其中)?(?:含|包括|包含)[^）)]{0,12}?(?:上年|上一年|去年|上年度)[^）)]{0,6}?(?:结转|转入)/;

/** Units of an application count; 份/篇/次 count documents or events ("抽查答复文书240份"). */
const APPLICATION_UNITS = /^(?:件|条|个|起)$/;
/** Words naming documents or checks, not applications: "抽查答复文书240份", "评查案卷30件". */
const DOCUMENT_WORDS = /文书|抽查|评查|卷宗|告知书|模板|样本|(?<!执法)案卷/;

/** A sentence opening with the answering verb alone, continuing one about applications: "已办结226件，…". */
const OPENS_WITH_ANSWERED = /^(?:已|均已|已经|共|共计|全部|累计|依法|及时)*(?:办结|答复|办理完毕)(?:申请)?(?:共|共计)?$/;

/** A lifecycle word standing alone after a 规章/规范性文件 count carries its subject over:
 *  "制定政府规章3件、废止1件", "制发行政规范性文件2件，现行有效11件". */
const LIFECYCLE_ONLY = /^[、，,]?(?:同时|并|另|已)?(废止|现行有效)(?:的|数为|为)?$/;

function carriedSubject(ctx: LinkContext, tpl: Template): LinkTarget | null {
  const m = /^a1\.(rules|normative)\./.exec(ctx.previousCell ?? '');
  if (!m || tpl !== 'F2021' || !/^(?:件|个|部|条)$/.test(ctx.unit)) return null;
  const w = LIFECYCLE_ONLY.exec(ctx.sincePrevious ?? '');
  if (!w) return null;
  return one(`a1.${m[1]}.${w[1] === '废止' ? 'repealed' : 'valid'}`);
}

/** Outcome words of the 复议/诉讼 table (结果维持 / 结果纠正 / 尚未审结). */
const REVIEW_OUTCOME = /维持|纠正|纠错|败诉|尚未审结|未审结|审理中/;

/** The cell a number speaks of, or null. */
export function linkMention(ctx: LinkContext, report: Report, tpl: Template): LinkTarget | null {
  if (tpl === 'OLD') return null; // pre-2019 reports have none of these tables
  const near = ctx.left.slice(-8) + '#' + ctx.right.slice(0, 8);
  if (CHANGE_WORDS.test(ctx.left) || /^(?:增|减)/.test(ctx.right)) return null;

  const active = pick(ACTIVE_RULES, ctx, tpl, report, 0);
  if (active) return strip(active);
  const carried = carriedSubject(ctx, tpl);
  if (carried) return carried;
  if (!COUNT_UNITS.test(ctx.unit)) return null;

  const context = ctx.sentence + ctx.prevSentence;
  const aboutDisclosure = /信息公开|依申请/.test(context) || ctx.section === 'review';
  if (aboutDisclosure && /复议|诉讼|起诉/.test(ctx.left + ctx.right.slice(0, 20))) {
    const review = pick(REVIEW_RULES, ctx, tpl, report, 12);
    if (review) return strip(review);
  }
  // "被申请行政复议41件，其中结果维持24件、结果纠正6件": an outcome word before the number, in a
  // sentence already about 复议/诉讼, names that group's outcome column
  if (aboutDisclosure && /复议|诉讼|起诉/.test(ctx.sentenceLeft) && REVIEW_OUTCOME.test(ctx.left)) {
    const outcome = pick(REVIEW_RULES.filter((r) => r.tier === 1), { ...ctx, right: '' }, tpl, report, 0);
    if (outcome) return strip(outcome);
  }

  if (APPLY_EXCLUDED.test(ctx.left + '#' + ctx.right.slice(0, 12)) || /复议|诉讼/.test(near)) return null;
  if (DOCUMENT_WORDS.test(ctx.left)) return null;
  const target = pick(APPLY_RULES, ctx, tpl, report, 14);
  if (!target) return null;
  const generic = target.tier > 1;
  // a verb of receiving or answering counts applications only in their units
  if (generic && !APPLICATION_UNITS.test(ctx.unit)) return null;
  // "收到企业申请3件": an applicant the table splits over several columns — not the row's total
  if (generic && OTHER_APPLICANTS.test(afterCue(ctx.left, GENERIC_VERBS).replace(ALL_APPLICANTS, ''))) return null;
  // "办理…申请26件" may count the received or the handled ones: too loose to compare
  if (target.tier === 3 && /办理(?!完毕|完成)|处理(?!完毕)/.test(ctx.left)) return null;
  const widened = target.cell === 'apply.newReceived.total' && INCLUDES_CARRIED_OVER.test(ctx.after ?? '') ? withCarriedOver(target) : strip(target);
  if (mentionsApplications(ctx.sentence)) {
    // a bare 申请 links only where the sentence is plainly about disclosure
    if (target.tier === 3 && !DISCLOSURE_WORDS.test(ctx.sentence) && ctx.section !== 'applications') return null;
    return widened;
  }
  // a sentence continuing the previous one ("予以公开及部分公开258件，占33.9%；不予公开35件…"):
  // only the rows named by their own words, and only right after a sentence about applications
  const continues = mentionsApplications(ctx.prevSentence) || ctx.section === 'applications';
  if (continues && target.tier === 1 && target.applyRow && SPECIFIC_ROWS.has(target.applyRow)) return widened;
  // "…新收政府信息公开申请240件…。已办结226件，其中…": the answering verb opens the next sentence
  const aboutApplications = (DISCLOSURE_WORDS.test(ctx.prevSentence) && mentionsApplications(ctx.prevSentence)) || ctx.section === 'applications';
  if (aboutApplications && target.applyRow === 'totalProcessed' && OPENS_WITH_ANSWERED.test(ctx.sentenceLeft)) return widened;
  return null;
}

function strip(t: LinkTarget & { tier?: number }): LinkTarget {
  const { tier: _tier, ...rest } = t;
  return rest;
}

function withCarriedOver(t: LinkTarget): LinkTarget {
  return { cell: 'apply.newAndCarriedOver.total', keys: ['apply.newReceived.total', 'apply.carriedOver.total'], applyRow: t.applyRow };
}
