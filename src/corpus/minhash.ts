/**
 * MinHash signatures of character shingles, so that text reuse between reports can be measured
 * from a few hundred numbers per section instead of the texts.
 */

export const SHINGLE = 5;
export const SIGNATURE_SIZE = 128;

/** Text as compared: no whitespace or punctuation, digits folded (years and counts change yearly). */
export function comparableText(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '').replace(/\d/g, '0');
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

/**
 * `minhash(shingles(text, k), size)` computed straight from the text: every k-character window
 * is hashed in place (no substring, no set). A window seen twice cannot lower a minimum twice,
 * so the signature is the same as over the distinct shingles.
 */
export function textSignature(text: string, k = SHINGLE, size = SIGNATURE_SIZE): number[] {
  if (text.length <= k) return minhash(shingles(text, k), size);
  const sig = new Uint32Array(size).fill(0xffffffff);
  for (let start = 0; start + k <= text.length; start++) {
    let h1 = 0x811c9dc5;
    let h2 = (0x811c9dc5 ^ 0x9e3779b9) >>> 0;
    for (let j = start; j < start + k; j++) {
      const c = text.charCodeAt(j);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c, 0x01000193) >>> 0;
    }
    h2 |= 1;
    for (let i = 0; i < size; i++) {
      const h = fmix32((h1 + Math.imul(i, h2)) >>> 0);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return Array.from(sig);
}

/** Estimated Jaccard similarity of the two sets behind two signatures. */
export function jaccard(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/**
 * Share of set A (size nA) that also is in B (size nB), from their Jaccard similarity J:
 * |A∩B| = J·(nA + nB)/(1 + J).
 */
export function containment(j: number, nA: number, nB: number): number {
  if (nA <= 0) return 0;
  return Math.min(1, (j * (nA + nB)) / ((1 + j) * nA));
}
