import { afterEach, describe, expect, it, vi } from 'vitest';
import { extract } from '../../src/ingest/index.js';
import { IngestError } from '../../src/types.js';
import { APPLICANT_COLUMNS, bytesOf, corpus, fixture, gold, numbersOf, rowWith, tableWith, tabLines } from './helpers.js';

describe('PDF: hongze-2024.pdf (WPS, ruled tables)', async () => {
  const result = await extract('hongze-2024.pdf', bytesOf(corpus('real/hongze-2024.pdf')));
  const g = gold('hongze-2024').cells;

  it('gives the Chinese text with the organ and joined paragraphs', () => {
    expect(result.format).toBe('pdf');
    expect(result.text).toContain('淮安市洪泽区人民政府');
    // A paragraph wrapped over several lines in the PDF comes back as one line.
    expect(result.text).toMatch(/区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 ?0 ?元。/);
    // Page numbers "- 1 -" are page furniture, not text.
    expect(result.text).not.toMatch(/^-\s*1\s*-$/m);
  });

  it('keeps prose free of TABs and renders table rows as TAB lines', () => {
    const tabs = tabLines(result.text);
    expect(tabs.some((l) => l.startsWith('一、本年新收政府信息公开申请数量\t'))).toBe(true);
    expect(tabs.every((l) => !l.includes('全区政府信息公开工作虽取得一定成绩'))).toBe(true);
  });

  it('recovers the applications table with the gold numbers, joined across the page break', () => {
    const apps = tableWith(result.tables, '一、本年新收政府信息公开申请数量');
    expect(apps.rows[0]).toHaveLength(10);
    const newReceived = numbersOf(rowWith(apps, '一、本年新收')).map(Number);
    expect(newReceived).toEqual(APPLICANT_COLUMNS.map((c) => g[`apply.newReceived.${c}`]));
    expect(newReceived).toContain(95);
    // 四、结转下年度 sits on page 4; the table starts on page 3.
    expect(numbersOf(rowWith(apps, '四、结转下年度继续办理')).map(Number)).toEqual(
      APPLICANT_COLUMNS.map((c) => g[`apply.carriedForward.${c}`]),
    );
    expect(Number(numbersOf(rowWith(apps, '1.本机关不掌握相关政府信息')).at(-1))).toBe(g['apply.unable.notHeld.total']);
    expect(Number(numbersOf(rowWith(apps, '2.没有现成信息需要另行制作')).at(-1))).toBe(g['apply.unable.needCreation.total']);
    expect(apps.page).toBe(3);
  });

  it('expands merged cells into a grid, marking the copies', () => {
    const apps = tableWith(result.tables, '一、本年新收政府信息公开申请数量');
    const r = apps.rows.findIndex((row) => row.includes('2.重复申请'));
    // (五)不予处理 spans its five rows: the copy below the label is marked.
    expect(apps.rows[r][1]).toContain('不予处理');
    expect(apps.spanOrigin?.[r][1]).toBe(false);
    // The header 申请人情况 spans seven columns.
    expect(apps.rows[0].filter((c) => c === '申请人情况')).toHaveLength(7);
  });

  it('reads the active-disclosure and review tables', () => {
    const a1 = tableWith(result.tables, '行政规范性文件');
    expect(numbersOf(rowWith(a1, '行政规范性文件')).map(Number)).toEqual([
      g['a1.normative.issued'], g['a1.normative.repealed'], g['a1.normative.valid'],
    ]);
    expect(rowWith(a1, '行政许可')).toContain(String(g['a5.license.decisions']));
    const review = tableWith(result.tables, '复议后起诉');
    expect(review.rows.at(-1)?.map(Number)).toEqual(
      ['review', 'litDirect', 'litAfterReview'].flatMap((grp) =>
        ['maintain', 'correct', 'other', 'pending', 'total'].map((c) => g[`review.${grp}.${c}`]),
      ),
    );
  });
});

describe('PDF: fixture converted by LibreOffice from seed 003 (F2021)', async () => {
  const result = await extract('f2021-seed003.pdf', bytesOf(fixture('f2021-seed003.pdf')));

  it('contains the prose of the report', () => {
    expect(result.text).toContain('中宁县恩和镇人民政府');
    expect(result.text).toMatch(/2022 ?年未收取信息公开处理费。/);
    expect(result.text).toContain('五、存在的主要问题及改进方向');
  });

  it('returns the tables with their numbers and spans', () => {
    expect(rowWith(tableWith(result.tables, '行政处罚'), '行政处罚')).toEqual(['行政处罚', '6']);
    const apps = tableWith(result.tables, '申请人情况');
    expect(apps.rows[0]).toHaveLength(10);
    const other = apps.rows.findIndex((r) => r.some((c) => c.startsWith('3.其他')));
    expect(other).toBeGreaterThan(0);
    expect(apps.rows[other][1]).toMatch(/其他处理/);
    expect(apps.spanOrigin?.[other][1]).toBe(false);
    expect(numbersOf(rowWith(apps, '四、结转下年度继续办理'))).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    const review = tableWith(result.tables, '复议后起诉');
    expect(review.rows.at(-1)).toHaveLength(15);
  });
});

describe('PDF failures', () => {
  const fails = async (name: string, bytes: Uint8Array): Promise<string> => {
    const err = await extract(name, bytes).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(IngestError);
    return (err as IngestError).message;
  };

  it('0-byte file', async () => {
    expect(await fails('empty.pdf', bytesOf(fixture('empty.pdf')))).toMatch(/empty file \(0 bytes\)/);
  });
  it('random bytes named .pdf', async () => {
    expect(await fails('random.pdf', bytesOf(fixture('random.pdf')))).toMatch(/^not a PDF: /);
  });
  it('an HTML error page named .pdf', async () => {
    const page = new TextEncoder().encode('<!DOCTYPE html><html><body>404 Not Found</body></html>');
    expect(await fails('report.pdf', page)).toMatch(/not a PDF: .*HTML page/);
  });
  it('truncated download (first 40% of a real PDF)', async () => {
    expect(await fails('truncated.pdf', bytesOf(fixture('truncated.pdf')))).toMatch(/truncated or corrupt/);
  });
  it('truncated file that still has an end marker', async () => {
    const cut = bytesOf(fixture('truncated.pdf'));
    const withEof = new Uint8Array([...cut, ...new TextEncoder().encode('\n%%EOF\n')]);
    expect(await fails('cut.pdf', withEof)).toMatch(/corrupt or truncated|could not be read/);
  });
  it('encrypted PDF', async () => {
    expect(await fails('encrypted.pdf', bytesOf(fixture('encrypted.pdf')))).toMatch(/^PDF is encrypted\/password-protected/);
  });
  it('image-only PDF (no text layer)', async () => {
    expect(await fails('image-only.pdf', bytesOf(fixture('image-only.pdf')))).toMatch(/no text layer \(scanned image\?\) — run OCR first/);
  });
});

describe('PDF: stdout stays clean', () => {
  afterEach(() => vi.restoreAllMocks());
  it('prints nothing while reading good and broken PDFs', async () => {
    const write = vi.spyOn(process.stdout, 'write');
    const log = vi.spyOn(console, 'log');
    await extract('f2021-seed003.pdf', bytesOf(fixture('f2021-seed003.pdf')));
    await extract('truncated.pdf', bytesOf(fixture('truncated.pdf'))).catch(() => undefined);
    await extract('encrypted.pdf', bytesOf(fixture('encrypted.pdf'))).catch(() => undefined);
    expect(write).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });
});
