/**
 * The output folder of one run: opens every CSV file, appends each report's rows as the CLI hands
 * them over (already in input order), then the corpus stage's findings, themes and boilerplate.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorpusResult } from '../types.js';
import { CsvFile, type ReportCsv } from './csv.js';
import {
  COLUMNS,
  CORPUS_FILES,
  REPORT_FILES,
  boilerplateRow,
  findingRow,
  themeRow,
  type OutputFile,
} from './rows.js';

export function outputPath(dir: string, file: OutputFile): string {
  return join(dir, `${file}.csv`);
}

export class OutputWriter {
  private constructor(
    readonly dir: string,
    private readonly files: Record<OutputFile, CsvFile>,
  ) {}

  static async open(dir: string): Promise<OutputWriter> {
    await mkdir(dir, { recursive: true });
    const files = {} as Record<OutputFile, CsvFile>;
    for (const name of [...REPORT_FILES, ...CORPUS_FILES]) files[name] = new CsvFile(outputPath(dir, name), COLUMNS[name]);
    return new OutputWriter(dir, files);
  }

  /** Append one report's records (reportCsv) to every per-report file. */
  async writeReport(csv: ReportCsv): Promise<void> {
    for (const name of REPORT_FILES) await this.files[name].append(csv[name]);
  }

  /** Append the corpus-wide findings and write themes.csv and boilerplate.csv. */
  async writeCorpus(result: CorpusResult): Promise<void> {
    await this.files.findings.writeAll(result.findings.map(({ reportId, finding }) => findingRow(reportId, finding)));
    await this.files.themes.writeAll(result.themes.map(themeRow));
    await this.files.boilerplate.writeAll(result.boilerplate.map(boilerplateRow));
  }

  async close(): Promise<void> {
    await Promise.all(Object.values(this.files).map((f) => f.close()));
  }

  /** Paths of the files written, for the closing summary. */
  paths(): string[] {
    return [...REPORT_FILES, ...CORPUS_FILES].map((name) => outputPath(this.dir, name));
  }
}
