/**
 * `npm run bench [-- --reports N --jobs N --repeat N --stages --keep]`: throughput of the whole
 * pipeline beside its floor (reading and extracting the text alone, no later stage), on the same
 * scaled corpus, with one job and with all cores. Prints reports/s, MB/s, CPU time, peak memory
 * (RSS, sampled) and the ratios.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runIfEntryPoint, usageMessage } from './command.js';
import { detectFormat } from '../ingest/index.js';
import { listInputs } from '../ingest/walk.js';
import { runBatch, runExtractOnly } from './batch.js';
import type { Floor } from '../worker/messages.js';
import { assignReportIds } from './report-ids.js';

export const HELP = `Usage: npm run bench -- [options]

Builds a scaled corpus from corpora/ (its files repeated, formats in the same proportion) in a
temporary folder, then measures on the same files, with --jobs 1 and with all cores: the floor
(reading each file and extracting its text alone: pdf-parse's getText for PDFs, decoding for
text and HTML), the pipeline's first stage alone (ingest: text plus table cells and ruling), and
the whole pipeline (all stages, CSV outputs written); then, with
all cores, a re-run over the unchanged corpus (served by the cache the first run filled), and a
check that every run wrote byte-identical outputs.
Each run is a fresh process (so memory is measured apart), timed from its first file: module
loading and worker start-up count, as in a real run.

  --reports N     how many reports in the scaled corpus (default 2000)
  --source DIR    where the sample reports come from (default corpora/)
  --formats LIST  only samples of these formats, e.g. txt or pdf,html (default: all)
  --jobs N        the parallel run's job count (default: the number of cores, ${availableParallelism()} here)
  --repeat N      N rounds of every measurement, each keeping its fastest (default 1): timings
                  on a shared machine vary between identical runs, and its speed drifts, so
                  the runs that are compared are taken close together, round after round; the
                  pipeline/floor ratio of each round and their median are printed too
  --stages        instead: where a report's time goes after ingest — each stage, its CSV rows and
                  its corpus summary, in ms per report, over the samples (extracted once) in this
                  thread, 100 rounds
  --keep          keep the temporary folder (its path is printed)
  -h, --help      show this help
`;

interface Measure {
  label: string;
  jobs: number;
  files: number;
  bytes: number;
  seconds: number;
  /** CPU time of the run's process, all its threads (user + system): steadier than wall time on
   *  a shared machine, and what the cores actually spent. */
  cpuSeconds: number;
  peakRss: number;
}

/** Samples the process RSS (worker threads included) while `work` runs; returns the peak. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakRss: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 25);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peakRss: peak };
  } finally {
    clearInterval(timer);
  }
}

/** Copies the sample reports round-robin into `dir` until there are `count`; returns their paths. */
export async function buildScaledCorpus(samples: readonly string[], count: number, dir: string): Promise<string[]> {
  const width = String(count).length;
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const sample = samples[i % samples.length]!;
    const path = join(dir, `${String(i).padStart(width, '0')}_${basename(sample)}`);
    await copyFile(sample, path);
    paths.push(path);
  }
  return paths;
}

const mb = (bytes: number): number => bytes / 1024 / 1024;

const FLOOR = 'floor: text alone';
const INGEST = 'ingest: text + tables';
const FULL = 'whole pipeline';
const RERUN = 're-run (unchanged)';

/** sha256 over the CSV files of an output folder (names and bytes). */
async function outputsDigest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.csv')).sort()) {
    hash.update(`${name}\0`).update(await readFile(join(dir, name)));
  }
  return hash.digest('hex');
}

function row(m: Measure): string {
  return [
    String(m.jobs).padStart(4),
    m.label.padEnd(24),
    m.seconds.toFixed(2).padStart(8),
    (m.files / m.seconds).toFixed(1).padStart(10),
    (mb(m.bytes) / m.seconds).toFixed(2).padStart(8),
    m.cpuSeconds.toFixed(2).padStart(8),
    `${mb(m.peakRss).toFixed(0)} MB`.padStart(10),
  ].join('  ');
}

type PhaseResult = Omit<Measure, 'label' | 'jobs'>;

/** One measured run in a child process of this script, so that its memory is its own. */
type Phase = Floor | 'full' | 'cached';

function runPhaseProcess(phase: Phase, jobs: number, listFile: string, outDir: string): Promise<PhaseResult> {
  const script = fileURLToPath(import.meta.url);
  const args = [script, '--phase', phase, '--jobs', String(jobs), '--list', listFile, '--out', outDir];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(stdout) as PhaseResult);
      else reject(new Error(`bench ${phase} run with ${jobs} job(s) exited with ${code}`));
    });
  });
}

/** Inside the child: run one phase over the listed files and print its measures as JSON. */
async function runPhase(phase: string, jobs: number, listFile: string, outDir: string): Promise<void> {
  const { paths, reportIds } = JSON.parse(await readFile(listFile, 'utf8')) as { paths: string[]; reportIds: string[] };
  const cpuBefore = process.cpuUsage();
  const { result, peakRss } = await withPeakRss(async () => {
    if (phase === 'plain' || phase === 'ingest') return runExtractOnly(paths, jobs, phase);
    // 'cached': the cache of outDir is used (filled by a first run, served to a re-run)
    const r = await runBatch(paths, reportIds, { outDir, jobs, useCache: phase === 'cached' });
    return { files: r.files, bytes: r.bytes, seconds: r.seconds };
  });
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const measured: PhaseResult = { files: result.files, bytes: result.bytes, seconds: result.seconds, cpuSeconds, peakRss };
  process.stdout.write(JSON.stringify(measured));
}

const STAGE_ROUNDS = 100;

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `--stages`: the table of mean ms per report of each step after ingest. */
async function stageTable(samples: readonly string[]): Promise<string> {
  const { loadSamples, timeStages } = await import('./stage-times.js');
  const loaded = await loadSamples(samples);
  const times = timeStages(loaded, STAGE_ROUNDS);
  const total = times.reduce((a, t) => a + t.ms, 0);
  const lines = [`${loaded.length} sample reports × ${STAGE_ROUNDS} rounds, after ingest, in this thread:`];
  for (const t of times) lines.push(`  ${t.step.padEnd(16)} ${t.ms.toFixed(3).padStart(7)} ms  ${((100 * t.ms) / total).toFixed(0).padStart(3)}%`);
  lines.push(`  ${'total'.padEnd(16)} ${total.toFixed(3).padStart(7)} ms per report`);
  return lines.join('\n') + '\n';
}

export async function main(argv: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        reports: { type: 'string' },
        source: { type: 'string' },
        jobs: { type: 'string' },
        keep: { type: 'boolean' },
        formats: { type: 'string' },
        repeat: { type: 'string' },
        stages: { type: 'boolean' },
        // internal: one measured run, in a child process
        phase: { type: 'string' },
        list: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    process.stderr.write(`bench: ${usageMessage(err)}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const count = Number(values.reports ?? 2000);
  const jobs = Number(values.jobs ?? availableParallelism());
  const repeat = Number(values.repeat ?? 1);
  if (![count, jobs, repeat].every((n) => Number.isInteger(n) && n >= 1)) {
    process.stderr.write('bench: --reports, --jobs and --repeat need whole numbers of 1 or more.\n');
    return 2;
  }
  if (values.phase && values.list && values.out) {
    await runPhase(values.phase, jobs, values.list, values.out);
    return 0;
  }
  const source = values.source ?? 'corpora/';
  const { files } = await listInputs([source]);
  const formats = values.formats ? new Set(values.formats.split(',').map((f) => f.trim())) : null;
  const samples = files.filter(
    (f) => detectFormat(f) !== 'unknown' && !/readme\.md$/i.test(f) && (!formats || formats.has(detectFormat(f))),
  );
  if (!samples.length) {
    process.stderr.write(`bench: no sample reports under ${source}\n`);
    return 2;
  }
  if (values.stages) {
    process.stdout.write(await stageTable(samples));
    return 0;
  }

  const dir = await mkdtemp(join(tmpdir(), 'bench-'));
  try {
    const inputDir = join(dir, 'in');
    await mkdir(inputDir);
    process.stderr.write(`building ${count} reports from ${samples.length} samples in ${inputDir}…\n`);
    const paths = await buildScaledCorpus(samples, count, inputDir);
    const mix = new Map<string, number>();
    for (const p of paths) mix.set(detectFormat(p), (mix.get(detectFormat(p)) ?? 0) + 1);
    const reportIds = await assignReportIds(paths, async () => '');

    const listFile = join(dir, 'inputs.json');
    await writeFile(listFile, JSON.stringify({ paths, reportIds }));
    const jobCounts = [...new Set([1, jobs])];
    const outputs = new Map<string, string>();
    // Each round runs every measurement once, in the same order, and each keeps its fastest round:
    // the machine's speed drifts within minutes, and runs that are compared (a floor and its
    // pipeline) should be close in time, not one's repeats all before the other's.
    const best = new Map<string, Measure>();
    const rounds = new Map<string, Measure[]>();
    const measure = async (round: number, phase: Phase, j: number, label: string, out: string): Promise<void> => {
      process.stderr.write(`jobs ${j}: ${label}${repeat > 1 ? ` (${round}/${repeat})` : ''}…\n`);
      // a first run starts from an empty output folder each time (its cache included)
      if (label !== RERUN) await rm(out, { recursive: true, force: true });
      const run: Measure = { label, jobs: j, ...(await runPhaseProcess(phase, j, listFile, out)) };
      const key = `${label}, jobs ${j}`;
      const kept = best.get(key);
      if (!kept || run.seconds < kept.seconds) best.set(key, run);
      const runs = rounds.get(key);
      if (runs) runs.push(run);
      else rounds.set(key, [run]);
      if (phase === 'full' || phase === 'cached') outputs.set(`${key} (run ${round})`, await outputsDigest(out));
    };
    for (let round = 1; round <= repeat; round++) {
      for (const j of jobCounts) {
        await measure(round, 'plain', j, FLOOR, join(dir, `out-j${j}`));
        await measure(round, 'ingest', j, INGEST, join(dir, `out-j${j}`));
        // the run with all cores fills a fresh cache, as a first `npm run analyze` does
        await measure(round, j === jobs ? 'cached' : 'full', j, FULL, join(dir, `out-j${j}`));
      }
      await measure(round, 'cached', jobs, RERUN, join(dir, `out-j${jobs}`));
    }
    const measures = [...best.values()];
    const rerun = best.get(`${RERUN}, jobs ${jobs}`)!;

    const totalBytes = measures[0]!.bytes;
    const lines = [
      `corpus: ${count} reports (${[...mix].map(([f, n]) => `${n} ${f}`).join(', ')}), ${mb(totalBytes).toFixed(1)} MB`,
      `${'jobs'.padStart(4)}  ${'run'.padEnd(24)}  ${'seconds'.padStart(8)}  ${'reports/s'.padStart(10)}  ${'MB/s'.padStart(8)}  ${'CPU s'.padStart(8)}  ${'peak RSS'.padStart(10)}`,
    ];
    for (const j of jobCounts) {
      const floor = measures.find((m) => m.jobs === j && m.label === FLOOR)!;
      const ingest = measures.find((m) => m.jobs === j && m.label === INGEST)!;
      const full = measures.find((m) => m.jobs === j && m.label === FULL)!;
      lines.push(row(floor), row(ingest), row(full));
      const ratio = (a: Measure, b: Measure) => `${(a.seconds / b.seconds).toFixed(2)}× the time (${(a.cpuSeconds / b.cpuSeconds).toFixed(2)}× the CPU)`;
      lines.push(`${' '.repeat(4)}  pipeline / floor: ${ratio(full, floor)} of reading the files and extracting their text alone`);
      if (repeat > 1) {
        // the same ratio within each round (a floor and its pipeline minutes apart): its spread is
        // the machine's, and the fastest runs above may come from different rounds
        const floors = rounds.get(`${FLOOR}, jobs ${j}`)!;
        const perRound = rounds.get(`${FULL}, jobs ${j}`)!.map((f, i) => f.seconds / floors[i]!.seconds);
        lines.push(`${' '.repeat(4)}  pipeline / floor in each round: ${perRound.map((r) => r.toFixed(2)).join(', ')} (median ${median(perRound).toFixed(2)})`);
      }
      lines.push(`${' '.repeat(4)}  pipeline / ingest: ${ratio(full, ingest)} of the pipeline's first stage alone`);
    }
    const first = measures.find((m) => m.jobs === jobs && m.label === FULL)!;
    lines.push(row(rerun));
    lines.push(`${' '.repeat(4)}  re-run: ${(first.seconds / rerun.seconds).toFixed(1)}× faster than the first run`);
    if (jobCounts.length > 1) {
      const full1 = measures.find((m) => m.jobs === 1 && m.label === FULL)!;
      lines.push(`speed-up of the whole pipeline with ${jobs} jobs: ${(full1.seconds / first.seconds).toFixed(2)}×`);
    }
    const digests = [...outputs.values()];
    lines.push(
      digests.every((d) => d === digests[0])
        ? `outputs: byte-identical across ${[...new Set([...outputs.keys()].map((k) => k.replace(/ \(run \d+\)$/, '')))].join(' / ')}${repeat > 1 ? ` (${digests.length} runs)` : ''}`
        : `outputs DIFFER: ${[...outputs].map(([k, d]) => `${k} ${d.slice(0, 12)}`).join(', ')}`,
    );
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    if (values.keep) process.stderr.write(`kept ${dir}\n`);
    else await rm(dir, { recursive: true, force: true });
  }
  return 0;
}

runIfEntryPoint(import.meta.url, 'bench', main);
