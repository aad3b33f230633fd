/**
 * Regular-expression helpers shared by the stages.
 */

/**
 * Every match of a global regex in `text`, as `[...text.matchAll(re)]` gives them. matchAll
 * copies the regex on every call and V8 prepares each copy anew: on the short strings the stages
 * scan (a sentence, a clause, a cell) that was 2–3× the cost of the matching itself. `re` must be
 * global; its lastIndex is left at 0.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global regex: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m);
      // an empty match: step past it (by a code point in unicode mode), as matchAll does
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = 0;
  }
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
