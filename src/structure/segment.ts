// PLACEHOLDER until the structure stage lands.
import type { Token } from '../types.js';
/** Segment text into words with offsets (nodejieba, HMM on, domain dictionary loaded once). */
export function segment(text: string, offset = 0): Token[] {
  void text; void offset;
  return [];
}
