/** What the main thread and the pipeline workers say to each other (structured-clone friendly). */
import type { FileResult, FileTask, TaskOptions } from './task.js';

/** `bytes`: the file as the main thread read it (a worker then never blocks on the disk); absent
 *  when it could not, and the worker reads it (and says why it cannot). */
export type WorkerRequest =
  | { kind: 'analyze'; task: FileTask; options: TaskOptions; bytes?: Uint8Array }
  | { kind: 'extract'; task: FileTask; floor: Floor; bytes?: Uint8Array };

/** What a benchmark floor run does to a file: `plain` is the text alone as the libraries give it
 *  (pdf-parse's getText for a PDF, decoding for the rest); `ingest` is the pipeline's own first
 *  stage (text plus the tables' cells and ruling). */
export type Floor = 'plain' | 'ingest';

export type ExtractResult = { order: number; bytes: number; ok: boolean };

export type WorkerReply<R = FileResult | ExtractResult> = { ok: true; result: R } | { ok: false; error: string };
