/**
 * Reading numbers as Chinese reports write them: Arabic (1,234 / 21207.84), Chinese (十二, 两千零五,
 * 一百), and the two mixed (1.95万, 3万4千). Pure functions, no state.
 */

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Characters that may appear inside a Chinese numeral. */
export const CN_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** One piece of a number expression: an Arabic run, or a single Chinese character. */
function pieces(expr: string): string[] {
  return expr.match(/\d+(?:\.\d+)?|[^\d]/g) ?? [];
}

/**
 * Whether a Chinese (or mixed) numeral is well formed. Rejects digit runs such as 十四五 or 二〇三五,
 * which are names or years written digit by digit, not quantities.
 */
export function isWellFormedNumeral(expr: string): boolean {
  const ps = pieces(expr);
  if (ps.length === 0) return false;
  let prevWasDigit = false;
  for (const p of ps) {
    const isDigit = /^\d/.test(p) || (p in CN_DIGITS && p !== '零' && p !== '〇');
    const isZero = p === '零' || p === '〇';
    if (!isDigit && !isZero && !(p in CN_SMALL_UNITS) && !(p in CN_BIG_UNITS)) return false;
    if (isDigit && prevWasDigit) return false;
    prevWasDigit = isDigit;
  }
  return true;
}

/**
 * Value of a number expression, or null when it is no number.
 * `parseNumber('两千零五') === 2005`, `parseNumber('3万4千') === 34000`, `parseNumber('1.95万') === 19500`.
 */
export function parseNumber(expr: string): number | null {
  const clean = expr.replace(/[,，\s]/g, '');
  if (clean === '') return null;
  if (/^\d+(?:\.\d+)?$/.test(clean)) return Number(clean);
  if (!isWellFormedNumeral(clean)) return null;
  let total = 0;
  let section = 0;
  let current = 0;
  let sawAny = false;
  for (const p of pieces(clean)) {
    if (/^\d/.test(p)) {
      current = Number(p);
      sawAny = true;
    } else if (p in CN_DIGITS) {
      current = CN_DIGITS[p];
      sawAny = true;
    } else if (p in CN_SMALL_UNITS) {
      section += (current === 0 ? 1 : current) * CN_SMALL_UNITS[p];
      current = 0;
      sawAny = true;
    } else if (p === '万') {
      total += (section + current) * 1e4;
      section = 0;
      current = 0;
    } else if (p === '亿') {
      total = (total + section + current) * 1e8;
      section = 0;
      current = 0;
    }
  }
  if (!sawAny) return null;
  return roundFloat(total + section + current);
}

/** Undo binary float noise from multiplying decimals (1.95 * 1e4). */
export function roundFloat(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Whether the expression is written (at least partly) in Chinese numerals. */
export function isChineseNumeral(expr: string): boolean {
  return /[零〇一二两三四五六七八九十百千]/.test(expr);
}
