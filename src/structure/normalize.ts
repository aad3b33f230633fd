// PLACEHOLDER until the structure stage lands.
/** Normalize extracted text per report-format.md §10. Offsets in every output refer to the result. */
export function normalizeText(raw: string): string {
  return raw.normalize('NFKC').replace(/\r\n?/g, '\n');
}
