/** Joining wrapped lines of Chinese text: no space between CJK characters, one space between Latin words. */

const CJK_OR_FULLWIDTH = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u2018-\u201F\u2026\u2014]/;

/** True when a line break between `before` and `after` should vanish (CJK on either side). */
export function joinsTight(before: string, after: string): boolean {
  const a = before.slice(-1);
  const b = after.slice(0, 1);
  return a === '' || b === '' || CJK_OR_FULLWIDTH.test(a) || CJK_OR_FULLWIDTH.test(b);
}

/** Join the wrapped lines of one paragraph or cell. */
export function joinWrapped(lines: string[]): string {
  let out = '';
  for (const line of lines) {
    if (out === '') out = line;
    else out += (joinsTight(out, line) || /\s$/.test(out) ? '' : ' ') + line;
  }
  return out;
}
