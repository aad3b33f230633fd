import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listInputs, readInput } from '../../src/ingest/walk.js';

function tree(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ingest-walk-'));
  const files = ['b.pdf', 'a.html', 'sub/c.docx', 'sub/deeper/d.txt', '.hidden.txt', '.git/config', 'sub/~$lock.docx', 'sub/Thumbs.db'];
  for (const f of files) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), '一、总体情况');
  }
  return root;
}

describe('listInputs', () => {
  it('searches folders recursively in sorted order, skipping hidden entries and clutter', async () => {
    const root = tree();
    const { files, missing } = await listInputs([root]);
    expect(missing).toEqual([]);
    expect(files.map((f) => path.relative(root, f))).toEqual(['a.html', 'b.pdf', 'sub/c.docx', 'sub/deeper/d.txt']);
  });
  it('mixes files and folders, de-duplicates, reports missing paths', async () => {
    const root = tree();
    const gone = path.join(root, 'nope.pdf');
    const { files, missing } = await listInputs([path.join(root, 'sub'), gone, path.join(root, 'b.pdf'), path.join(root, 'sub', 'c.docx')]);
    expect(files.map((f) => path.relative(root, f))).toEqual(['b.pdf', 'sub/c.docx', 'sub/deeper/d.txt']);
    expect(missing).toEqual([gone]);
  });
  it('keeps a hidden file given explicitly', async () => {
    const root = tree();
    const { files } = await listInputs([path.join(root, '.hidden.txt')]);
    expect(files).toHaveLength(1);
  });
  it('reads a file as bytes', async () => {
    const root = tree();
    const bytes = await readInput(path.join(root, 'a.html'));
    expect(new TextDecoder().decode(bytes)).toBe('一、总体情况');
  });
});
