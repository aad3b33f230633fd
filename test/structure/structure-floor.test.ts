/**
 * Regression floor: normalize + sections + verdict + metadata over every corpus file must agree
 * with the gold on every metadata field the gold lists and on the section ids.
 * Text files are read directly; PDF and HTML files go through ingest's `extract`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/index.js';
import { normalizeText } from '../../src/structure/normalize.js';
import { findSections } from '../../src/structure/sections.js';
import { readMeta, reportVerdict } from '../../src/structure/metadata.js';
import { ROOT, corpusTextFiles, gold, organKey, readText } from './corpus.js';

function checkAgainstGold(id: string, raw: string) {
  const g = gold(id);
  const text = normalizeText(raw);
  const sections = findSections(text);
  const verdict = reportVerdict(text, sections);
  const meta = readMeta(text, sections);
  expect(verdict.isReport ? 'ok' : 'not_report').toBe(g.status ?? 'ok');
  if (!verdict.isReport) expect(verdict.reason).not.toBe('');
  if (g.organ != null) expect(organKey(meta.organ)).toBe(organKey(g.organ));
  if (g.year != null) expect(meta.year).toBe(g.year);
  if (g.template != null) expect(meta.template).toBe(g.template);
  if (g.level != null) expect(meta.level).toBe(g.level);
  if (g.sections != null) expect(sections.map((s) => s.id)).toEqual(g.sections);
}

describe('structure floor: corpus text files vs gold', () => {
  const files = corpusTextFiles();
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });
  for (const [id, path] of files) {
    it(id, () => checkAgainstGold(id, readText(path)));
  }
});

describe('structure floor: PDF and HTML files (through ingest) vs gold', () => {
  const dir = `${ROOT}corpora/real/`;
  const files = readdirSync(dir).filter((n) => /\.(pdf|html?|docx)$/i.test(n)).sort();
  it('finds the PDF and HTML files', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });
  for (const name of files) {
    it(name, async () => {
      const extracted = await extract(dir + name, new Uint8Array(readFileSync(dir + name)));
      checkAgainstGold(name.replace(/\.[^.]+$/, ''), extracted.text);
    }, 60_000);
  }
});
