/**
 * Reading one table cell's text: a number (signed, decimal, thousands separators, full-width digits,
 * money with its unit, a change in words "增加1"/"减少3"), a blank (empty, -, —, /, 无: never 0), or text (a label).
 * report-format.md §10 D21.
 */

export type ValueToken =
  | { kind: 'number'; raw: string; value: number; unit: MoneyUnit }
  | { kind: 'blank'; raw: string }
  | { kind: 'text'; raw: string };

/** Money unit written inside the cell: '' when none. */
export type MoneyUnit = '' | '元' | '万元' | '亿元';

/** Cell texts that mean "no value" (blank ≠ 0). */
const BLANK_TEXTS = new Set(['', '-', '--', '—', '——', '–', '―', '/', '\\', '无', '&nbsp;', 'nbsp', '空', '/ ']);

/** A number with optional sign, thousands separators and decimals, then an optional unit. */
const NUMBER_WITH_UNIT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(亿元|万元|元|件|项|个|条|人次|次|宗|起)?$/;

/** A change written in words before its number (本年增/减 "增加1", "新增2", "减少3"): the sign it gives. */
const WORDED_CHANGE = /^(净增加|净增|增加|新增|增|净减少|净减|减少|减)\s*(?=\d)/;

/**
 * Text that toHalfWidth leaves as it is: printable ASCII, tab and line breaks, CJK unified ideographs
 * (NFKC never changes them) and 、。“”. Most cells and labels are only this, and NFKC on every
 * cell was a hot spot.
 */
const ALREADY_HALF_WIDTH = /^[\t\n\r\x20-\x7e\u3001\u3002\u201c\u201d\u4e00-\u9fff]*$/;

/** Full-width forms to ASCII, spaces unified; keeps CJK as written. */
export function toHalfWidth(s: string): string {
  if (ALREADY_HALF_WIDTH.test(s)) return s;
  // zero-width characters of web pages removed: a cell "0\u200b" is the number 0
  return s.normalize('NFKC').replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/[\u00a0\u3000]/g, ' ');
}

/** First characters of a blank or a worded change ("无", "空", "增加1", "净减2", "新增3", "减少1"). */
const CJK_VALUE_STARTS = new Set([...'无空增减净新'].map((c) => c.charCodeAt(0)));

/**
 * A cell starting with a CJK ideograph that can start no blank and no worded change is text: NFKC
 * leaves the ideograph first, and a number starts with a sign or a digit. Most pieces of a prose
 * line are such text, and the full reading of each was a tenth of the tables stage.
 */
export function startsAsText(cell: string): boolean {
  const c = cell.charCodeAt(0);
  return c >= 0x4e00 && c <= 0x9fff && !CJK_VALUE_STARTS.has(c);
}

/** Only ASCII digits: most cells of a table, read as the full rules would read them. */
function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Classify one cell (or one whitespace-free piece of a cell). */
export function readValue(rawCell: string): ValueToken {
  const raw = rawCell;
  if (startsAsText(raw)) return { kind: 'text', raw };
  if (isDigits(raw)) return { kind: 'number', raw, value: Number(raw), unit: '' };
  const t = toHalfWidth(rawCell)
    .replace(/&nbsp;/g, ' ')
    .trim()
    // a minus written as a dash or the minus sign ("−8", "—8"): 本年增/减 is signed
    .replace(/^[\u2212\u2013\u2014\u2015]\s*(?=\d)/, '-');
  if (BLANK_TEXTS.has(t)) return { kind: 'blank', raw };
  const worded = WORDED_CHANGE.exec(t);
  const m = NUMBER_WITH_UNIT.exec(worded ? t.slice(worded[0].length) : t);
  if (!m || (worded && m[1] !== '')) return { kind: 'text', raw };
  const sign = m[1] === '-' || worded?.[1]!.includes('减') ? -1 : 1;
  const value = sign * Number(m[2]!.replace(/,/g, '') + (m[3] ?? ''));
  const unitWord = m[4] ?? '';
  const unit: MoneyUnit = unitWord === '元' || unitWord === '万元' || unitWord === '亿元' ? unitWord : '';
  return { kind: 'number', raw, value, unit };
}

/** Convert a money reading to 万元. `headerUnit` is the unit the column header names ('' = none). */
export function toWan(value: number, cellUnit: MoneyUnit, headerUnit: MoneyUnit): number {
  const unit = cellUnit || headerUnit || '万元';
  const wan = unit === '元' ? value / 10000 : unit === '亿元' ? value * 10000 : value;
  return Math.round(wan * 1e6) / 1e6;
}

/** The money unit a header names: "本年收费金额（单位：万元）" → 万元, "采购总金额(元)" → 元. */
export function headerMoneyUnit(header: string): MoneyUnit {
  const t = toHalfWidth(header);
  if (/亿元/.test(t)) return '亿元';
  if (/万元/.test(t)) return '万元';
  if (/[(:：]\s*元|单位\s*[:：]?\s*元/.test(t)) return '元';
  return '';
}

/**
 * Split one cell into tokens. A cell that is a value as a whole stays one token ("21207.84 万元");
 * otherwise whitespace separates pieces, so "95 0 0 0 0 0 95" (a PDF cell holding a whole row)
 * gives seven numbers and "已获取信息 0" gives a label piece and a number. A unit piece directly after
 * a number joins it.
 */
export function tokenizeCell(cell: string): ValueToken[] {
  const whole = readValue(cell);
  if (whole.kind !== 'text') return [whole];
  const pieces = toHalfWidth(cell).trim().split(/\s+/).filter((p) => p.length > 0);
  const out: ValueToken[] = [];
  for (const piece of pieces) {
    const tok = readValue(piece);
    const prev = out[out.length - 1];
    if (tok.kind === 'text' && prev?.kind === 'number' && /^(亿元|万元|元)$/.test(piece)) {
      const joined = readValue(`${prev.raw} ${piece}`);
      if (joined.kind === 'number') {
        out[out.length - 1] = joined;
        continue;
      }
    }
    out.push(tok);
  }
  return out;
}
