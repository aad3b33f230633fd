import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAnalyzeArgs } from '../../src/cli/analyze.js';
import { assignReportIds, baseReportId } from '../../src/cli/report-ids.js';
import { runBatch } from '../../src/cli/batch.js';
import { parseCsvRecords } from '../../src/output/csv-parse.js';
import { cacheKey } from '../../src/output/cache.js';
import { PIPELINE_VERSION } from '../../src/pipeline.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seeds = join(root, 'corpora/seeds');
const OUTPUT_FILES = ['reports', 'sections', 'cells', 'claims', 'findings', 'problems', 'themes', 'boilerplate'];

let dir: string;
let inputs: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'analyze-test-'));
  inputs = join(dir, 'in');
  await mkdir(join(inputs, 'sub'), { recursive: true });
  for (const name of (await readdir(seeds)).slice(0, 3)) await copyFile(join(seeds, name), join(inputs, name));
  await copyFile(join(root, 'corpora/real/pingtan-2014-notreport.txt'), join(inputs, 'sub', 'letter.txt'));
  await writeFile(join(inputs, 'sub', 'broken.pdf'), 'this is not a PDF at all');
  await writeFile(join(inputs, 'sub', 'empty.txt'), '');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function analyze(...args: string[]) {
  return spawnSync(process.execPath, ['dist/cli/analyze.js', ...args], { cwd: root, encoding: 'utf8' });
}

async function outputsOf(out: string): Promise<Record<string, Buffer>> {
  const files: Record<string, Buffer> = {};
  for (const name of OUTPUT_FILES) files[name] = await readFile(join(out, `${name}.csv`));
  return files;
}

describe('command line', () => {
  it('reads options and defaults', () => {
    expect(parseAnalyzeArgs([])).toMatchObject({ kind: 'run', options: { inputs: ['corpora/'], outDir: 'outputs', useCache: true } });
    expect(parseAnalyzeArgs(['a.pdf', 'b/', '--out', 'x/', '--jobs', '3', '--no-cache'])).toEqual({
      kind: 'run',
      options: { inputs: ['a.pdf', 'b/'], outDir: 'x', jobs: 3, useCache: false, fileTimeoutSeconds: 300 },
    });
    expect(parseAnalyzeArgs(['--help']).kind).toBe('help');
    expect(parseAnalyzeArgs(['--jobs', '0'])).toMatchObject({ kind: 'error' });
    expect(parseAnalyzeArgs(['--file-timeout', '2.5'])).toMatchObject({ kind: 'run', options: { fileTimeoutSeconds: 2.5 } });
    expect(parseAnalyzeArgs(['--file-timeout', 'soon'])).toMatchObject({ kind: 'error', message: expect.stringContaining('seconds') });
    expect(parseAnalyzeArgs(['--frobnicate'])).toMatchObject({ kind: 'error', message: expect.stringContaining('--help') });
  });

  it('exits 2 with advice for an unknown option or a missing input', () => {
    const unknown = analyze('--frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/frobnicate.*\n.*--help/);
    const missing = analyze(join(dir, 'no-such-folder'), '--out', join(dir, 'never'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('input not found');
  });

  it('explains every option with --help', () => {
    const help = analyze('--help');
    expect(help.status).toBe(0);
    for (const option of ['--out', '--jobs', '--no-cache', '--help']) expect(help.stdout).toContain(option);
  });
});

describe('report ids', () => {
  it('drops the extension and gives a colliding later file ~ and its hash', async () => {
    expect(baseReportId('corpora/seeds/003_b4cc88434c90d8f5.txt')).toBe('003_b4cc88434c90d8f5');
    const asked: string[] = [];
    const hashOf = async (p: string) => (asked.push(p), 'deadbeef00');
    const ids = await assignReportIds(['a/x.txt', 'b/x.pdf', 'c/y.txt', 'd/x.txt'], hashOf);
    expect(asked).toEqual(['b/x.pdf', 'd/x.txt']);
    expect(ids).toEqual(['x', 'x~deadbeef', 'y', 'x~deadbeef~2']);
  });
});

describe('a batch', () => {
  it('exits 0 with broken files, one reports row per input in input order', async () => {
    const out = join(dir, 'out-broken');
    const r = analyze(inputs, '--out', out, '--jobs', '2');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/analysed 6 file\(s\)/);
    expect(r.stderr).toContain(out);
    const reports = parseCsvRecords(await readFile(join(out, 'reports.csv'), 'utf8'));
    expect(reports.map((x) => x['report_id'])).toEqual([
      ...(await readdir(seeds)).slice(0, 3).map(baseReportId),
      'broken',
      'empty',
      'letter',
    ]);
    const broken = reports.find((x) => x['report_id'] === 'broken')!;
    expect(broken['status']).toBe('failed');
    expect(broken['error']).not.toBe('');
    expect(reports.find((x) => x['report_id'] === 'letter')!['status']).not.toBe('ok');
  });

  it('writes byte-identical outputs with --jobs 1 and --jobs 2', async () => {
    const one = join(dir, 'out-j1');
    const two = join(dir, 'out-j2');
    expect(analyze(inputs, seeds, '--out', one, '--jobs', '1', '--no-cache').status).toBe(0);
    expect(analyze(inputs, seeds, '--out', two, '--jobs', '2', '--no-cache').status).toBe(0);
    expect(await outputsOf(two)).toEqual(await outputsOf(one));
  });

  it('reuses the cache for unchanged files and redoes a changed one, same bytes out', async () => {
    const input = join(dir, 'cached-in');
    await mkdir(input, { recursive: true });
    for (const name of (await readdir(seeds)).slice(0, 3)) await copyFile(join(seeds, name), join(input, name));
    const out = join(dir, 'out-cache');
    const first = analyze(input, '--out', out, '--jobs', '2');
    expect(first.stderr).not.toContain('from the cache');
    const firstOutputs = await outputsOf(out);
    const second = analyze(input, '--out', out, '--jobs', '2');
    expect(second.stderr).toContain('(3 unchanged, taken from the cache)');
    expect(await outputsOf(out)).toEqual(firstOutputs);

    const changed = join(input, (await readdir(input))[0]!);
    await writeFile(changed, (await readFile(changed, 'utf8')).replace('一、总体情况', '一、总体情况\n\n补充说明。'));
    const third = analyze(input, '--out', out, '--jobs', '1');
    expect(third.stderr).toContain('(2 unchanged, taken from the cache)');
    const noCache = analyze(input, '--out', out, '--no-cache');
    expect(noCache.stderr).not.toContain('from the cache');
  });

  it('keys the cache on content, pipeline version and fingerprint, report id and path', () => {
    const base = { pipelineVersion: PIPELINE_VERSION, fingerprint: '12'.repeat(32), contentSha256: 'ab'.repeat(32), reportId: 'x', path: 'in/x.txt' };
    const key = cacheKey(base);
    expect(cacheKey({ ...base })).toBe(key);
    expect(cacheKey({ ...base, pipelineVersion: `${PIPELINE_VERSION}+1` })).not.toBe(key);
    expect(cacheKey({ ...base, contentSha256: 'cd'.repeat(32) })).not.toBe(key);
    expect(cacheKey({ ...base, reportId: 'x~12345678' })).not.toBe(key);
    expect(cacheKey({ ...base, path: 'in/sub/x.txt' })).not.toBe(key);
    expect(cacheKey({ ...base, fingerprint: '13'.repeat(32) })).not.toBe(key);
  });

  it('turns a file that vanished before its turn into a failed row inside a worker, and goes on', async () => {
    const out = join(dir, 'out-vanished');
    const files = [join(seeds, (await readdir(seeds))[0]!), join(dir, 'vanished.txt'), join(seeds, (await readdir(seeds))[1]!)];
    const summary = await runBatch(files, ['a', 'vanished', 'b'], { outDir: out, jobs: 2, useCache: false });
    expect(summary.counts.failed).toBeGreaterThanOrEqual(1);
    const reports = parseCsvRecords(await readFile(join(out, 'reports.csv'), 'utf8'));
    expect(reports.map((r) => r['report_id'])).toEqual(['a', 'vanished', 'b']);
    expect(reports[1]!['status']).toBe('failed');
    expect(reports[1]!['error']).toContain('cannot read file');
  });
});

describe('input order', () => {
  it('keeps the order of the INPUTs given, a folder sorted, each file once', async () => {
    const { listInputsInOrder } = await import('../../src/cli/analyze.js');
    const letter = join(inputs, 'sub', 'letter.txt');
    const listed = await listInputsInOrder([letter, join(inputs, 'sub'), join(dir, 'nope')]);
    expect(listed.files).toEqual([letter, join(inputs, 'sub', 'broken.pdf'), join(inputs, 'sub', 'empty.txt')]);
    expect(listed.missing).toEqual([join(dir, 'nope')]);
  });
});
