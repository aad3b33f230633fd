import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/batch.js';
import { cacheKey, readCacheEntry } from '../../src/output/cache.js';
import { CODE_DIR, pipelineFingerprint, pipelineRoots, type FingerprintRoot } from '../../src/output/fingerprint.js';
import { PIPELINE_VERSION, sha256 } from '../../src/pipeline.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = await mkdtemp(join(tmpdir(), 'fingerprint-test-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A miniature build: code (with a source map beside it) and a dictionary folder. */
async function miniBuild(name: string): Promise<FingerprintRoot[]> {
  const code = join(dir, name, 'dist');
  const data = join(dir, name, 'data');
  await mkdir(join(code, 'claims'), { recursive: true });
  await mkdir(join(data, 'jieba'), { recursive: true });
  await writeFile(join(code, 'pipeline.js'), "export const PIPELINE_VERSION = '0.1.0';\n");
  await writeFile(join(code, 'claims', 'numbers.js'), 'export const UNITS = ["件", "项", "人次"];\n');
  await writeFile(join(code, 'claims', 'numbers.js.map'), '{"version":3}');
  await writeFile(join(data, 'dict.txt'), '政府信息公开 10 n\n依申请公开 10 n\n');
  await writeFile(join(data, 'jieba', 'idf.utf8'), '公开 1.0\n');
  return pipelineRoots(code).slice(0, 1).concat([{ dir: data, include: () => true }]);
}

describe('pipelineFingerprint', () => {
  it('is stable for unchanged files and changes with any edit of code or dictionary', async () => {
    const roots = await miniBuild('a');
    const [code, data] = [roots[0]!.dir, roots[1]!.dir];
    const first = await pipelineFingerprint(roots);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await pipelineFingerprint(roots)).toBe(first);
    // the same files elsewhere give the same fingerprint (paths are relative)
    expect(await pipelineFingerprint(await miniBuild('b'))).toBe(first);

    await writeFile(join(code, 'claims', 'numbers.js'), 'export const UNITS = ["件", "项", "人次", "户"];\n');
    const codeEdited = await pipelineFingerprint(roots);
    expect(codeEdited).not.toBe(first);

    await writeFile(join(data, 'dict.txt'), '政府信息公开 10 n\n依申请公开 10 n\n主动公开 10 n\n');
    const dictEdited = await pipelineFingerprint(roots);
    expect(dictEdited).not.toBe(codeEdited);

    await rename(join(data, 'jieba', 'idf.utf8'), join(data, 'jieba', 'idf2.utf8'));
    expect(await pipelineFingerprint(roots)).not.toBe(dictEdited);
  });

  it('ignores what does not run: source maps and declarations', async () => {
    const roots = await miniBuild('c');
    const before = await pipelineFingerprint(roots);
    await writeFile(join(roots[0]!.dir, 'claims', 'numbers.js.map'), '{"version":3,"mappings":"AAAA"}');
    await writeFile(join(roots[0]!.dir, 'claims', 'numbers.d.ts'), 'export declare const UNITS: string[];\n');
    expect(await pipelineFingerprint(roots)).toBe(before);
  });

  it('covers this package: its code, data/ and the lockfile', async () => {
    const roots = pipelineRoots();
    expect(roots[0]!.dir).toBe(CODE_DIR);
    expect(roots.map((r) => r.dir)).toContain(join(root, 'data'));
    expect((await readdir(join(root, 'data'))).length).toBeGreaterThan(0);
    expect(roots[2]!.include('package-lock.json')).toBe(true);
    expect(roots[2]!.recursive).toBe(false);
  });
});

describe('a run keys its cache entries on the fingerprint', () => {
  it('stores each file under a key holding the current fingerprint', async () => {
    const input = join(dir, 'in', '003_b4cc88434c90d8f5.txt');
    await mkdir(join(dir, 'in'), { recursive: true });
    const bytes = await readFile(join(root, 'corpora/seeds/003_b4cc88434c90d8f5.txt'));
    await writeFile(input, bytes);
    const out = join(dir, 'out');
    const summary = await runBatch([input], ['r1'], { outDir: out, jobs: 1, useCache: true });
    expect(summary.fromCache).toBe(0);
    const fingerprint = await pipelineFingerprint(pipelineRoots(CODE_DIR));
    const key = cacheKey({ pipelineVersion: PIPELINE_VERSION, fingerprint, contentSha256: sha256(bytes), reportId: 'r1', path: input });
    expect(await readCacheEntry(join(out, '.cache'), key)).not.toBeNull();
    const again = await runBatch([input], ['r1'], { outDir: out, jobs: 1, useCache: true });
    expect(again.fromCache).toBe(1);
  });
});
