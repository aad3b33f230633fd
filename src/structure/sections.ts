// PLACEHOLDER until the structure stage lands.
import type { Section } from '../types.js';
/** Find the six sections in normalized text. */
export function findSections(text: string): Section[] {
  void text;
  return [];
}
