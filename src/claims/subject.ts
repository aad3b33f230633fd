/**
 * What a number counts: the words of its clause before it, without time words, function words and
 * (when something else remains) the leading verb. "进行行政处罚11件" → "行政处罚".
 */
import type { Token } from '../types.js';

const TIME_PREFIX = /^(?:(?:\d{4}|[一二〇零]{4})年(?:度)?|全年|本年度?|今年|年内|当年|上半年|下半年|截至[^，]*?日|\d{1,2}月(?:\d{1,2}日)?)+/;
const FUNCTION_PREFIX = /^(?:[，,、：:；]|我(?:镇|区|县|市|局|委|办|单位|部门)|本(?:单位|机关|部门)|全(?:区|县|镇|市|省|局)|共(?:计)?|累计|合计|总计|其中|及时|依法依规|依法|主动|已|均|还|又|并|同时|此外|另外|以及|和|及|等|了|的)+/;
const LEADING_VERB = /^(?:进行|开展|完成|收到|受理|接收|接到|办理|办结|答复|公开|发布|发送|审核发布|制发|印发|出台|制定|编发|推送|报送|组织|举办|召开|处理|新增|更新|动态更新|集中公开|下达|移送|回应|解读|涉及|有|为|达|达到)+/;
const TRAILING = /(?:共|共计|累计|合计|总计|约|近|超过|逾|达到|达|为|有|数为|数|了|的)+$/;
const MAX_SUBJECT = 14;

/** Verbs that end the action part of a clause: what follows the last of them is the thing counted. */
const VERBS = /进行|开展|完成|收到|受理|接收|接到|办理|办结|答复|公开|发布|发送|制发|印发|出台|制定|编发|推送|报送|组织|举办|召开|处理|新增|更新|下达|移送|回应|解读|涉及|核查|征集|公示|发放|兑付|打造|设立|关停|整合|接种|检测|培训|审核|查处|立案|提供|上传|转办|撤销|废止|清理|宣传|配置|确定|明确|指定|有|为|达到|达/g;

const NOUN_BEFORE = /(?:信息|政务|依申请|党务|村务|财务)$/;
const NOUN_AFTER = /^(?:申请|工作|指南|年报|制度|专栏|平台|目录|事项|专区|栏)/;

/** The subject words from the text before the number (whitespace-free clause text), and where the
 *  quote should start (at the verb governing the number, when there is one). */
export function subjectFromText(left: string): { subject: string; verbStart: number } {
  let s = left;
  let cut = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of [TIME_PREFIX, FUNCTION_PREFIX]) {
      const m = re.exec(s);
      if (m && m[0].length > 0) {
        s = s.slice(m[0].length);
        cut += m[0].length;
        changed = true;
      }
    }
  }
  s = s.replace(TRAILING, '');
  let verbStart = cut;
  let subject = s;
  let lastVerb: RegExpExecArray | null = null;
  for (const m of s.matchAll(VERBS)) {
    const at = m.index ?? 0;
    // 公开 in 信息公开申请 / 政务公开工作 is part of a noun, not the action
    if (NOUN_BEFORE.test(s.slice(0, at)) || NOUN_AFTER.test(s.slice(at + m[0].length))) continue;
    lastVerb = m as RegExpExecArray;
  }
  if (lastVerb) {
    const after = s.slice((lastVerb.index ?? 0) + lastVerb[0].length).replace(FUNCTION_PREFIX, '');
    if (after.length > 0) {
      subject = after;
      verbStart = cut + (lastVerb.index ?? 0);
    } else {
      // "办结3件", "确定了一名": the verb is all there is; keep the words around it
      subject = s.replace(LEADING_VERB, '') || s;
    }
  }
  subject = subject.replace(/^[、，,：:；]+/, '').replace(/^(?:各类|各项|各种|相关)/, '');
  if (subject.length > MAX_SUBJECT) subject = subject.slice(-MAX_SUBJECT);
  return { subject, verbStart };
}

/**
 * Snap a subject to word boundaries when segmented tokens are at hand: a subject cut to its last
 * characters may begin mid-word; keep only whole words. Without tokens the text is returned as is.
 */
export function snapToWords(subject: string, subjectEnd: number, tokens: readonly Token[] | undefined): string {
  if (!tokens || tokens.length === 0 || subject === '') return subject;
  const words = tokens.filter((t) => t.end <= subjectEnd && t.end > subjectEnd - subject.length * 3);
  let acc = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i].word.replace(/\s/g, '');
    if (acc.length + w.length > subject.length) break;
    acc = w + acc;
  }
  return acc.length > 0 && subject.endsWith(acc) ? acc : subject;
}
