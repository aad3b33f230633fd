/** Glyphs that look right but are other characters: radicals, compatibility ideographs, vertical forms, GB18030 PUA. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/index.js';
import { countPrivateUse, fixRadicals } from '../../src/ingest/kangxi.js';

describe('radical and compatibility glyphs', () => {
  it('Kangxi radicals and radical-supplement forms become the ideographs (NFKC + map)', () => {
    // "一、总体情况" and "门户网站" as a WPS font encodes them.
    expect(fixRadicals('\u2F00、总体情况：\u2ED4户\u2F79站，\u2ED1效机制')).toBe('一、总体情况：门户网站，长效机制');
  });
  it('CJK compatibility ideographs (U+F900–FAFF and the supplement) become the unified ones', () => {
    // U+FA08 行, U+F92E 冷, U+2F8A6 慈 (supplement block).
    expect(fixRadicals('\uFA08政\uF92E链，\u{2F8A6}善')).toBe('行政冷链，慈善');
    // The unified ideographs inside the block (U+FA0E 﨎 …) stay.
    expect(fixRadicals('\uFA0E')).toBe('\uFA0E');
  });
  it('GB18030-2000 private-use slots: vertical punctuation and the eight ideographs moved in 2005', () => {
    expect(fixRadicals('申请\uE78D办结\uE78F答复\uE78E')).toBe('申请，办结、答复。');
    expect(fixRadicals('\uE81E\uE864')).toBe('\u9FB4\u9FBB');
    // They agree with the WHATWG gb18030 decoder where it knows the bytes (A6D9 → U+FE10, FE59 → U+9FB4).
    const decoder = new TextDecoder('gb18030');
    const viaDecoder = decoder.decode(new Uint8Array([0xa6, 0xd9, 0xfe, 0x59]));
    if (viaDecoder !== '\uE78D\uE81E') expect(fixRadicals(viaDecoder)).toBe('，\u9FB4');
  });
  it('vertical presentation forms become the full-width punctuation', () => {
    expect(fixRadicals('\uFE35一\uFE36\uFE3D条例\uFE3E\uFE10\uFE19')).toBe('（一）《条例》，…');
  });
  it('other text (full-width digits, ordinary CJK, other PUA) is left alone; PUA is counted', () => {
    expect(fixRadicals('（一）主动公开１２条\uE000')).toBe('（一）主动公开１２条\uE000');
    expect(countPrivateUse('共\uE000\uF8FF条')).toBe(2);
    expect(countPrivateUse('共12条')).toBe(0);
  });
  it('extract() applies the map and notes unmapped private-use glyphs', async () => {
    const prose = '本机关严格落实政府信息公开申请登记、审核、办理、答复、归档等工作制度。';
    const text = `\u2F00、总体情况\n2020年共受理申请\uE123件\uE78D均已办结。${prose}\n`;
    const out = await extract('x.txt', new TextEncoder().encode(text));
    expect(out.text).toBe(`一、总体情况\n2020年共受理申请\uE123件，均已办结。${prose}\n`);
    expect(out.notes.join(' ')).toMatch(/1 character in the Unicode private use area/);
  });
});
