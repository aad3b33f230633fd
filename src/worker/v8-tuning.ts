/**
 * V8 settings of a batch: a bound on each worker's heap, how far V8 lets a heap grow past what
 * survived its last full collection, and how hot a function must run before TurboFan optimizes it.
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
 * How much a function's bytecode must execute before V8 considers optimizing it (V8's default is
 * 66 KB). A batch runs the same code for thousands of files, yet each isolate (worker) optimizes
 * it for itself and TurboFan was 18–27% of the CPU, much of it on functions that are warm but not
 * hot. With workers, sixteen times the default: 2,000 mixed reports with 2 jobs, 11% less CPU (two
 * interleaved pairs of runs, 51.6/55.4 → 44.9/49.1 s); four times more again gained nothing, and
 * it still holds (14.5/15.4 s against 15.1/16.6 s at four times, 16.7/16.7 s at twice).
 */
export const INTERRUPT_BUDGET = 1 << 20;

/**
 * With one job, twice the default: TurboFan compiles on V8's background threads, and with one job
 * the other cores are idle, so code optimized early costs no wall time; sixteen times kept pdf.js
 * (one file in twelve of the bench's corpus is a PDF) unoptimized for most of a run. 2,000 mixed
 * reports, one job, four interleaved pairs: 22.8/21.0/18.2/26.5 s at sixteen times the default,
 * 18.8/19.9/19.2/23.4 s at twice (the same CPU time: 24.5 s on average).
 */
export const INTERRUPT_BUDGET_ONE_JOB = 1 << 17;

/**
 * Applies the interrupt budget (INTERRUPT_BUDGET with workers, INTERRUPT_BUDGET_ONE_JOB without),
 * and with worker threads (whose heaps are bounded) HEAP_GROWING_PERCENT, to the isolates created
 * from now on and to this one. V8 flags are process-wide: a batch sets
 * them before it loads the pipeline or starts its workers. (The main thread's own heap is not
 * bounded, so V8 already lets it grow 4× when it runs the pipeline itself.)
 */
export function tuneV8ForBatch(jobs: number): void {
  setFlagsFromString(`--interrupt-budget=${jobs > 1 ? INTERRUPT_BUDGET : INTERRUPT_BUDGET_ONE_JOB}`);
  if (jobs > 1) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
