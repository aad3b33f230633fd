/** Cell accuracy against the gold over the whole corpus (the measure of outputs.md / gold README). */
import { describe, expect, it } from 'vitest';
import { parseTables } from '../../src/tables/index.js';
import { gold, reportFromFile, scoreCells } from './helpers.js';

const CORPUS = [
  'corpora/seeds/000_c38e258c7dab84f9.txt',
  'corpora/seeds/001_d290f62a263f4c0c.txt',
  'corpora/seeds/002_4daef53b78f10346.txt',
  'corpora/seeds/003_b4cc88434c90d8f5.txt',
  'corpora/seeds/004_5ef633064578115e.txt',
  'corpora/real/hongze-2024.pdf',
  'corpora/real/shuyang-fgj-2023.html',
  'corpora/real/pingtan-2021.txt',
  'corpora/real/pingtan-2022.txt',
  'corpora/real/shanghai-kewei-2024.txt',
  'corpora/real/pingtan-2011-old.txt',
  'corpora/real/pingtan-2014-notreport.txt',
];

describe('cells against the gold, whole corpus', () => {
  it('reaches 99% cell accuracy, and reads most cells of the mangled (no_invent) tables', async () => {
    let right = 0;
    let listed = 0;
    const lines: string[] = [];
    for (const rel of CORPUS) {
      const id = rel.split('/').pop()!.replace(/\.[a-z]+$/, '');
      const g = gold(id);
      const r = await reportFromFile(rel, g.year ?? null);
      const { cells } = parseTables(r);
      const s = scoreCells(cells, g);
      right += s.right;
      listed += s.listed;
      lines.push(`${id}: ${s.right}/${s.listed} ${s.wrong.slice(0, 5).join('; ')}`);
      if (g.cells_mode === 'no_invent') {
        // "unread is fine" must not become "nothing read": most listed cells are read
        const read = Object.keys(g.cells ?? {}).filter((k) => cells.find((c) => c.key === k)?.status === 'ok').length;
        expect(read / Object.keys(g.cells ?? {}).length, `${id}: read ${read}`).toBeGreaterThanOrEqual(0.8);
      }
    }
    expect(right / listed, lines.join('\n')).toBeGreaterThanOrEqual(0.99);
  }, 60000);
});
