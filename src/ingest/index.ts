// PLACEHOLDER until the ingest stage lands: the signature is the contract.
import { type Extracted, type Format, IngestError } from '../types.js';

/** Format from the file name; 'unknown' for anything we cannot read. */
export function detectFormat(path: string): Format | 'unknown' {
  const ext = path.toLowerCase().split('.').pop() ?? '';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'html' || ext === 'htm' || ext === 'shtml') return 'html';
  if (ext === 'docx') return 'docx';
  if (ext === 'txt' || ext === 'md') return 'txt';
  return 'unknown';
}

/** Extract text (and table cells where the source has them) from a file's bytes.
 *  Throws IngestError with a message a person understands. */
export async function extract(path: string, bytes: Uint8Array): Promise<Extracted> {
  const format = detectFormat(path);
  if (format !== 'txt') throw new IngestError(`cannot read ${format} yet`);
  return { format, text: new TextDecoder().decode(bytes), tables: [], notes: [] };
}
