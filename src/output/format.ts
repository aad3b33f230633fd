/**
 * How values are written into CSV fields: plain numbers (no thousands separators, no exponent,
 * no float noise such as 0.30000000000000004), empty field for "no value".
 */

/** Decimals kept for money (万元) and for everything else that is not an integer. */
export const MONEY_DECIMALS = 2;
export const DEFAULT_DECIMALS = 6;

/** A number as plain decimal text, rounded to at most `decimals` places, trailing zeros dropped. */
export function formatNumber(n: number | null | undefined, decimals = DEFAULT_DECIMALS): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n === 0 ? '0' : BigInt(n).toString();
  // toFixed never uses an exponent below 1e21; beyond that, fall back on BigInt of the integer part.
  if (Math.abs(n) >= 1e21) return BigInt(Math.round(n)).toString();
  let text = n.toFixed(decimals);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

/** Money cells (万元) keep two decimals at most. */
export function isMoneyKey(cellKey: string): boolean {
  return /amountWan$/i.test(cellKey);
}

export function isMoneyUnit(unit: string): boolean {
  return unit.includes('元');
}

export function formatBool(b: boolean): string {
  return b ? 'true' : 'false';
}

/** Lists inside one field (cell keys, theme ids, report ids) are joined by `;`. */
export function joinList(items: readonly string[]): string {
  return items.join(';');
}
