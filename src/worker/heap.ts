/**
 * Heap settings of a batch's worker threads: a bound on each worker's heap, and how far V8 lets a
 * heap grow past what survived its last full collection.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * Heap limit of a worker. Left to itself, V8 sizes each worker's heap for this machine's memory
 * (24 GB) and lets it grow to ~140 MB, mostly garbage; with a bound it collects sooner. A file
 * that would need more heap than this fails (its worker is replaced); the run goes on.
 */
export const WORKER_HEAP = { maxOldGenerationSizeMb: 512 } as const;

/**
 * After each full collection V8 lets the old generation grow by this much before the next. V8
 * derives the factor from the heap limit: ~1.4× for a 512 MB limit, so a PDF worker (~27 MB live,
 * ~15 MB promoted per file) ran a full collection every file or two, and after each one TurboFan
 * optimizes pdf.js's functions again (compilation was 29% of the CPU). Twice the live size:
 * 2,000 mixed reports with 2 jobs 52 s → 39 s, peak 437 → 461 MB (2.5× was no faster and took
 * 30 MB more; no limit at all, 110 MB more).
 */
export const HEAP_GROWING_PERCENT = 100;

/**
 * Applies HEAP_GROWING_PERCENT to the isolates created from now on (and this one). A V8 flag is
 * process-wide: the batch sets it before it starts its workers; setting it again changes nothing.
 */
export function tuneHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
