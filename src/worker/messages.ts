/** What the main thread and the pipeline workers say to each other (structured-clone friendly). */
import type { FileResult, FileTask, TaskOptions } from './task.js';

export type WorkerRequest =
  | { kind: 'analyze'; task: FileTask; options: TaskOptions }
  | { kind: 'extract'; task: FileTask };

export type ExtractResult = { order: number; bytes: number; ok: boolean };

export type WorkerReply<R = FileResult | ExtractResult> = { ok: true; result: R } | { ok: false; error: string };
