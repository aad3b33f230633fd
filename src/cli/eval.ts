/**
 * `npm run eval [-- --outputs DIR --gold DIR --json]`: score a run's CSV outputs against the gold
 * annotations (gold/README.md) and print a per-area summary and per-report details.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runIfEntryPoint, usageMessage } from './command.js';
import { parseCsvRecords } from '../output/csv-parse.js';
import { evaluate, type EvalResult, type Gold, type Outputs, type Ratio } from './scoring.js';

export const HELP = `Usage: npm run eval -- [options]

Score the CSV outputs of "npm run analyze" against the gold annotations (see gold/README.md).

  --outputs DIR   folder holding reports.csv, cells.csv, … (default: outputs/)
  --gold DIR      folder of gold <report_id>.json files (default: gold/)
  --json          print the full result as JSON instead of the text summary
  --all           list every miss (the text summary shows the first ${10} per report and area)
  -h, --help      show this help
`;

const SHOWN = 10;

async function readCsv(dir: string, name: string): Promise<Outputs[keyof Outputs] | null> {
  try {
    return parseCsvRecords(await readFile(join(dir, `${name}.csv`), 'utf8'));
  } catch {
    return null;
  }
}

export async function loadGold(dir: string): Promise<Gold[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  return Promise.all(names.map(async (n) => JSON.parse(await readFile(join(dir, n), 'utf8')) as Gold));
}

const pct = (r: Ratio): string => (r.score === null ? '   n/a' : `${(r.score * 100).toFixed(1).padStart(5)}%`);
const frac = (r: Ratio): string => `${r.right}/${r.total}`;
const num = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(3));

function limited<T>(items: readonly T[], all: boolean, show: (t: T) => string): string[] {
  const shown = all ? items : items.slice(0, SHOWN);
  const lines = shown.map(show);
  if (shown.length < items.length) lines.push(`    … and ${items.length - shown.length} more (--all lists them)`);
  return lines;
}

export function formatResult(result: EvalResult, outputsDir: string, goldDir: string, all = false): string {
  const lines: string[] = [];
  lines.push(`Evaluation of ${outputsDir} against ${goldDir} (${result.reports.length} gold reports)`, '');
  const fields = Object.entries(result.metadataByField)
    .map(([f, r]) => `${f} ${frac(r)}`)
    .join(', ');
  lines.push(`  metadata            ${pct(result.metadata)}  ${frac(result.metadata)}  (${fields})`);
  lines.push(`  sections            ${pct(result.sections)}  ${frac(result.sections)}`);
  lines.push(`  cells               ${pct(result.cells)}  ${frac(result.cells)}`);
  lines.push(`  findings recall     ${pct(result.findingsRecall)}  ${frac(result.findingsRecall)} required found`);
  lines.push(`  findings precision  ${pct(result.findingsPrecision)}  ${frac(result.findingsPrecision)} error/warning rows right`);
  const t = result.themes;
  lines.push(`  themes              P ${num(t.precision)}  R ${num(t.recall)}  F1 ${num(t.f1)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`);
  lines.push('', 'Per report:');
  for (const r of result.reports) {
    lines.push(
      `${r.reportId}${r.inOutputs ? '' : '  (NOT IN OUTPUTS)'}: metadata ${frac(r.metadata)} · sections ${frac(r.sections)}` +
        ` · cells ${frac(r.cells)} · findings found ${frac(r.findingsRecall)}, rows right ${frac(r.findingsPrecision)}` +
        ` · themes tp ${r.themes.tp} fp ${r.themes.fp} fn ${r.themes.fn}`,
    );
    for (const m of r.metadataMisses) lines.push(`    metadata ${m.field}: expected "${m.expected}", got "${m.got}"`);
    if (r.sectionsMissed.length) lines.push(`    sections not found: ${r.sectionsMissed.join(', ')}`);
    lines.push(
      ...limited(r.cellMisses, all, (c) => `    cell ${c.cell}: expected ${c.expected ?? 'null (blank/absent)'}, got ${c.got || '(empty)'}${c.status ? ` [${c.status}]` : ''}`),
    );
    lines.push(
      ...limited(r.findingsMissed, all, (f) => `    missed finding ${f.rule} at ${f.cell ?? f.cells?.join(';') ?? `"${f.quote ?? ''}"`}${f.note ? ` — ${f.note}` : ''}`),
    );
    lines.push(
      ...limited(r.findingsWrong, all, (w) => `    wrong finding ${w.rule} [${w.status}] cell "${w.cell}" (${w.why === 'not_finding' ? 'a trap of the gold' : 'matches no gold finding'}) evidence "${w.evidence.slice(0, 60)}"`),
    );
    lines.push(...limited(r.themes.unpaired, all, (u) => `    problem item not paired: "${u.slice(0, 40)}"`));
  }
  return lines.join('\n') + '\n';
}

export async function main(argv: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        outputs: { type: 'string' },
        gold: { type: 'string' },
        json: { type: 'boolean' },
        all: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    process.stderr.write(`eval: ${usageMessage(err)}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const outputsDir = values.outputs ?? 'outputs/';
  const goldDir = values.gold ?? 'gold/';
  const golds = await loadGold(goldDir).catch(() => null);
  if (!golds) {
    process.stderr.write(`eval: cannot read gold folder ${goldDir}; give one with --gold DIR.\n`);
    return 2;
  }
  const reports = await readCsv(outputsDir, 'reports');
  if (!reports) {
    process.stderr.write(`eval: no reports.csv in ${outputsDir}; run "npm run analyze" first or give --outputs DIR.\n`);
    return 2;
  }
  const outputs: Outputs = {
    reports,
    sections: (await readCsv(outputsDir, 'sections')) ?? [],
    cells: (await readCsv(outputsDir, 'cells')) ?? [],
    findings: (await readCsv(outputsDir, 'findings')) ?? [],
    problems: (await readCsv(outputsDir, 'problems')) ?? [],
  };
  const result = evaluate(golds, outputs);
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatResult(result, outputsDir, goldDir, values.all));
  return 0;
}

runIfEntryPoint(import.meta.url, 'eval', main);
