import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, extract } from '../../src/ingest/index.js';
import { fixRadicals } from '../../src/ingest/kangxi.js';
import { IngestError } from '../../src/types.js';
import { bytesOf, corpus, fixture } from './helpers.js';

const seedText = (name: string): string => readFileSync(corpus(`seeds/${name}`), 'utf8');
const reason = async (name: string, bytes: Uint8Array): Promise<string> => {
  const err = await extract(name, bytes).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(IngestError);
  return (err as Error).message;
};

describe('text encodings', () => {
  it('UTF-8 seed as is (TAB rows kept)', async () => {
    const r = await extract('003.txt', bytesOf(corpus('seeds/003_b4cc88434c90d8f5.txt')));
    expect(r.text).toBe(seedText('003_b4cc88434c90d8f5.txt'));
    expect(r.text).toContain('行政处罚\t6\t\t');
  });
  it('F2019 seed 004 as text: its TAB rows (signed changes, the 采购 amount) come through untouched', async () => {
    const r = await extract('004.txt', bytesOf(corpus('seeds/004_5ef633064578115e.txt')));
    const rows = r.text.split('\n');
    expect(rows).toContain('行政许可\t387\t-302\t5862');
    expect(rows).toContain('政府集中采购\t126\t21207.84 万元\t');
    expect(r.tables).toEqual([]);
  });
  it('UTF-8 with BOM: BOM removed', async () => {
    const r = await extract('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('一、总体情况')]));
    expect(r.text).toBe('一、总体情况');
  });
  it('GB18030 copy of seed 000', async () => {
    const r = await extract('seed000-gb18030.txt', bytesOf(fixture('seed000-gb18030.txt')));
    expect(r.text).toBe(seedText('000_c38e258c7dab84f9.txt'));
    expect(r.notes[0]).toMatch(/gb18030/);
  });
  it('UTF-8 that is not well-formed (a surrogate, an overlong form, a cut-off character) is read as GB18030', async () => {
    const words = new TextEncoder().encode('一、总体情况');
    for (const bad of [[0xed, 0xa0, 0x80], [0xc0, 0x80], [0xe4, 0xb8]]) {
      const r = await extract('c.txt', new Uint8Array([...words, ...bad]));
      expect(r.notes[0]).toMatch(/not valid UTF-8; read as GB18030/);
    }
    const fine = await extract('d.txt', new Uint8Array([...words, 0xf0, 0x9f, 0x98, 0x80]));
    expect(fine.notes).toEqual([]);
    expect(fine.text).toBe('一、总体情况😀');
  });
  it('UTF-16LE-with-BOM copy of seed 001', async () => {
    const r = await extract('seed001-utf16le.txt', bytesOf(fixture('seed001-utf16le.txt')));
    expect(r.text).toBe(seedText('001_d290f62a263f4c0c.txt'));
    expect(r.text).toContain('利通区胜利镇人民政府');
  });
  it('UTF-16BE with BOM', async () => {
    const le = Buffer.from('行政复议', 'utf16le');
    const be = Buffer.from(le).swap16();
    const r = await extract('b.txt', new Uint8Array([0xfe, 0xff, ...be]));
    expect(r.text).toBe('行政复议');
  });
  it('a one-line notice reads fine (deciding it is no report is a later stage)', async () => {
    const r = await extract('notice.txt', bytesOf(fixture('notice.txt')));
    expect(r.text.trim()).toBe('关于2023年春节假期安排的通知：全体干部职工春节期间放假7天。');
  });
  it('binary content named .txt is an IngestError', async () => {
    expect(await reason('x.txt', bytesOf(fixture('random.pdf')))).toMatch(/^not a text file: binary content/);
  });
  it('0-byte text file', async () => {
    expect(await reason('x.txt', new Uint8Array())).toMatch(/empty file/);
  });
});

describe('formats we do not read', () => {
  it.each([
    ['report.doc', /unsupported format \.doc \(old Word.*save it as \.docx or PDF\)/],
    ['report.wps', /unsupported format \.wps \(WPS.*\.docx or PDF\)/],
    ['table.xlsx', /unsupported format \.xlsx \(Excel/],
    ['scan.JPG', /unsupported format \.jpg \(image: run OCR first/],
    ['report.rtf', /unsupported format \.rtf/],
    ['report.xyz', /unsupported format \.xyz: convert it to PDF/],
    ['README', /no file extension/],
  ])('%s', async (name, expected) => {
    expect(detectFormat(name)).toBe('unknown');
    expect(await reason(name, new Uint8Array([1, 2, 3]))).toMatch(expected);
  });
  it('recognises the formats we read, case-insensitively', () => {
    expect(['a.PDF', 'b.htm', 'c.shtml', 'd.DOCX', 'e.md', 'f.txt'].map(detectFormat)).toEqual(['pdf', 'html', 'html', 'docx', 'txt', 'txt']);
  });
});

describe('Kangxi radicals', () => {
  it('maps radical glyphs back to ideographs and leaves other text alone', () => {
    expect(fixRadicals('⼀、总体情况：⻓效机制，⻔户⽹站，（⼆）')).toBe('一、总体情况：长效机制，门户网站，（二）');
    expect(fixRadicals('（一）主动公开１２条')).toBe('（一）主动公开１２条');
  });
  it('is applied to extracted text', async () => {
    const r = await extract('k.txt', new TextEncoder().encode('⾏政处罚'));
    expect(r.text).toBe('行政处罚');
  });
});
