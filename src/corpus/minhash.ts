/**
 * Sketches of character shingles, so that text reuse between reports can be measured from a few
 * hundred numbers per section instead of the texts: bottom-k sketches for text reuse, classical
 * MinHash signatures (one minimum per hash function) for the banded look-up of boilerplate.
 */

export const SHINGLE = 5;
export const SIGNATURE_SIZE = 128;

/** What comparableText drops: whitespace, punctuation, symbols (by code point). */
const DROPPED = /^[\s\p{P}\p{S}]$/u;
/** For each UTF-16 code unit below the surrogates, 1 when DROPPED: a Unicode-property regex over
 *  every section's text was 1% of a report; the table takes ~7 ms to build, once per thread. */
const BMP_DROPPED = new Uint8Array(0xd800);
for (let code = 0; code < 0xd800; code++) BMP_DROPPED[code] = DROPPED.test(String.fromCharCode(code)) ? 1 : 0;

/** Text as compared: no whitespace or punctuation, digits folded (years and counts change yearly).
 *  What `text.replace(/[\s\p{P}\p{S}]/gu, '').replace(/\d/g, '0')` gives, in one pass. */
export function comparableText(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x31 && code <= 0x39) {
      out += text.slice(from, i) + '0';
      from = i + 1;
    } else if (code < 0xd800) {
      if (BMP_DROPPED[code] === 1) {
        out += text.slice(from, i);
        from = i + 1;
      }
    } else {
      // a code point above the surrogates, or a surrogate pair (one code point), or a lone surrogate
      const point = String.fromCodePoint(text.codePointAt(i)!);
      if (DROPPED.test(point)) {
        out += text.slice(from, i);
        from = i + point.length;
      }
      i += point.length - 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Distinct character shingles of a text (the whole text when shorter than one shingle). */
export function shingles(text: string, k = SHINGLE): Set<string> {
  const out = new Set<string>();
  if (text.length === 0) return out;
  if (text.length <= k) {
    out.add(text);
    return out;
  }
  for (let i = 0; i + k <= text.length; i++) out.add(text.slice(i, i + k));
  return out;
}

/** FNV-1a, 32 bits. */
function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Murmur3's finalizer: spreads the bits of a 32-bit value. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** MinHash signature of a set of shingles: the i-th hash is fmix(h1 + i·h2) (double hashing). */
export function minhash(set: Iterable<string>, size = SIGNATURE_SIZE): number[] {
  const sig = new Array<number>(size).fill(0xffffffff);
  for (const s of set) {
    const h1 = fnv1a(s, 0);
    const h2 = fnv1a(s, 0x9e3779b9) | 1;
    for (let i = 0; i < size; i++) {
      const h = fmix32((h1 + Math.imul(i, h2)) >>> 0);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Hash of a text's k-character window at `start` (FNV-1a, then Murmur3's finalizer). */
function windowHash(text: string, start: number, k: number): number {
  let h = 0x811c9dc5;
  for (let j = start; j < start + k; j++) h = Math.imul(h ^ text.charCodeAt(j), 0x01000193) >>> 0;
  return fmix32(h);
}

/**
 * A bottom-k sketch of a text's distinct k-character shingles: the `size` smallest distinct
 * shingle hashes, ascending (all of them when there are fewer). One hash per window, where a
 * classical MinHash signature needs `size` (it was 9% of a text report's time); a text shorter
 * than one shingle is its own single shingle.
 */
export function textSignature(text: string, k = SHINGLE, size = SIGNATURE_SIZE): number[] {
  if (text.length === 0) return [];
  const best = new Uint32Array(size);
  let n = 0;
  const add = (h: number): void => {
    if (n === size && h >= best[size - 1]!) return;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (best[mid]! < h) lo = mid + 1;
      else hi = mid;
    }
    if (lo < n && best[lo] === h) return;
    best.copyWithin(lo + 1, lo, Math.min(n, size - 1));
    best[lo] = h;
    if (n < size) n++;
  };
  if (text.length <= k) add(windowHash(text, 0, text.length));
  else for (let start = 0; start + k <= text.length; start++) add(windowHash(text, start, k));
  return Array.from(best.subarray(0, n));
}

/**
 * Jaccard similarity of the two sets behind two bottom-k sketches (Broder): among the `size`
 * smallest hashes of their union — the first `size` of the two merged lists — the share found in
 * both. Exact when both sets are smaller than `size`.
 */
export function sketchJaccard(a: readonly number[], b: readonly number[], size = SIGNATURE_SIZE): number {
  let i = 0;
  let j = 0;
  let taken = 0;
  let same = 0;
  while (taken < size && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) i++;
    else if (i >= a.length || b[j]! < a[i]!) j++;
    else {
      same++;
      i++;
      j++;
    }
    taken++;
  }
  return taken === 0 ? 0 : same / taken;
}

/**
 * Share of set A (size nA) that also is in B (size nB), from their Jaccard similarity J:
 * |A∩B| = J·(nA + nB)/(1 + J).
 */
export function containment(j: number, nA: number, nB: number): number {
  if (nA <= 0) return 0;
  return Math.min(1, (j * (nA + nB)) / ((1 + j) * nA));
}
