/** Plain text (.txt/.md): UTF-8 ± BOM, UTF-16 with BOM, GB18030 when not valid UTF-8. */
import { type Extracted, IngestError } from '../types.js';
import { decodeText, looksBinaryText } from './encoding.js';

export function extractText(bytes: Uint8Array): Extracted {
  const decoded = decodeText(bytes);
  if (!decoded || looksBinaryText(decoded.text)) {
    throw new IngestError('not a text file: binary content (is it a renamed PDF, Word or image file?)');
  }
  const notes = decoded.charset === 'utf-8' ? [] : [`text encoding ${decoded.charset} (${decoded.how})`];
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new IngestError('empty text file: no characters to read');
  return { format: 'txt', text, tables: [], notes };
}
