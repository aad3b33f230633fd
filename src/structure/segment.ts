/**
 * Word segmentation with nodejieba (HMM on, so numbers such as 491 or 1.95 stay one token),
 * with the domain dictionary data/dict.txt. This is the ONLY module that loads nodejieba:
 * its `load` sets per-thread state, so it runs once, here, at module load (or, in a batch's
 * pipeline worker, not at all: see cutWords).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { workerData } from 'node:worker_threads';
import type { Token } from '../types.js';
import { isSegmenterChannel, remoteCut } from './segmenter.js';

interface Jieba {
  load(opts: { dict?: string; userDict?: string; idfDict?: string }): unknown;
  cut(text: string, hmm?: boolean): string[];
}

/** data/dict.txt at the package root: two levels up from src/structure/ (vitest) and dist/structure/ (run time). */
export const USER_DICT_PATH = fileURLToPath(new URL('../../data/dict.txt', import.meta.url));
/** The 120k most frequent words of jieba's dictionary (scripts/build-jieba-dict.mjs): the full one
 *  costs ~250 MB of trie per worker, this one ~90 MB, with the same cuts on report text. */
export const CORE_DICT_PATH = fileURLToPath(new URL('../../data/jieba/core.dict.utf8', import.meta.url));
/** We never extract keywords; nodejieba's loader still wants an IDF file, so it gets a one-line one. */
const IDF_PATH = fileURLToPath(new URL('../../data/jieba/idf.utf8', import.meta.url));

/** nodejieba loaded here, with our dictionaries. */
function localCut(): (text: string) => string[] {
  const jieba = createRequire(import.meta.url)('nodejieba') as Jieba;
  jieba.load({ dict: CORE_DICT_PATH, userDict: USER_DICT_PATH, idfDict: IDF_PATH });
  return (text) => jieba.cut(text, true);
}

/**
 * jieba's cut (HMM on). In a pipeline worker of a batch, the one segmenter thread's
 * (segmenter.ts: the dictionaries are loaded once per run, not once per worker); elsewhere
 * (--jobs 1, tests, the segmenter thread itself) nodejieba is loaded here, at module load.
 */
const channel = (workerData as { segmenter?: unknown } | null)?.segmenter;
export const cutWords: (text: string) => string[] = isSegmenterChannel(channel) ? remoteCut(channel) : localCut();

/** A line break between two texts keeps their words apart: jieba cuts at it and segments each side
 *  on its own (cppjieba's pre-filter), so several texts can share one call. */
const JOIN = '\n';

/**
 * The words of several texts, as `texts.map((t) => segment(t))` gives them, from one segmenter
 * call: in a batch's worker each call is a round trip to the segmenter thread, and a report's
 * claims and problem items would otherwise make dozens. A word found straddling two texts (never
 * seen; it would mean jieba joined across the line break) makes those texts be cut on their own.
 */
export function segmentMany(texts: readonly string[]): Token[][] {
  const out: Token[][] = texts.map(() => []);
  const present = texts.map((t, i) => i).filter((i) => texts[i]!.length > 0);
  if (present.length <= 1) {
    for (const i of present) out[i] = segment(texts[i]!);
    return out;
  }
  const starts: number[] = [];
  let joined = '';
  for (const i of present) {
    if (joined.length > 0) joined += JOIN;
    starts.push(joined.length);
    joined += texts[i]!;
  }
  const straddled = new Set<number>();
  let k = 0;
  for (const t of segment(joined)) {
    while (k + 1 < present.length && t.start >= starts[k + 1]!) k++;
    const i = present[k]!;
    const base = starts[k]!;
    if (t.end > base + texts[i]!.length) {
      for (let j = k; j < present.length && starts[j]! < t.end; j++) straddled.add(present[j]!);
      continue;
    }
    out[i]!.push({ word: t.word, start: t.start - base, end: t.end - base });
  }
  for (const i of straddled) out[i] = segment(texts[i]!);
  return out;
}

/**
 * `segment(text, offset)` answered from words cut beforehand by one `segmentMany` call over the
 * texts a stage knows it will ask for; any other text is segmented when asked.
 */
export function presegmented(texts: Iterable<string>): (text: string, offset?: number) => Token[] {
  const unique = [...new Set(texts)];
  const words = new Map<string, Token[]>();
  segmentMany(unique).forEach((tokens, i) => words.set(unique[i]!, tokens));
  return (text, offset = 0) => {
    const known = words.get(text);
    if (!known) return segment(text, offset);
    return offset === 0 ? known.map((t) => ({ ...t })) : known.map((t) => ({ word: t.word, start: t.start + offset, end: t.end + offset }));
  };
}

/** Segment text into words with offsets (nodejieba, HMM on, domain dictionary loaded once).
 *  `offset` is added to every position, so a section body's tokens point into the whole text.
 *  Whitespace tokens are dropped. */
export function segment(text: string, offset = 0): Token[] {
  if (!text) return [];
  const tokens: Token[] = [];
  let pos = 0;
  for (const word of cutWords(text)) {
    // jieba returns the text cut into consecutive pieces; search forward only as a safeguard.
    const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
    if (at < 0) continue;
    pos = at + word.length;
    if (word.trim() === '') continue;
    tokens.push({ word, start: offset + at, end: offset + pos });
  }
  return tokens;
}
