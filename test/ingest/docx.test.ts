import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/index.js';
import { IngestError } from '../../src/types.js';
import { bytesOf, fixture, numbersOf, rowWith, tableWith } from './helpers.js';

describe('DOCX (LibreOffice conversions of seed pages)', () => {
  it('seed 003 (F2021): prose and spanned tables', async () => {
    const r = await extract('f2021-seed003.docx', bytesOf(fixture('f2021-seed003.docx')));
    expect(r.format).toBe('docx');
    expect(r.text).toContain('中宁县恩和镇人民政府');
    expect(r.text).toMatch(/2022 ?年未收取信息公开处理费。/);
    expect(rowWith(tableWith(r.tables, '行政处罚'), '行政处罚').slice(0, 2)).toEqual(['行政处罚', '6']);
    const apps = tableWith(r.tables, '申请人情况');
    expect(apps.rows.every((row) => row.length === 10)).toBe(true);
    const i = apps.rows.findIndex((row) => row.includes('3.其他'));
    expect(apps.rows[i].slice(0, 2)).toEqual(['三、本年度办理结果', '(六) 其他处理']);
    expect(apps.spanOrigin?.[i].slice(0, 2)).toEqual([false, false]);
  });
  it('seed 004 (F2019): signed deltas and the 采购 amount', async () => {
    const r = await extract('f2019-seed004.docx', bytesOf(fixture('f2019-seed004.docx')));
    expect(numbersOf(rowWith(tableWith(r.tables, '行政许可'), '行政许可'))).toEqual(['387', '-302', '5862']);
    expect(rowWith(tableWith(r.tables, '行政事业性收费'), '行政事业性收费')).toContain('+1');
    expect(r.text).toContain('隆德县');
  });
  it('corrupt DOCX is an IngestError', async () => {
    const err = await extract('corrupt.docx', bytesOf(fixture('corrupt.docx'))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as Error).message).toMatch(/^DOCX file is corrupt or not a Word document: /);
  });
  it('an old .doc renamed .docx is named as such', async () => {
    const err = await extract('report.docx', bytesOf(fixture('old-word.doc'))).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/old Word \(\.doc\) file.*save it as \.docx or PDF/);
  });
  it('a text file renamed .docx is not a ZIP package', async () => {
    const err = await extract('report.docx', new TextEncoder().encode('一、总体情况')).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/not a DOCX file/);
  });
});
