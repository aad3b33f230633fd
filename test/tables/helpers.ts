/** Test helpers: reports built from corpus files, and scoring cells against the gold. */
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { extract } from '../../src/ingest/index.js';
import { normalizeText } from '../../src/structure/normalize.js';
import { emptyReport, type Cell, type Report, type SourceTable } from '../../src/types.js';

export const ROOT = join(import.meta.dirname, '..', '..');

export function source(path: string): Report['source'] {
  return { path, reportId: basename(path, extname(path)), sha256: '', format: 'txt', bytes: 0 };
}

/** A report from raw text (tables as TAB rows) and optional SourceTables. */
export function reportFromText(text: string, year: number | null = null, tables: SourceTable[] = [], format: 'txt' | 'html' | 'pdf' | 'docx' = 'txt'): Report {
  const r = emptyReport(source(`mem.${format}`));
  return {
    ...r,
    extracted: { format, text, tables, notes: [] },
    text: normalizeText(text),
    meta: { ...r.meta, year },
  };
}

export function corpusText(rel: string): string {
  return readFileSync(join(ROOT, rel), 'utf8');
}

/** A report from a corpus file through the real ingest stage. */
export async function reportFromFile(rel: string, year: number | null = null): Promise<Report> {
  const path = join(ROOT, rel);
  const bytes = readFileSync(path);
  const extracted = await extract(path, bytes);
  const r = emptyReport(source(path));
  return { ...r, extracted, text: normalizeText(extracted.text), meta: { ...r.meta, year } };
}

export interface GoldFile {
  year?: number;
  cells?: Record<string, number | null>;
  cells_mode?: string;
}

export function gold(id: string): GoldFile {
  return JSON.parse(readFileSync(join(ROOT, 'gold', `${id}.json`), 'utf8')) as GoldFile;
}

/** Cells right / listed, per the gold README's rules, and the wrong ones. */
export function scoreCells(cells: Cell[], g: GoldFile): { right: number; listed: number; wrong: string[] } {
  const byKey = new Map(cells.map((c) => [c.key, c]));
  let right = 0;
  const wrong: string[] = [];
  const entries = Object.entries(g.cells ?? {});
  for (const [key, want] of entries) {
    const c = byKey.get(key);
    let ok: boolean;
    if (want === null) ok = !c || c.status === 'blank' || c.status === 'absent';
    else if (g.cells_mode === 'no_invent' && (!c || c.status !== 'ok')) ok = true;
    else ok = !!c && c.status === 'ok' && c.value !== null && Math.abs(c.value - want) < 0.01 + 1e-9;
    if (ok) right++;
    else wrong.push(`${key}: want ${want} got ${c ? `${c.status}:${c.value}` : 'none'}`);
  }
  return { right, listed: entries.length, wrong };
}

/** A report from raw text with its tables parsed (cells and layout filled), for the check tests. */
export async function tabledFromText(text: string, year: number | null, extra: Partial<Report> = {}): Promise<Report> {
  const { parseTables } = await import('../../src/tables/index.js');
  const r = reportFromText(text, year);
  const { cells, layout } = parseTables(r);
  return { ...r, cells, layout, meta: { ...r.meta, year, template: layout.template }, ...extra };
}

/** The same for a corpus file through ingest. */
export async function tabledFromFile(rel: string, year: number | null): Promise<Report> {
  const { parseTables } = await import('../../src/tables/index.js');
  const r = await reportFromFile(rel, year);
  const { cells, layout } = parseTables(r);
  return { ...r, cells, layout, meta: { ...r.meta, year, template: layout.template } };
}

export const SEEDS = {
  s000: 'corpora/seeds/000_c38e258c7dab84f9.txt',
  s001: 'corpora/seeds/001_d290f62a263f4c0c.txt',
  s002: 'corpora/seeds/002_4daef53b78f10346.txt',
  s003: 'corpora/seeds/003_b4cc88434c90d8f5.txt',
  s004: 'corpora/seeds/004_5ef633064578115e.txt',
} as const;

/** Replace one exact source row (must exist) — to make a real table fail a check. */
export function withRow(text: string, row: string, replacement: string): string {
  if (!text.includes(row)) throw new Error(`row not in text: ${row}`);
  return text.replace(row, replacement);
}
