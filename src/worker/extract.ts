/** A benchmark floor run on one file: read it and extract its text, no later stage (and without
 *  loading the rest of the pipeline). */
import { extract, plainText } from '../ingest/index.js';
import { readInput } from '../ingest/walk.js';
import type { ExtractResult, Floor } from './messages.js';
import type { FileTask } from './task.js';

export async function extractFile(task: FileTask, floor: Floor, read?: Uint8Array): Promise<ExtractResult> {
  let bytes: Uint8Array;
  try {
    bytes = read ?? (await readInput(task.path));
  } catch {
    return { order: task.order, bytes: 0, ok: false };
  }
  try {
    if (floor === 'plain') await plainText(task.path, bytes);
    else await extract(task.path, bytes);
    return { order: task.order, bytes: bytes.byteLength, ok: true };
  } catch {
    return { order: task.order, bytes: bytes.byteLength, ok: false };
  }
}
