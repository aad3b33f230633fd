/** DOCX via mammoth → HTML → the HTML reader (tables kept with their spans). */
import mammoth from 'mammoth';
import { type Extracted, IngestError } from '../types.js';
import { blocksToText, htmlToBlocks } from './html.js';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export async function extractDocx(bytes: Uint8Array): Promise<Extracted> {
  if (bytes.length === 0) throw new IngestError('empty file (0 bytes)');
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new IngestError('this is an old Word (.doc) file named .docx: open it in Word/WPS and save it as .docx or PDF');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new IngestError('not a DOCX file: it is not a ZIP package (corrupt or renamed file)');
  let html: string;
  const notes: string[] = [];
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    html = result.value;
    const warnings = result.messages.filter((m) => m.type === 'error');
    if (warnings.length > 0) notes.push(`DOCX: ${warnings.length} conversion problem(s), e.g. ${warnings[0].message}`);
  } catch (err) {
    throw new IngestError(`DOCX file is corrupt or not a Word document: ${reason(err)}`);
  }
  const blocks = htmlToBlocks(html);
  const text = blocksToText(blocks);
  if (text.trim() === '') throw new IngestError('DOCX file holds no text (only images? run OCR first)');
  const tables = blocks.flatMap((b) => (b.table ? [b.table] : []));
  return { format: 'docx', text, tables, notes };
}

function reason(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0].slice(0, 200);
}

/** The document's text alone (mammoth's raw text): the benchmark's floor for a DOCX. */
export async function plainDocxText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return result.value;
}
