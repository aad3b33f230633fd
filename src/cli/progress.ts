/**
 * Progress of a run on stderr: a live bar redrawn in place on a terminal, plain lines every few
 * seconds otherwise (logs, CI), and a closing summary.
 */
import type { ReportStatus } from '../types.js';
import type { BatchSummary } from './batch.js';

export interface ProgressSink {
  write(text: string): unknown;
  isTTY?: boolean;
}

const BAR_WIDTH = 28;
const TTY_REDRAW_MS = 100;
const PLAIN_EVERY_MS = 5000;

export class Progress {
  private done = 0;
  private readonly counts: Record<ReportStatus, number> = { ok: 0, failed: 0, not_report: 0 };
  private readonly started = Date.now();
  private lastDraw = 0;

  constructor(
    private readonly total: number,
    private readonly sink: ProgressSink = process.stderr,
  ) {}

  tick(status: ReportStatus): void {
    this.done++;
    this.counts[status]++;
    const now = Date.now();
    const last = this.done === this.total;
    if (this.sink.isTTY) {
      if (last || now - this.lastDraw >= TTY_REDRAW_MS) {
        this.sink.write(`\r${this.line(now)}\x1b[K${last ? '\n' : ''}`);
        this.lastDraw = now;
      }
    } else if (now - this.lastDraw >= PLAIN_EVERY_MS || last) {
      this.sink.write(`${this.line(now)}\n`);
      this.lastDraw = now;
    }
  }

  private line(now: number): string {
    const share = this.total ? this.done / this.total : 1;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const eta = rate > 0 ? (this.total - this.done) / rate : 0;
    const head = this.sink.isTTY
      ? `[${'#'.repeat(Math.round(share * BAR_WIDTH)).padEnd(BAR_WIDTH, '.')}] `
      : 'progress: ';
    return (
      `${head}${this.done}/${this.total} (${Math.round(share * 100)}%)` +
      ` ok ${this.counts.ok} · failed ${this.counts.failed} · not reports ${this.counts.not_report}` +
      ` · ${rate.toFixed(1)} files/s` +
      (this.done < this.total ? ` · about ${formatDuration(eta)} left` : '')
    );
  }
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const m = Math.floor(seconds / 60);
  return `${m}m${Math.round(seconds - m * 60)}s`;
}

/** The closing summary of a run. */
export function summaryText(summary: BatchSummary, outDir: string): string {
  const c = summary.counts;
  const lines = [
    `analysed ${summary.files} file(s) in ${formatDuration(summary.seconds)}: ` +
      `${c.ok} ok, ${c.failed} failed, ${c.not_report} not reports` +
      (summary.fromCache ? ` (${summary.fromCache} unchanged, taken from the cache)` : ''),
  ];
  if (summary.workerRestarts) lines.push(`${summary.workerRestarts} worker thread(s) died and were restarted`);
  if (c.failed) lines.push(`why files failed: see the error column of ${outDir}/reports.csv`);
  lines.push(`outputs written to ${outDir}/ (${summary.outputs.map((p) => p.split(/[\\/]/).pop()).join(', ')})`);
  return lines.join('\n') + '\n';
}
