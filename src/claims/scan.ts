/**
 * Finding the numbers a sentence states: number + optional approximation + unit, minus the many
 * numbers that are not quantities (years, dates, document and article numbers, phone numbers,
 * addresses, list markers, ordinals, fixed words such as 一站式 or 十四五).
 */
import { isChineseNumeral, parseNumber, roundFloat } from './numbers.js';
import { allMatches } from '../regex.js';

/** Units a counted quantity may carry, longest first so 人次 wins over 人. */
export const UNITS: readonly string[] = [
  '个百分点', '百分点', '万元', '亿元', '人次', '剂次', '批次', '户次', '件次', '家次', '场次',
  '条', '件', '项', '个', '篇', '期', '次', '人', '名', '位', '家', '户', '份', '场', '起', '宗', '笔',
  '元', '亩', '台', '套', '座', '张', '封', '册', '轮', '批', '%',
];

/** Fixed words that contain a numeral but state no quantity. */
export const FIXED_WORDS: readonly string[] = [
  '一站式', '一次性', '一条龙', '一件事', '一把手', '一网通办', '一网统管', '一网通', '一窗受理', '一次办',
  '三个一', '两代表一委员', '一户一', '一村一', '一事一议', '一案一', '一企一', '一人一', '十四五', '二十大',
  '三审三校', '三安全一稳定', '一号文件', '两个维护', '两个确立', '四个意识', '一问一答', '一对一', '一体化',
  '一批次', '第一时间', '千家万户', '千方百计', '百姓', '一线', '一件一', '一项一', '三张清单', '一张网', '一张图',
];

// Digit runs are bounded and a number never starts inside one ((?<!\d)), and a later digit run is
// taken whole ((?!\d)): a long run with no unit after it (a table row flattened into prose,
// "10203120001200000…") could otherwise be split in every way before the match gave up — time
// exponential, then cubic, in its length. No quantity in a report has 20 digits.
const NUM_CORE = String.raw`(?<!\d)(?:\d{1,20}(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千])(?:\d{1,20}(?:\.\d+)?(?!\d)|[零〇一二两三四五六七八九十百千万亿])*`;
const UNIT_ALT = UNITS.join('|');
const MENTION = new RegExp(
  String.raw`(?<num>${NUM_CORE})[ \t\u3000]*(?<ap1>余|多)?[ \t\u3000]*(?<mult>万|亿)?[ \t\u3000]*(?<ap2>余|多)?[ \t\u3000\n]{0,3}(?<unit>${UNIT_ALT})(?<ap3>以上|左右|余)?`,
  'gu',
);

/** A unit followed by these characters is part of another word (条例, 项目, 次性, 人民 …). */
const UNIT_WORD_CONTINUATIONS: Readonly<Record<string, RegExp>> = {
  条: /^[例款件]/,
  件: /^[事数]/,
  项: /^[目]/,
  个: /^(?:月|工作日|小时|别|体)/,
  次: /^[性日]/,
  人: /^[民员士大口工]/,
  名: /^[单称义]/,
  位: /^[置于]/,
  家: /^[庭乡属]/,
  户: /^[籍口外]/,
  份: /^[额]/,
  场: /^[所景合地]/,
  起: /^[来草诉止至到点]/,
  期: /^[间限末刊待望]/,
  台: /^[账]/,
  套: /^[餐]/,
  张: /^[贴]/,
  批: /^[准复示次]/,
  笔: /^[录]/,
  元: /^[旦宵素]/,
};

export interface Mention {
  /** Offset of the number's first character. */
  numStart: number;
  /** Offset just past the unit (and a trailing 以上/左右/余). */
  end: number;
  value: number;
  unit: string;
  approx: boolean;
  /** The number as written, e.g. "34800 万", "一百". */
  numberText: string;
}

const PREFIX_APPROX = /(?:约|近|超过|逾|将近|大约)[ \t]*$/;

function precededByNonQuantity(text: string, at: number, isChinese: boolean): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \t\u3000]/.test(text[i])) i--;
  const prev = i >= 0 ? text[i] : '';
  if (prev === '第') return true; // ordinal or article number
  // the upper end of a range ("3至5件", "3-5件", "3～5个"): no single quantity is stated
  if (/\d[ \t]*(?:至|到|~|～|－|-|—)[ \t]*$/.test(text.slice(Math.max(0, at - 6), at))) return true;
  if (/[A-Za-z0-9.．\-—_/@〔]/.test(prev) && !isChinese) return true; // codes, phones, decimals, 〔2020〕
  if (/[（(]/.test(prev)) return true; // list markers （一） and article items 第(一)项
  if (isChinese && /[统唯万之逐每专同单划]/.test(prev)) return true; // 统一, 唯一, 之一 …
  return false;
}

/** Offsets [start, end) of short “…” quotations: numbers inside them are names, not counts. */
function shortQuotations(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[“"「『]([^“”"」』\n]{1,8})[”"」』]/g;
  for (const m of allMatches(re, text)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return out;
}

function fixedWordSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const w of FIXED_WORDS) {
    let i = text.indexOf(w);
    while (i !== -1) {
      out.push([i, i + w.length]);
      i = text.indexOf(w, i + 1);
    }
  }
  return out;
}

const overlaps = (spans: Array<[number, number]>, s: number, e: number): boolean =>
  spans.some(([a, b]) => s < b && e > a);

/**
 * Every quantity stated in `text[start, end)`. Offsets are in `text`.
 */
export function scanMentions(text: string, start: number, end: number): Mention[] {
  const slice = text.slice(start, end);
  // most sentences state no number: find the quotations and fixed words only once one is seen
  let quotes: Array<[number, number]> | null = null;
  let fixed: Array<[number, number]> | null = null;
  const out: Mention[] = [];
  for (const m of allMatches(MENTION, slice)) {
    const g = m.groups ?? {};
    const at = m.index ?? 0;
    const numText = g.num;
    const isChinese = isChineseNumeral(numText);
    const matchEnd = at + m[0].length;
    if (precededByNonQuantity(slice, at, isChinese)) continue;
    fixed ??= fixedWordSpans(slice);
    if (overlaps(fixed, at, matchEnd)) continue;
    quotes ??= shortQuotations(slice);
    if (overlaps(quotes, at, matchEnd)) continue;
    let unit = g.unit;
    const after = slice.slice(at + m[0].length - (g.ap3 ?? '').length);
    const cont = UNIT_WORD_CONTINUATIONS[unit];
    if (cont && !g.ap3 && cont.test(after)) continue;
    if (isChinese && /^[性式化]/.test(after)) continue;
    if (isChinese && numText === '一' && /^(?:起|个|批|人)$/.test(unit)) continue; // "a", "together"
    // the big multiplier belongs to the unit for money (2090余万元, 1.95万元)
    let core = numText;
    let mult = g.mult ?? '';
    if (!mult && /[万亿]$/.test(core) && unit === '元') {
      mult = core.slice(-1);
      core = core.slice(0, -1);
    }
    let value = parseNumber(core);
    if (value === null) continue;
    if (unit === '元' && mult) {
      unit = mult === '万' ? '万元' : '亿元';
    } else if (mult) {
      value = roundFloat(value * (mult === '万' ? 1e4 : 1e8));
    }
    const approx = Boolean(g.ap1 || g.ap2 || g.ap3) || PREFIX_APPROX.test(slice.slice(Math.max(0, at - 4), at));
    out.push({ numStart: start + at, end: start + matchEnd, value, unit, approx, numberText: numText + (g.mult ?? '') });
  }
  return out;
}
