/** The floor of the benchmark: read a file and extract its text, no later stage (and without
 *  loading the rest of the pipeline). */
import { extract } from '../ingest/index.js';
import { readInput } from '../ingest/walk.js';
import type { ExtractResult } from './messages.js';
import type { FileTask } from './task.js';

export async function extractFile(task: FileTask): Promise<ExtractResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(task.path);
  } catch {
    return { order: task.order, bytes: 0, ok: false };
  }
  try {
    await extract(task.path, bytes);
    return { order: task.order, bytes: bytes.byteLength, ok: true };
  } catch {
    return { order: task.order, bytes: bytes.byteLength, ok: false };
  }
}
