import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { cutWords, segment } from '../../src/structure/segment.js';
import { piecesOf, SegmenterHost } from '../../src/structure/segmenter.js';
import { lazySectionTokens } from '../../src/pipeline.js';
import { normalizeText } from '../../src/structure/normalize.js';
import { findSections } from '../../src/structure/sections.js';
import { corpus } from './corpus.js';

const dist = (path: string) => new URL(`../../dist/${path}`, import.meta.url);
const text = normalizeText(corpus('003'));

/** A worker thread (plain JS) that segments `texts` through the segmenter channel it is given. */
function remoteWords(host: SegmenterHost, texts: string[]): Promise<string[][]> {
  const code = `
    const { workerData, parentPort } = require('node:worker_threads');
    import(${JSON.stringify(dist('structure/segment.js').href)}).then(({ cutWords }) =>
      parentPort.postMessage(workerData.texts.map((t) => cutWords(t))));`;
  const worker = new Worker(code, { eval: true, workerData: { segmenter: host.channel(), texts } });
  return new Promise((resolve, reject) => {
    worker.once('message', (m: string[][]) => void worker.terminate().then(() => resolve(m)));
    worker.once('error', reject);
  });
}

describe('the shared segmenter thread', () => {
  const host = new SegmenterHost(dist('structure/segmenter-thread.js'), 4096);
  afterAll(() => host.close());

  it('gives a worker exactly the words of a local nodejieba, long texts included', async () => {
    const texts = ['', '主动公开政府信息数491条，其中政府网站5条', '兑付资金1.95万元', text.slice(0, 3000), text];
    expect(text.length).toBeGreaterThan(4096); // sent in pieces through a 4096-character channel
    const local = texts.map((t) => cutWords(t));
    expect(await remoteWords(host, texts)).toEqual(local);
  });

  it('serves several workers at once, each its own answers', async () => {
    const a = text.slice(0, 1500);
    const b = text.slice(1500, 3000);
    const [ra, rb] = await Promise.all([remoteWords(host, [a, b, a]), remoteWords(host, [b, a, b])]);
    expect(ra).toEqual([cutWords(a), cutWords(b), cutWords(a)]);
    expect(rb).toEqual([cutWords(b), cutWords(a), cutWords(b)]);
  });
});

describe('piecesOf', () => {
  it('cuts after line breaks, never losing a character', () => {
    const pieces = piecesOf(text, 1000);
    expect(pieces.join('')).toBe(text);
    expect(pieces.every((p) => p.length <= 1000)).toBe(true);
    const longestLine = Math.max(...text.split('\n').map((l) => l.length));
    const byLines = piecesOf(text, longestLine + 1);
    expect(byLines.join('')).toBe(text);
    expect(byLines.slice(0, -1).every((p) => p.endsWith('\n'))).toBe(true);
    expect(piecesOf('无换行'.repeat(10), 7).join('')).toBe('无换行'.repeat(10));
  });

  it('jieba gives the same words for the pieces as for the whole', () => {
    expect(piecesOf(text, 1000).flatMap((p) => cutWords(p))).toEqual(cutWords(text));
  });
});

describe('lazySectionTokens', () => {
  it('gives each section the tokens of segmenting it up front, only when read', () => {
    const sections = findSections(text);
    const tokens = lazySectionTokens(text, sections);
    expect(Object.keys(tokens)).toEqual([...new Set(sections.map((s) => s.id))]);
    for (const s of sections) expect(tokens[s.id]).toEqual(segment(text.slice(s.bodyStart, s.end), s.bodyStart));
    expect(tokens.problems).toBe(tokens.problems); // segmented once, then kept
    expect({ ...{ tokens } }.tokens.overview).toEqual(tokens.overview);
  });
});

