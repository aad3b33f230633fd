/**
 * Fingerprint of the pipeline itself, part of every cache key: a hash of the code that runs
 * (dist/**\/*.js at run time; src/**\/*.ts under vitest) and of the data it loads (data/**:
 * dictionaries, taxonomy) and of the locked dependency versions. Any change to code, dictionaries
 * or dependencies re-analyses every file, even when PIPELINE_VERSION was not bumped. Computed
 * once per run in the main thread (~2 MB of files, a few milliseconds) and handed to the workers.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The code root this module was loaded from: dist/ when built, src/ when run from sources. */
export const CODE_DIR = fileURLToPath(new URL('../', import.meta.url));
/** The package root (the folder holding dist/, src/, data/). */
export const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const DATA_DIR = join(PACKAGE_DIR, 'data');

/** A folder whose files (those `include` accepts) go into the fingerprint. */
export interface FingerprintRoot {
  dir: string;
  include: (relativePath: string) => boolean;
  /** Search sub-folders too (default true). */
  recursive?: boolean;
}

/** Code: modules and JSON, not source maps, declarations or the compiler's build info. */
const isCode = (p: string): boolean => /\.(?:[cm]?js|ts|json)$/.test(p) && !/\.d\.[cm]?ts$/.test(p);
const anyFile = (): boolean => true;

/** The folders that make up the pipeline run from `codeDir` (its code, data/, package-lock.json). */
export function pipelineRoots(codeDir: string = CODE_DIR): FingerprintRoot[] {
  return [
    { dir: codeDir, include: isCode },
    { dir: DATA_DIR, include: anyFile },
    // only the top level: the package root holds node_modules/
    { dir: PACKAGE_DIR, include: (p) => p === 'package-lock.json', recursive: false },
  ];
}

/** Every file under `dir` (recursively, hidden ones too), as paths relative to it; [] if none. */
async function filesUnder({ dir, include, recursive = true }: FingerprintRoot): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter(include)
    .sort();
}

/**
 * sha256 over every file of the roots: each root's files in sorted order, each as its relative
 * path, its length and its bytes (so renaming, moving or editing any file changes the result).
 */
export async function pipelineFingerprint(roots: readonly FingerprintRoot[] = pipelineRoots()): Promise<string> {
  const hash = createHash('sha256');
  for (const [i, root] of roots.entries()) {
    hash.update(`root ${i}\0`);
    for (const path of await filesUnder(root)) {
      const bytes = await readFile(join(root.dir, path));
      hash.update(`${path}\0${bytes.byteLength}\0`).update(bytes);
    }
  }
  return hash.digest('hex');
}
