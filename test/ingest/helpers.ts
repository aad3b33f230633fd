import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceTable } from '../../src/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const fixture = (name: string): string => path.join(ROOT, 'test', 'fixtures', name);
export const corpus = (name: string): string => path.join(ROOT, 'corpora', name);
export const bytesOf = (file: string): Uint8Array => new Uint8Array(readFileSync(file));

/** Every file under test/fixtures/ and corpora/ whose name matches, sorted. */
export function repositoryFiles(name: RegExp): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (name.test(entry.name)) found.push(p);
    }
  };
  walk(fixture(''));
  walk(corpus(''));
  return found.sort();
}
export const gold = (id: string): { cells: Record<string, number | null> } =>
  JSON.parse(readFileSync(path.join(ROOT, 'gold', `${id}.json`), 'utf8'));

/** The first table holding a cell with this text. */
export function tableWith(tables: SourceTable[], cellText: string): SourceTable {
  const t = tables.find((tb) => tb.rows.some((row) => row.some((c) => c.includes(cellText))));
  if (!t) throw new Error(`no table with a cell "${cellText}"`);
  return t;
}

/** The row (as cells) whose label cell contains `label`. */
export function rowWith(table: SourceTable, label: string): string[] {
  const row = table.rows.find((r) => r.some((c) => c.includes(label)));
  if (!row) throw new Error(`no row "${label}"`);
  return row;
}

/** The numeric cells of a row, in column order (span copies included once per slot). */
export const numbersOf = (row: string[]): string[] => row.filter((c) => /^[-+]?\d[\d.]*/.test(c.trim()));

/** Lines of the text that are TAB rows. */
export const tabLines = (text: string): string[] => text.split('\n').filter((l) => l.includes('\t'));

/** The seven applicant columns, in table order (outputs.md / report-format.md §4). */
export const APPLICANT_COLUMNS = ['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total'];
