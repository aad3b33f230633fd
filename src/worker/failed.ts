/**
 * The result standing for a file that could not be analysed. Kept apart from task.ts so that the
 * main thread can build one (a worker died) without loading the pipeline and its dictionaries.
 */
import { summarize } from '../corpus/index.js';
import { packSummary } from '../corpus/packed.js';
import { reportRows } from '../output/rows.js';
import { reportCsv } from '../output/csv.js';
import { emptyReport, type Format } from '../types.js';
import type { FileResult, FileTask } from './task.js';

export function failedResult(task: FileTask, error: string, format: Format | 'unknown' = 'unknown'): FileResult {
  const source = { path: task.path, reportId: task.reportId, sha256: '', format, bytes: 0 };
  const report = { ...emptyReport(source), status: 'failed' as const, error };
  return {
    order: task.order,
    reportId: task.reportId,
    path: task.path,
    status: 'failed',
    error,
    bytes: 0,
    csv: reportCsv(reportRows(report)),
    summary: packSummary(summarize(report, task.order)),
    cacheKey: '',
    fromCache: false,
  };
}
