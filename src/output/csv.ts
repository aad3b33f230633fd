/**
 * CSV text and CSV files. UTF-8 with a byte-order mark, a header row, RFC 4180 quoting (fields
 * holding a comma, a quote or a line break are quoted), CRLF records — csv-stringify's rules.
 *
 * A report's records are formatted where it was analysed (in its worker: `reportCsv`), so the
 * main thread only appends one string per file and report: at 100 reports a second, formatting
 * and writing row by row through a stream in the main thread took a core's fifth away from the
 * workers. A file is written as a stream with back-pressure, so memory stays flat however many
 * rows a run produces.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { COLUMNS, REPORT_FILES, type ReportFile, type ReportRows, type Row } from './rows.js';

/** RFC 4180 as csv-stringify writes it with our options (record_delimiter 'windows',
 *  quote_record_delimiter): a field is quoted when it holds a quote, a comma, CR or LF, and its
 *  quotes are doubled. Written out here because it runs on every field of every report: ~4% of a
 *  worker's time through csv-stringify, a tenth of that here (test/output/csv.test.ts checks the
 *  bytes against csv-stringify). */
const NEEDS_QUOTES = /[",\r\n]/;

function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csvRecord(row: readonly string[]): string {
  let out = '';
  for (let i = 0; i < row.length; i++) out += i > 0 ? `,${csvField(row[i]!)}` : csvField(row[i]!);
  return `${out}\r\n`;
}

/** The records of `rows` as CSV text (no header); throws when a row does not fit the columns. */
export function csvRecords(columns: readonly string[], rows: readonly Row[], file = 'csv'): string {
  let out = '';
  for (const row of rows) {
    if (row.length !== columns.length) throw new Error(`${file}: row has ${row.length} fields, header has ${columns.length}`);
    out += csvRecord(row);
  }
  return out;
}

/** The start of a CSV file: the byte-order mark and the header record. */
export function csvHeader(columns: readonly string[]): string {
  return `\ufeff${csvRecord(columns)}`;
}

/** CSV records as text, or as its UTF-8 bytes (as the cache stores them: a re-run appends them
 *  without decoding). */
export type CsvText = string | Uint8Array;

/** One report's records, file by file, ready to append. */
export type ReportCsv = Record<ReportFile, CsvText>;

/** The records as text, whichever form they are in. */
export function csvString(text: CsvText): string {
  return typeof text === 'string' ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString('utf8');
}

export function reportCsv(rows: ReportRows): Record<ReportFile, string> {
  const out = {} as Record<ReportFile, string>;
  for (const name of REPORT_FILES) out[name] = csvRecords(COLUMNS[name], rows[name], `${name}.csv`);
  return out;
}

/** Records are gathered up to this many characters before they go to the file: one write a
 *  report and file was ~12,000 small writes for 2,000 reports, 3.5% of a text report's time. */
const FLUSH_CHARS = 1 << 16;

/**
 * How many bytes a file may have in flight before a writer waits for them to reach the disk. A
 * stream's default (16 KB) is less than one flush of FLUSH_CHARS characters (~190 KB of UTF-8
 * Chinese), so every flush waited for its write to finish: the main thread sat idle that long
 * (3% of a run with --jobs 1). A few flushes' worth keeps memory bounded and the thread busy.
 */
export const WRITE_BUFFER_BYTES = 1 << 20;

export class CsvFile {
  private readonly file: WriteStream;
  private pending = '';
  private readonly finished: Promise<void>;
  private failure: Error | null = null;

  constructor(
    readonly path: string,
    readonly columns: readonly string[],
  ) {
    this.file = createWriteStream(path, { highWaterMark: WRITE_BUFFER_BYTES });
    this.file.on('error', (err: Error) => {
      this.failure ??= err;
    });
    this.finished = new Promise<void>((resolve, reject) => {
      this.file.on('close', () => (this.failure ? reject(this.failure) : resolve()));
      this.file.on('error', reject);
    });
    this.file.write(csvHeader(columns));
  }

  /** Append records already formatted (csvRecords); waits when the file lags behind. */
  async append(text: CsvText): Promise<void> {
    if (this.failure) throw this.failure;
    if (typeof text === 'string') {
      this.pending += text;
      if (this.pending.length >= FLUSH_CHARS) await this.flush();
      return;
    }
    if (text.byteLength === 0) return;
    await this.flush();
    if (!this.file.write(text)) await once(this.file, 'drain');
  }

  private async flush(): Promise<void> {
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    if (!this.file.write(text)) await once(this.file, 'drain');
  }

  /** Write one row. */
  async write(row: Row): Promise<void> {
    await this.writeAll([row]);
  }

  async writeAll(rows: readonly Row[]): Promise<void> {
    await this.append(csvRecords(this.columns, rows, this.path));
  }

  /** Flush and close; resolves once every byte is on disk. */
  async close(): Promise<void> {
    await this.flush();
    this.file.end();
    await this.finished;
  }
}
