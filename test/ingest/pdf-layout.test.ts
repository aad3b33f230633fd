/**
 * Page layout from synthetic pdf.js pages: rules given as operator lists, text as positioned runs
 * (rows quoted from corpora/seeds/004: 第二十条第（五）项 table).
 */
import { OPS } from '../../src/ingest/pdfjs.js';
import { describe, expect, it } from 'vitest';
import { layoutPages, type PageTable, type PdfDocumentLike, type PdfOperatorList, type PdfTextItemLike } from '../../src/ingest/pdflayout.js';

const HEIGHT = 842;
/** A run of text at (x, baseline y) in PDF user space (y up), 12 pt. */
const run = (str: string, x: number, y: number): PdfTextItemLike => ({ str, transform: [12, 0, 0, 12, x, y], width: [...str].length * (/^[\d+-]+$/.test(str) ? 6 : 12), height: 12 });
/** Stroked straight lines, each [x1, y1, x2, y2] in user space, as one constructPath. */
const strokes = (lines: number[][]): PdfOperatorList => ({
  fnArray: [OPS.constructPath],
  argsArray: [[OPS.stroke, [Float32Array.from(lines.flatMap(([x1, y1, x2, y2]) => [0, x1, y1, 1, x2, y2]))], null]],
});

async function layout(items: PdfTextItemLike[], ops: PdfOperatorList) {
  const doc: PdfDocumentLike = {
    numPages: 1,
    getPage: async () => ({
      getViewport: () => ({ width: 595, height: HEIGHT, transform: [1, 0, 0, -1, 0, HEIGHT] }),
      getTextContent: async () => ({ items }),
      getOperatorList: async () => ops,
      cleanup: () => undefined,
    }),
  };
  const [page] = await layoutPages(doc, 1);
  return page;
}

const tablesOf = (els: Array<{ kind: string }>): PageTable[] => els.filter((e): e is PageTable => e.kind === 'table');

describe('tables ruled by horizontal rules only (三线表)', () => {
  // Top rule, header rule, bottom rule; the 行政许可 label wrapped over two lines around its numbers.
  const rules = strokes([
    [60, 700, 540, 700],
    [60, 678, 540, 678],
    [60, 600, 540, 600],
  ]);
  const items = [
    run('信息内容', 70, 685), run('上一年项目数量', 200, 685), run('本年增/减', 320, 685), run('处理决定数量', 430, 685),
    run('行政许', 70, 664), run('可', 70, 650),
    run('387', 200, 657), run('-302', 320, 657), run('5862', 430, 657),
    run('其他对外管理服务事项', 70, 628), run('5138', 200, 628), run('-3898', 320, 628), run('0', 430, 628),
  ];

  it('columns from the gaps the rows share, a wrapped label joined into its row', async () => {
    const page = await layout(items, rules);
    const [table] = tablesOf(page.elements);
    expect(table.table.rows).toEqual([
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      ['行政许可', '387', '-302', '5862'],
      ['其他对外管理服务事项', '5138', '-3898', '0'],
    ]);
  });

  it('the same rows drawn in reverse order read the same', async () => {
    const page = await layout([...items].reverse(), rules);
    expect(tablesOf(page.elements)[0].table.rows[1]).toEqual(['行政许可', '387', '-302', '5862']);
  });

  it('a header rule and a footer rule around a page of prose: no table', async () => {
    const prose = [
      run('2020年，全县共主动公开政府信息12345条，其中政府文件240件，政策解读39篇。', 60, 760),
      run('依申请公开方面，全年共受理政府信息公开申请3件，均已按期办结。', 60, 740),
      run('第 2 页', 280, 40),
    ];
    const page = await layout(prose, strokes([[60, 800, 540, 800], [60, 60, 540, 60]]));
    expect(tablesOf(page.elements)).toHaveLength(0);
    expect(page.elements.map((e) => (e.kind === 'line' ? e.text : ''))).toContain('依申请公开方面，全年共受理政府信息公开申请3件，均已按期办结。');
  });

  it('two rules around a heading line only: no table', async () => {
    const page = await layout([run('三、收到和处理政府信息公开申请情况', 60, 690)], strokes([[60, 700, 540, 700], [60, 680, 540, 680]]));
    expect(tablesOf(page.elements)).toHaveLength(0);
  });
});

describe('ruled grids drawn in pieces', () => {
  it('per-cell border pieces and dashes are joined: a missing piece still means a merged cell', async () => {
    // 2 rows × 3 columns; the rule between columns 2 and 3 is missing in row 1 (a spanning header).
    const dashes = (x1: number, y: number, x2: number): number[][] => {
      const out: number[][] = [];
      for (let x = x1; x < x2; x += 10) out.push([x, y, Math.min(x2, x + 9.5), y]);
      return out;
    };
    const lines = [
      ...dashes(60, 700, 360), ...dashes(60, 680, 360), ...dashes(60, 660, 360),
      [60, 700, 60, 660], [160, 700, 160, 660], [260, 680, 260, 660], [360, 700, 360, 660],
    ];
    const page = await layout(
      [run('信息内容', 65, 685), run('本年处理决定数量', 165, 685), run('行政处罚', 65, 665), run('45', 165, 665), run('236', 265, 665)],
      strokes(lines),
    );
    const [table] = tablesOf(page.elements);
    expect(table.table.rows).toEqual([
      ['信息内容', '本年处理决定数量', '本年处理决定数量'],
      ['行政处罚', '45', '236'],
    ]);
    expect(table.table.spanOrigin?.[0]).toEqual([true, true, false]);
  });
});
