import { describe, expect, it } from 'vitest';
import { scanMentions } from '../../src/claims/scan.js';

const mentions = (text: string) => scanMentions(text, 0, text.length).map((m) => [m.numberText, m.value, m.unit]);

describe('scanMentions', () => {
  it('reads digits, grouped digits, mixed and Chinese numerals before a unit', () => {
    expect(mentions('共计123456789012345678901件，第12条规定')).toEqual([['123456789012345678901', 123456789012345678901, '件']]);
    expect(mentions('公开文件13条、解读1,234件、资金1.95万元、三件、3万4千人次。')).toEqual([
      ['13', 13, '条'],
      ['1,234', 1234, '件'],
      ['1.95万', 1.95, '万元'],
      ['三', 3, '件'],
      ['3万4千', 34000, '人次'],
    ]);
  });

  it('gets through a table row flattened into prose: long digit runs with no unit', () => {
    // pingtan-2021 has "…尚未审结总计10203120001200000": each run used to be split every way
    // before the match gave up (exponential in its length: a row of 60 digits never finished; then
    // cubic: 5,000 digits, a scraped page's worth, took minutes)
    const row = '结果维持结果纠正其他结果尚未审结总计' + '1020312000120000012345678901234567890123456789012345678901234';
    expect(mentions(row)).toEqual([]);
    expect(mentions(`${row}，收到申请17件。`)).toEqual([['17', 17, '件']]);
    const page = '1234567890'.repeat(500);
    expect(mentions(`${page}，${page}条；收到申请17件。`)).toEqual([['17', 17, '件']]);
  });
});
