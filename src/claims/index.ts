/**
 * The claims stage: every number the prose states, with what it counts, its exact span, and — where
 * the words name a table quantity — the table cell it speaks of and whether the table agrees.
 */
import type { Agreement, Claim, Report, Template } from '../types.js';
import { type LinkTarget, linkMention } from './link.js';
import { compact, proseSentences, type Sentence } from './prose.js';
import { scanMentions, type Mention } from './scan.js';
import { subjectOf, subjectTexts, type Cut } from './subject.js';
import { presegmented } from '../structure/segment.js';
import { alternativeReading, round2, sumCells, tableTemplate } from './table.js';
import { findZeroAssertions, type ZeroKind } from './zero.js';

export { parseNumber } from './numbers.js';
export { proseSentences } from './prose.js';

/** Clause ends; a bracket opens or closes an aside, which is a clause of its own. */
const CLAUSE_BREAK = /[，,；;：:。！？!?（()）]/;
/** A list separator also ends the words after a number ("行政诉讼案件1件、行政复议案件2件"). */
const RIGHT_BREAK = /[，,；;：:。！？!?、（()）]/;
const APPROX_PREFIX = /(?:约|近|超过|逾|将近|大约)$/;
const MONEY_UNITS = new Set(['万元', '亿元', '元']);

type Draft = Omit<Claim, 'id'>;

/** Compare a stated number with the table; approximate numbers agree within 10%. */
export function judge(
  report: Report,
  target: LinkTarget,
  stated: number,
  approx: boolean,
  money: boolean,
): { tableValue: number | null; agrees: Agreement; altReading?: string } {
  const { value } = sumCells(report.cells, target.keys);
  if (value === null) return { tableValue: null, agrees: 'uncertain' };
  const s = round2(stated * (target.scale ?? 1));
  const diff = Math.abs(s - value);
  const ok = diff <= (money ? 0.01 : 1e-9) || (approx && diff <= 0.1 * Math.max(Math.abs(value), Math.abs(s)));
  if (ok) return { tableValue: value, agrees: 'true' };
  const alt = alternativeReading(report, target.keys, s);
  return alt ? { tableValue: value, agrees: 'false', altReading: alt } : { tableValue: value, agrees: 'false' };
}

function lastIndexBefore(s: string, re: RegExp, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (re.test(s[i])) return i;
  return -1;
}
function firstIndexFrom(s: string, re: RegExp, from: number): number {
  for (let i = from; i < s.length; i++) if (re.test(s[i])) return i;
  return s.length;
}

/** Compact index of the first compact character at or after a text offset. */
function compactIndex(map: readonly number[], offset: number): number {
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A sentence with whitespace removed (`s`) and the map back to text offsets, computed once per sentence. */
type Compacted = ReturnType<typeof compact>;

/** A number of a sentence with the clause text on either side of it (whitespace-free). */
interface MentionSpan {
  m: Mention;
  ci: number;
  ce: number;
  prevEnd: number;
  leftStart: number;
  left: string;
  right: string;
}

function mentionSpans(text: string, sentence: Sentence, compacted: Compacted): MentionSpan[] {
  const { s, map } = compacted;
  const mentions: Mention[] = scanMentions(text, sentence.start, sentence.end);
  return mentions.map((m, i) => {
    const ci = compactIndex(map, m.numStart);
    const ce = compactIndex(map, m.end);
    const prevEnd = i > 0 ? compactIndex(map, mentions[i - 1].end) : 0;
    const nextStart = i + 1 < mentions.length ? compactIndex(map, mentions[i + 1].numStart) : s.length;
    const leftStart = Math.max(lastIndexBefore(s, CLAUSE_BREAK, ci) + 1, prevEnd);
    const left = s.slice(leftStart, ci).replace(APPROX_PREFIX, '');
    const right = s.slice(ce, Math.min(firstIndexFrom(s, RIGHT_BREAK, ce), nextStart));
    return { m, ci, ce, prevEnd, leftStart, left, right };
  });
}

function numberClaims(
  report: Report,
  sentence: Sentence,
  compacted: Compacted,
  spans: readonly MentionSpan[],
  prevCompact: string,
  tpl: Template,
  cut: Cut,
): Draft[] {
  const text = report.text;
  const { s, map } = compacted;
  const sentenceText = text.slice(sentence.start, sentence.end);
  const out: Draft[] = [];
  let lastApplyRow: string | null = null;
  let previousCell = '';
  spans.forEach(({ m, ci, ce, prevEnd, leftStart, left, right }, i) => {
    const { subject, quoteStart } = subjectOf(left, right, cut);
    const start = map[Math.min(leftStart + quoteStart, ci)] ?? m.numStart;
    const target = linkMention(
      {
        left, right, sentence: s, prevSentence: prevCompact, sentenceLeft: s.slice(0, ci), unit: m.unit, section: sentence.section,
        lastApplyRow, after: s.slice(ce), previousCell, sincePrevious: i > 0 ? s.slice(prevEnd, ci) : undefined,
      },
      report,
      tpl,
    );
    if (target?.applyRow && !/\./.test(target.applyRow)) lastApplyRow = target.applyRow;
    previousCell = target?.cell ?? '';
    const linked = target
      ? judge(report, target, m.value, m.approx, MONEY_UNITS.has(m.unit))
      : { tableValue: null, agrees: '' as Agreement };
    out.push({
      section: sentence.section,
      subject,
      value: m.value,
      unit: m.unit,
      approx: m.approx,
      quote: text.slice(start, m.end),
      sentence: sentenceText.trim(),
      start,
      end: m.end,
      zeroAssertion: false,
      cell: target?.cell ?? '',
      cellKeys: target?.keys ?? [],
      ...linked,
    });
  });
  return out;
}

const ZERO_TARGETS: Readonly<Record<ZeroKind, { subject: string; target: LinkTarget | null }>> = {
  applications: { subject: '政府信息公开申请', target: { cell: 'apply.newReceived.total', keys: ['apply.newReceived.total'] } },
  review: { subject: '行政复议', target: { cell: 'review.review.total', keys: ['review.review.total'] } },
  litigation: {
    subject: '行政诉讼',
    target: { cell: 'review.litigation.total', keys: ['review.litDirect.total', 'review.litAfterReview.total'] },
  },
  fee: { subject: '信息处理费', target: null },
};

function zeroClaims(report: Report, sentence: Sentence, compacted: Compacted, tpl: Template): Draft[] {
  const text = report.text;
  const { s, map } = compacted;
  const seen = new Set<ZeroKind>();
  const out: Draft[] = [];
  const aboutDisclosure = /信息公开|依申请/.test(s) || sentence.section === 'review';
  for (const z of findZeroAssertions(s, aboutDisclosure)) {
    if (seen.has(z.kind)) continue;
    seen.add(z.kind);
    const start = map[z.cStart];
    const end = map[z.cEnd - 1] + 1;
    const { subject } = ZERO_TARGETS[z.kind];
    // pre-2019 reports have none of these tables
    const target = tpl === 'OLD' ? null : ZERO_TARGETS[z.kind].target;
    const linked = target ? judge(report, target, 0, false, false) : { tableValue: null, agrees: '' as Agreement };
    out.push({
      section: sentence.section,
      subject,
      value: 0,
      unit: z.kind === 'fee' ? '元' : '件',
      approx: false,
      quote: text.slice(start, end),
      sentence: text.slice(sentence.start, sentence.end).trim(),
      start,
      end,
      zeroAssertion: true,
      cell: target?.cell ?? '',
      cellKeys: target?.keys ?? [],
      ...linked,
    });
  }
  return out;
}

/** Every number the prose states, as claims, each linked to the table cell it speaks of. */
export function extractClaims(report: Report): Claim[] {
  if (!report.text) return [];
  const tpl = tableTemplate(report);
  const prepared = proseSentences(report).map((sentence) => {
    const compacted = compact(report.text, sentence.start, sentence.end);
    return { sentence, compacted, spans: mentionSpans(report.text, sentence, compacted) };
  });
  // every subject's words from one segmenter call (a round trip each, in a batch's worker)
  const subjects: string[] = [];
  for (const p of prepared) for (const sp of p.spans) subjects.push(...subjectTexts(sp.left, sp.right));
  const cut = presegmented(subjects);
  const drafts: Draft[] = [];
  let prevCompact = '';
  for (const { sentence, compacted, spans } of prepared) {
    drafts.push(
      ...numberClaims(report, sentence, compacted, spans, prevCompact, tpl, cut),
      ...zeroClaims(report, sentence, compacted, tpl),
    );
    prevCompact = compacted.s;
  }
  drafts.sort((a, b) => a.start - b.start || a.end - b.end);
  return drafts.map((d, i) => ({ id: `${report.source.reportId}#${i + 1}`, ...d }));
}
