/**
 * report_id of each input: the file name without its extension; where two inputs would collide,
 * the later one gets `~` plus the first 8 hex digits of its sha256 (docs/outputs.md).
 */
import { basename, extname } from 'node:path';

export function baseReportId(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext && ext !== name ? name.slice(0, -ext.length) : name;
}

/** Ids in input order. `hashOf` is asked only for the files whose name collides. */
export async function assignReportIds(
  paths: readonly string[],
  hashOf: (path: string) => Promise<string>,
): Promise<string[]> {
  const used = new Set<string>();
  const ids: string[] = [];
  for (const path of paths) {
    let id = baseReportId(path);
    if (used.has(id)) {
      const withHash = `${id}~${(await hashOf(path)).slice(0, 8)}`;
      // Same name and same content twice (a copy in another folder): number the copies.
      id = withHash;
      for (let n = 2; used.has(id); n++) id = `${withHash}~${n}`;
    }
    used.add(id);
    ids.push(id);
  }
  return ids;
}
