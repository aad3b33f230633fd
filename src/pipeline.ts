/**
 * The pipeline: ingest → structure → tables → claims → checks → themes.
 * Ingest is the only async step (it reads PDFs); after it, the report flows through a list of
 * small pure stages. Output (CSV rows) and the corpus stage live elsewhere.
 */
import { createHash } from 'node:crypto';
import { extract, detectFormat } from './ingest/index.js';
import { normalizeText } from './structure/normalize.js';
import { findSections } from './structure/sections.js';
import { readMeta, decideTemplate, levelFromTables, reportVerdict } from './structure/metadata.js';
import { segment } from './structure/segment.js';
import { parseTables } from './tables/index.js';
import { extractClaims } from './claims/index.js';
import { runChecks } from './checks/registry.js';
import { problemItems } from './themes/index.js';
import { type Report, type Section, type Source, type Stage, type Token, IngestError, emptyReport } from './types.js';

export { PIPELINE_VERSION } from './version.js';

export const stages: readonly Stage[] = [
  {
    name: 'normalize',
    run: (r) => ({ ...r, text: normalizeText(r.extracted?.text ?? '') }),
  },
  {
    name: 'sections',
    run: (r) => ({ ...r, sections: findSections(r.text) }),
  },
  {
    name: 'report-verdict',
    run: (r) => {
      const verdict = reportVerdict(r.text, r.sections);
      return verdict.isReport ? r : { ...r, status: 'not_report', error: verdict.reason };
    },
  },
  {
    name: 'metadata',
    run: (r) => ({ ...r, meta: readMeta(r.text, r.sections) }),
  },
  { name: 'segment', run: (r) => ({ ...r, tokens: lazySectionTokens(r.text, r.sections) }) },
  {
    name: 'tables',
    run: (r) => {
      const { cells, layout } = parseTables(r);
      return { ...r, cells, layout, meta: { ...r.meta, template: decideTemplate(r.meta, layout), level: levelFromTables(r.meta, cells) } };
    },
  },
  { name: 'claims', run: (r) => ({ ...r, claims: extractClaims(r) }) },
  { name: 'checks', run: (r) => ({ ...r, findings: runChecks(r) }) },
  { name: 'problems', run: (r) => ({ ...r, problems: problemItems(r) }) },
];

/**
 * Each section's words, segmented the first time a stage reads them (then kept). Segmenting every
 * section up front was an eighth of a text report's time, spent even when no stage reads the
 * tokens; the object still enumerates, serializes and compares like a plain record.
 */
export function lazySectionTokens(text: string, sections: readonly Section[]): Report['tokens'] {
  const tokens: Report['tokens'] = {};
  for (const s of sections) {
    let words: Token[] | undefined;
    Object.defineProperty(tokens, s.id, {
      enumerable: true,
      configurable: true,
      get: () => (words ??= segment(text.slice(s.bodyStart, s.end), s.bodyStart)),
    });
  }
  return tokens;
}

/** Stages that still run on a document that is not a report (so its row says what it is). */
const NOT_REPORT_STAGES = new Set(['normalize', 'sections', 'report-verdict', 'metadata']);

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Describe an input file before analysis. `reportId` must already be unique in the run;
 *  `contentSha256` is the bytes' hash when the caller has it already (the cache key's). */
export function makeSource(path: string, reportId: string, bytes: Uint8Array, contentSha256 = sha256(bytes)): Source {
  return { path, reportId, sha256: contentSha256, format: detectFormat(path), bytes: bytes.byteLength };
}

/** Run the synchronous stages over an extracted report; `onStage` hears how long each took
 *  (`npm run bench -- --stages`). */
export function runStages(report: Report, onStage?: (stage: string, ms: number) => void): Report {
  let r = report;
  for (const stage of stages) {
    if (r.status === 'failed') break;
    if (r.status === 'not_report' && !NOT_REPORT_STAGES.has(stage.name)) continue;
    if (!onStage) {
      r = stage.run(r);
      continue;
    }
    const started = performance.now();
    r = stage.run(r);
    onStage(stage.name, performance.now() - started);
  }
  return r;
}

/** Analyze one file's bytes end to end. Never throws: a broken file comes back as status failed. */
export async function analyze(source: Source, bytes: Uint8Array): Promise<Report> {
  const report = emptyReport(source);
  try {
    const extracted = await extract(source.path, bytes);
    return runStages({ ...report, extracted });
  } catch (err) {
    const message =
      err instanceof IngestError ? err.message : `internal error: ${err instanceof Error ? err.message : String(err)}`;
    return { ...report, status: 'failed', error: message };
  }
}
