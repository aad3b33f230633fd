/**
 * One CSV output file written as a stream (csv-stringify's stream API piped into a file), so
 * memory stays flat however many rows a run produces. UTF-8 with a byte-order mark, a header row,
 * RFC 4180 quoting (fields holding a comma, a quote or a line break are quoted), CRLF records.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify, type Stringifier } from 'csv-stringify';
import type { Row } from './rows.js';

export class CsvFile {
  private readonly stringifier: Stringifier;
  private readonly file: WriteStream;
  private readonly finished: Promise<void>;
  private failure: Error | null = null;

  constructor(
    readonly path: string,
    readonly columns: readonly string[],
  ) {
    this.file = createWriteStream(path);
    this.stringifier = stringify({
      bom: true,
      header: true,
      columns: columns.map((c) => ({ key: String(columns.indexOf(c)), header: c })),
      record_delimiter: 'windows',
      // quote a field holding a lone \n or \r too, not only one holding \r\n
      quote_record_delimiter: true,
      quoted_string: false,
      eof: true,
    });
    const remember = (err: Error): void => {
      this.failure ??= err;
    };
    this.stringifier.on('error', remember);
    this.file.on('error', remember);
    this.stringifier.pipe(this.file);
    this.finished = new Promise<void>((resolve, reject) => {
      this.file.on('close', () => (this.failure ? reject(this.failure) : resolve()));
      this.file.on('error', reject);
    });
  }

  /** Write one row; waits when the file lags behind (back-pressure). */
  async write(row: Row): Promise<void> {
    if (this.failure) throw this.failure;
    if (row.length !== this.columns.length) {
      throw new Error(`${this.path}: row has ${row.length} fields, header has ${this.columns.length}`);
    }
    if (!this.stringifier.write(row)) await once(this.stringifier, 'drain');
  }

  async writeAll(rows: readonly Row[]): Promise<void> {
    for (const row of rows) await this.write(row);
  }

  /** Flush and close; resolves once every byte is on disk. */
  async close(): Promise<void> {
    this.stringifier.end();
    await this.finished;
  }
}
