/**
 * prose-blank-number: a template placeholder left empty — a unit with no number before it
 * ("公开了政府信息 项"), or an empty quotation ("按照“”").
 */
import type { Finding, Report, Rule } from '../../types.js';
import { evidenceAround, proseLines } from '../../claims/prose.js';
import { allMatches } from '../../regex.js';

/** A counting unit standing after a gap where the number should be, and closing its phrase. */
const UNIT_WITHOUT_NUMBER = /(?<=[\u4e00-\u9fff])[ \t\u3000]+(?:人次|项|条|件|个|篇|次|家|名|份|期|户|人|元|万元)(?=[，。；、,;：:）)]|$)/gmu;
/** An empty quotation, title or bracket pair. */
const EMPTY_QUOTE = /“[ \t\u3000]*”|《[ \t\u3000]*》|「[ \t\u3000]*」|『[ \t\u3000]*』|"[ \t]*"/gu;

/** Text extracted with a space between every character ("公 开 政 府 信 息 的 人 。") puts a gap before
 *  every unit; there a gap says nothing. */
function charSpaced(line: string): boolean {
  const gaps = line.match(/[\u4e00-\u9fff][ \t\u3000]+(?=[\u4e00-\u9fff])/gu)?.length ?? 0;
  const han = line.match(/[\u4e00-\u9fff]/gu)?.length ?? 0;
  return han >= 6 && gaps / han > 0.3;
}

function finding(report: Report, start: number, end: number, kind: 'number' | 'quote'): Finding {
  const quote = report.text.slice(start, end);
  return {
    rule: rule.id,
    severity: 'warning',
    status: 'fail',
    cells: [],
    expected: kind === 'number' ? 'a number before the unit' : 'a name inside the quotation marks',
    observed: quote,
    message:
      kind === 'number'
        ? `a unit with no number before it ("${quote}"): the template's figure was left empty`
        : `an empty quotation ("${quote}"): the name that belongs here was left out`,
    evidence: evidenceAround(report.text, start, end),
  };
}

export const rule: Rule = {
  id: 'prose-blank-number',
  meta: { severity: 'warning', description: 'A placeholder left empty: a unit with no number before it, or an empty quotation.' },
  check(report: Report): Finding[] {
    const out: Finding[] = [];
    for (const line of proseLines(report)) {
      const text = report.text.slice(line.start, line.end);
      // a gap before a unit is rare: whether the whole line is spaced out is asked only then
      const gaps = allMatches(UNIT_WITHOUT_NUMBER, text);
      for (const m of gaps.length > 0 && !charSpaced(text) ? gaps : []) {
        const at = line.start + (m.index ?? 0);
        // quote the words before the gap too: "公开了政府信息 项"
        out.push(finding(report, Math.max(line.start, at - 6), at + m[0].length, 'number'));
      }
      for (const m of allMatches(EMPTY_QUOTE, text)) {
        const at = line.start + (m.index ?? 0);
        out.push(finding(report, Math.max(line.start, at - 2), at + m[0].length, 'quote'));
      }
    }
    return out;
  },
};
