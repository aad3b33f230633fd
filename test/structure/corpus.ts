/** Test helpers: read corpus text files and their gold answers (tests only; the pipeline reads files via ingest). */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface GoldMeta {
  report_id: string;
  organ?: string | null;
  year?: number | null;
  template?: string | null;
  level?: string | null;
  status?: string | null;
  sections?: string[] | null;
}

/** Every corpus .txt file: [report id, path]. */
export function corpusTextFiles(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const dir of ['corpora/seeds', 'corpora/real']) {
    for (const name of readdirSync(ROOT + dir).sort()) {
      if (name.endsWith('.txt')) out.push([name.replace(/\.txt$/, ''), `${ROOT}${dir}/${name}`]);
    }
  }
  return out;
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** A corpus file by its report id (seeds are found by their prefix, e.g. "003"). */
export function corpus(id: string): string {
  const hit = corpusTextFiles().find(([rid]) => rid === id || rid.startsWith(`${id}_`));
  if (!hit) throw new Error(`no corpus text file ${id}`);
  return readText(hit[1]);
}

export function gold(reportId: string): GoldMeta {
  return JSON.parse(readFileSync(`${ROOT}gold/${reportId}.json`, 'utf8')) as GoldMeta;
}

/** Organ as scored: whitespace and 人民政府 removed. */
export function organKey(organ: string): string {
  return organ.replace(/\s+/g, '').replace(/人民政府/g, '');
}
