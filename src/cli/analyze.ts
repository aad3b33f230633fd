/**
 * `npm run analyze -- [INPUT...] [--out DIR] [--jobs N] [--no-cache] [--file-timeout S] [--help]`
 * Exit 0 when the batch ran (even if some files failed), 2 for a usage error.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { runIfEntryPoint, usageMessage } from './command.js';
import { DEFAULT_FILE_TIMEOUT_S, runBatch } from './batch.js';
import { listInputs, readInput } from '../ingest/walk.js';
import { Progress, summaryText } from './progress.js';
import { assignReportIds } from './report-ids.js';
import { createHash } from 'node:crypto';

export const DEFAULT_INPUT = 'corpora/';
export const DEFAULT_OUT = 'outputs/';

export const HELP = `Usage: npm run analyze -- [INPUT...] [options]

Analyse 政府信息公开工作年度报告 (PDF, HTML, DOCX, text) and write CSV files.

  INPUT           files or folders (folders are read recursively); default: ${DEFAULT_INPUT}
  --out DIR       folder for the CSV outputs; default: ${DEFAULT_OUT}
  --jobs N        how many files to analyse in parallel (worker threads);
                  default: the number of CPU cores (${availableParallelism()} here); 1 = no workers
  --no-cache      analyse every file again instead of reusing the results kept in DIR/.cache
                  for files whose content has not changed
  --file-timeout S  fail a file still being analysed after S seconds and go on (default
                  ${DEFAULT_FILE_TIMEOUT_S}; 0 = no limit; with --jobs 1 there is none)
  -h, --help      show this help

Writes reports.csv, sections.csv, cells.csv, claims.csv, findings.csv, problems.csv,
themes.csv and boilerplate.csv (see README.md). Files that cannot be read still get a row in
reports.csv with status "failed" and the reason; the run goes on and exits 0.
Exit status 2 means the command line was wrong (unknown option, input path not found).
`;

export interface AnalyzeOptions {
  inputs: string[];
  outDir: string;
  jobs: number;
  useCache: boolean;
  fileTimeoutSeconds: number;
}

export type ParsedArgs = { kind: 'help' } | { kind: 'error'; message: string } | { kind: 'run'; options: AnalyzeOptions };

/** Read the command line; never exits or throws. */
export function parseAnalyzeArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        'no-cache': { type: 'boolean' },
        'file-timeout': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return { kind: 'error', message: usageMessage(err) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  let jobs = availableParallelism();
  if (values.jobs !== undefined) {
    if (!/^\d+$/.test(values.jobs) || Number(values.jobs) < 1) {
      return { kind: 'error', message: `--jobs needs a whole number of 1 or more, got "${values.jobs}".` };
    }
    jobs = Number(values.jobs);
  }
  let fileTimeoutSeconds = DEFAULT_FILE_TIMEOUT_S;
  if (values['file-timeout'] !== undefined) {
    const t = values['file-timeout'];
    if (!/^\d+(?:\.\d+)?$/.test(t)) return { kind: 'error', message: `--file-timeout needs a number of seconds (0 = no limit), got "${t}".` };
    fileTimeoutSeconds = Number(t);
  }
  if (values.out === '') return { kind: 'error', message: '--out needs a folder name.' };
  return {
    kind: 'run',
    options: {
      inputs: positionals.length ? positionals : [DEFAULT_INPUT],
      outDir: (values.out ?? DEFAULT_OUT).replace(/[\\/]+$/, '') || '.',
      jobs,
      useCache: !values['no-cache'],
      fileTimeoutSeconds,
    },
  };
}

/** Files of each INPUT in the order the INPUTs were given (a folder's files sorted), each once. */
export async function listInputsInOrder(inputs: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    const listed = await listInputs([input]);
    for (const f of listed.files) files.add(f);
    missing.push(...listed.missing);
  }
  return { files: [...files], missing };
}

export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseAnalyzeArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`analyze: ${parsed.message}\n`);
    return 2;
  }
  const { options } = parsed;
  const { files, missing } = await listInputsInOrder(options.inputs);
  if (missing.length) {
    process.stderr.write(
      `analyze: input not found: ${missing.join(', ')}\n` +
        `Give files or folders that exist (default: ${DEFAULT_INPUT}). Run with --help to see the options.\n`,
    );
    return 2;
  }
  if (!files.length) process.stderr.write(`analyze: no report files (pdf, html, docx, txt) under ${options.inputs.join(', ')}\n`);
  const reportIds = await assignReportIds(files, async (path) => createHash('sha256').update(await readInput(path)).digest('hex'));
  const progress = new Progress(files.length);
  process.stderr.write(`analysing ${files.length} file(s) with ${Math.min(options.jobs, Math.max(1, files.length))} job(s)…\n`);
  const summary = await runBatch(files, reportIds, {
    outDir: options.outDir,
    jobs: Math.min(options.jobs, Math.max(1, files.length)),
    useCache: options.useCache,
    fileTimeoutSeconds: options.fileTimeoutSeconds,
    onResult: (r) => progress.tick(r.status),
  });
  process.stderr.write(summaryText(summary, options.outDir));
  return 0;
}

runIfEntryPoint(import.meta.url, 'analyze', main);
