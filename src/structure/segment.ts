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
