import { afterEach, describe, expect, it, vi } from 'vitest';
import { extract } from '../../src/ingest/index.js';
import { layoutPages, type PdfDocumentLike, type PdfTextItemLike } from '../../src/ingest/pdflayout.js';
import { renderTableLines } from '../../src/ingest/table.js';
import { IngestError, type SourceTable } from '../../src/types.js';
import { APPLICANT_COLUMNS, bytesOf, corpus, fixture, gold, numbersOf, rowWith, tableWith, tabLines } from './helpers.js';

/** Each table's TAB rows stand together in the text, in table order, as one block. */
function expectTablesContiguous(text: string, tables: SourceTable[]): void {
  let from = 0;
  for (const table of tables) {
    const block = renderTableLines(table).join('\n');
    const at = text.indexOf(block, from);
    expect(at, `table starting "${table.rows[0].join(' | ').slice(0, 60)}"`).toBeGreaterThanOrEqual(from);
    from = at + block.length;
  }
}

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

  it('rejoins the vertical merged label that pdf.js cuts short ("三、本")', () => {
    const apps = tableWith(result.tables, '一、本年新收政府信息公开申请数量');
    expect(rowWith(apps, '2.重复申请')[0]).toBe('三、本年度办理结果');
    expect(rowWith(apps, '（七）总计')[0]).toBe('三、本年度办理结果');
    expect(tabLines(result.text)).toContain('三、本年度办理结果\t（一）予以公开\t\t50\t0\t0\t0\t0\t0\t50');
    expect(result.text).not.toMatch(/三、本\t/);
  });

  it('keeps each table\'s TAB rows contiguous in the text', () => {
    expectTablesContiguous(result.text, result.tables);
    // The 第二十条 caption rows are table rows here, right above their header row.
    expect(result.text).toMatch(/^第二十条第（五）项\t.*\n信息内容\t/m);
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

describe('PDF: fixture converted by LibreOffice from seed 004 (F2019)', async () => {
  const result = await extract('f2019-seed004.pdf', bytesOf(fixture('f2019-seed004.pdf')));

  it('contains the prose and every section heading', () => {
    expect(result.text).toMatch(/隆德县 ?2020 ?年政府信息公开工作年度报告/);
    for (const heading of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进措施', '六、其他需要报告的事项']) {
      expect(result.text.split('\n')).toContain(heading);
    }
    expect(result.text).toMatch(/2020 ?年共受理 ?3 ?件政府信息依公开申请，办结 ?3 ?件，办结率 ?100%。/);
  });

  it('returns the F2019 active-disclosure tables with signed changes and the 采购 amount', () => {
    expect(rowWith(tableWith(result.tables, '行政许可'), '行政许可')).toEqual(['行政许可', '387', '-302', '5862']);
    expect(rowWith(tableWith(result.tables, '其他对外管理服务事项'), '其他对外管理服务事项')).toEqual(['其他对外管理服务事项', '5138', '-3898', '0']);
    expect(rowWith(tableWith(result.tables, '行政处罚'), '行政处罚')).toEqual(['行政处罚', '45', '-10', '236']);
    expect(rowWith(tableWith(result.tables, '行政事业性收费'), '行政事业性收费')).toEqual(['行政事业性收费', '12', '+1']);
    expect(rowWith(tableWith(result.tables, '政府集中采购'), '政府集中采购')).toEqual(['政府集中采购', '126', '21207.84 万元']);
    expect(tableWith(result.tables, '行政许可').rows[0]).toEqual(['信息内容', '上一年项目数量', '本年增/减', '处理决定数量']);
  });

  it('joins the applications table across the page break, rejoining the label cut by it', () => {
    const apps = tableWith(result.tables, '申请人情况');
    expect(apps.page).toBe(3);
    expect(apps.rows.every((r) => r.length === 10)).toBe(true);
    expect(numbersOf(rowWith(apps, '四、结转下年度继续办理'))).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    // "（三）不予公开" spans 8 rows; LibreOffice broke the page inside it ("(三) 不" | "予公开").
    const secret = apps.rows.findIndex((r) => r.includes('1.属于国家秘密'));
    const query = apps.rows.findIndex((r) => r.includes('8.属于行政查询事项'));
    expect(query - secret).toBe(7);
    for (let r = secret; r <= query; r++) expect(apps.rows[r][1]).toMatch(/^\(三\) ?不予公开$/);
    expect(apps.spanOrigin?.[secret][1]).toBe(true);
    expect(apps.spanOrigin?.[query][1]).toBe(false);
    // The vertical-merged 三、本年度办理结果 continues on the next page as span copies.
    expect(rowWith(apps, '5.要求行政机关确认或重新出具已获取信息')[0]).toBe('三、本年度办理结果');
  });

  it('reads the review/litigation table and keeps every table contiguous in the text', () => {
    const review = tableWith(result.tables, '复议后起诉');
    expect(review.rows.at(-1)).toEqual(Array(15).fill('0'));
    expectTablesContiguous(result.text, result.tables);
    // Captions written as paragraphs above each table stay paragraphs, right before the rows.
    expect(result.text).toContain('第二十条第（九）项\n\n信息内容\t采购项目数量\t采购总金额\n政府集中采购\t126\t21207.84 万元');
  });
});

describe('PDF layout: the operator list is only read where the text looks like a table', () => {
  const item = (str: string, x: number, y: number): PdfTextItemLike => ({ str, transform: [12, 0, 0, 12, x, y], width: str.length * 12, height: 12 });
  const docOf = (items: PdfTextItemLike[]) => {
    const getOperatorList = vi.fn(async () => ({ fnArray: [], argsArray: [] }));
    const doc: PdfDocumentLike = {
      numPages: 1,
      getPage: async () => ({
        getViewport: () => ({ width: 595, height: 842, transform: [1, 0, 0, -1, 0, 842] }),
        getTextContent: async () => ({ items }),
        getOperatorList,
        cleanup: () => undefined,
      }),
    };
    return { doc, getOperatorList };
  };

  it('prose page: text only', async () => {
    const { doc, getOperatorList } = docOf([
      item('2023年，我局严格审签程序，全力做好政府信息公开工作。全年共审核', 72, 700),
      item('发布各类公开政府信息249条，其中：发布行政公文和政策解读信息9条。', 72, 680),
    ]);
    const [page] = await layoutPages(doc, 1);
    expect(getOperatorList).not.toHaveBeenCalled();
    expect(page.elements.map((e) => (e.kind === 'line' ? e.text : ''))).toEqual([
      '2023年，我局严格审签程序，全力做好政府信息公开工作。全年共审核',
      '发布各类公开政府信息249条，其中：发布行政公文和政策解读信息9条。',
    ]);
  });
  it('a row of cells apart ("行政处罚   11"): the ruling is read', async () => {
    const { doc, getOperatorList } = docOf([item('信息内容', 72, 700), item('本年处理决定数量', 250, 700), item('行政处罚', 72, 680), item('11', 250, 680)]);
    await layoutPages(doc, 1);
    expect(getOperatorList).toHaveBeenCalledTimes(1);
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
  it('a damaged cross-reference table: pdf.js\'s own stray rejections do not end the process', async () => {
    // Bytes of the real PDF shifted over its page objects: pdf.js re-reads it in repair mode and
    // leaves promises of its own rejected and unhandled on the way.
    const damaged = bytesOf(corpus('real/hongze-2024.pdf'));
    damaged.copyWithin(65498, 80014);
    // Without other listeners Node would end the process on an unhandled rejection.
    const listeners = process.listeners('unhandledRejection');
    process.removeAllListeners('unhandledRejection');
    let outcome: { notes: string[] } | IngestError;
    try {
      outcome = await extract('damaged.pdf', damaged).catch((e: unknown) => e as IngestError);
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      for (const l of listeners) process.on('unhandledRejection', l);
    }
    if (outcome instanceof Error) expect(outcome).toBeInstanceOf(IngestError);
    else expect(outcome.notes.join(' ')).toMatch(/damaged and was read in repair mode/);
  });
  it('image-only PDF (no text layer)', async () => {
    expect(await fails('image-only.pdf', bytesOf(fixture('image-only.pdf')))).toMatch(/no text layer \(scanned image\?\) — run OCR first/);
  });
});

describe('PDF: stdout stays clean', () => {
  afterEach(() => vi.restoreAllMocks());
  it('prints nothing (stdout or stderr) while reading good and broken PDFs', async () => {
    const spies = [
      vi.spyOn(process.stdout, 'write'),
      vi.spyOn(process.stderr, 'write'),
      vi.spyOn(console, 'log'),
      vi.spyOn(console, 'info'),
      vi.spyOn(console, 'warn'),
      vi.spyOn(console, 'error'),
    ];
    await extract('f2021-seed003.pdf', bytesOf(fixture('f2021-seed003.pdf')));
    await extract('hongze-2024.pdf', bytesOf(corpus('real/hongze-2024.pdf')));
    for (const name of ['truncated.pdf', 'encrypted.pdf', 'random.pdf', 'image-only.pdf']) {
      await extract(name, bytesOf(fixture(name))).catch(() => undefined);
    }
    const flipped = bytesOf(fixture('f2019-seed004.pdf'));
    for (let i = 20000; i < 20400; i++) flipped[i] ^= 0x5a; // garbage inside a compressed stream
    await extract('flipped.pdf', flipped).catch(() => undefined);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
