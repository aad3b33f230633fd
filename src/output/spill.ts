/**
 * The reports' summaries, kept on disk until the corpus stage: one JSON line each, appended as
 * the reports are written, read back once the workers are gone. Held in memory, 10,000 summaries
 * (~5 KB each) grew the main thread by ~50 MB while the workers were at their peak.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { WRITE_BUFFER_BYTES } from './csv.js';

export class SummarySpill<T> {
  private readonly file: WriteStream;
  private failure: Error | null = null;

  private constructor(readonly path: string) {
    this.file = createWriteStream(path, { highWaterMark: WRITE_BUFFER_BYTES });
    this.file.on('error', (err: Error) => {
      this.failure ??= err;
    });
  }

  /** A spill file in `dir` (created if needed), unique to this run. */
  static async open<T>(dir: string): Promise<SummarySpill<T>> {
    await mkdir(dir, { recursive: true });
    return new SummarySpill<T>(join(dir, `summaries-${process.pid}-${Date.now()}.jsonl`));
  }

  async add(item: T): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.file.write(`${JSON.stringify(item)}\n`)) await once(this.file, 'drain');
  }

  /** Every item added, in order; then the file is removed. */
  async readAll(): Promise<T[]> {
    this.file.end();
    await once(this.file, 'close');
    if (this.failure) throw this.failure;
    const items: T[] = [];
    const lines = createInterface({ input: createReadStream(this.path, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) if (line) items.push(JSON.parse(line) as T);
    await this.discard();
    return items;
  }

  /** Remove the file (after a failed run too). */
  async discard(): Promise<void> {
    if (!this.file.closed) {
      this.file.end();
      await once(this.file, 'close').catch(() => undefined);
    }
    await rm(this.path, { force: true });
  }
}
