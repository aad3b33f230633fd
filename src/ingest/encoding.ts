/**
 * Character-set detection and decoding for text and HTML inputs.
 *
 * Chinese government pages and exported text come in UTF-8 (with or without BOM),
 * GB2312/GBK/GB18030 (decoded as GB18030, a superset of both) and now and then UTF-16.
 */

import { isUtf8 } from 'node:buffer';

export type Charset = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface Decoded {
  text: string;
  charset: Charset;
  /** How the charset was decided, for notes: "BOM", "meta", "utf-8 valid", "fallback" … */
  how: string;
}

/** Names seen in `<meta charset>` mapped to the decoder we use (GB2312/GBK → GB18030, a superset). */
const CHARSET_ALIASES: Record<string, Charset> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb18030: 'gb18030',
  'gb_2312-80': 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  'x-euc-cn': 'gb18030',
  'euc-cn': 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  // ASCII and Latin-1 declarations on Chinese pages are almost always wrong; let validity decide.
};

/** Charset from a byte-order mark, with the BOM's length. */
export function charsetFromBom(bytes: Uint8Array): { charset: Charset; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** Map a declared charset label to a decoder, or null when we do not know it / do not trust it. */
export function normalizeCharsetLabel(label: string): Charset | null {
  return CHARSET_ALIASES[label.trim().toLowerCase().replace(/^["']|["']$/g, '')] ?? null;
}

/** Charset declared by `<meta charset>` or `<meta http-equiv="Content-Type" content="…charset=…">`
 *  (or an XML declaration), looking only at the head of the file as the HTML spec does. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 4096));
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([-\w.:]+)/i.exec(head);
  if (meta) return meta[1];
  const xml = /<\?xml\b[^>]*\bencoding\s*=\s*["']([-\w.:]+)/i.exec(head);
  return xml ? xml[1] : null;
}

/** True when the bytes are well-formed UTF-8 (validated without decoding them: the file is then
 *  decoded once, by the charset chosen). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/** True when the bytes contain non-ASCII bytes (so UTF-8 validity says something). */
function hasHighBytes(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

/** UTF-16 without a BOM: many NUL bytes, all on one parity. */
function sniffUtf16(bytes: Uint8Array): Charset | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Share of the first 8 KB that are control bytes no text file holds (NUL, and C0 except TAB/LF/CR/FF/ESC). */
export function binaryShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) bad++;
  }
  return bad / n;
}

/** Decode bytes with a known charset (no BOM stripping). */
export function decodeAs(bytes: Uint8Array, charset: Charset): string {
  return new TextDecoder(charset).decode(bytes);
}

/**
 * Decode a text or HTML file: BOM first, then (for HTML) the declared charset,
 * then UTF-8 if the bytes are valid UTF-8, else GB18030.
 * Returns null when the content is binary rather than text.
 */
export function decodeText(bytes: Uint8Array, opts: { html?: boolean } = {}): Decoded | null {
  const bom = charsetFromBom(bytes);
  if (bom) return { text: decodeAs(bytes.subarray(bom.length), bom.charset), charset: bom.charset, how: 'BOM' };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decodeAs(bytes, utf16), charset: utf16, how: 'UTF-16 without BOM (NUL pattern)' };
  if (binaryShare(bytes) > 0.01) return null;

  const validUtf8 = isValidUtf8(bytes);
  if (opts.html) {
    const label = declaredHtmlCharset(bytes);
    const declared = label ? normalizeCharsetLabel(label) : null;
    if (declared === 'utf-8' && !validUtf8) {
      return { text: decodeAs(bytes, 'gb18030'), charset: 'gb18030', how: `declared ${label} but not valid UTF-8; read as GB18030` };
    }
    if (declared && declared !== 'utf-8' && validUtf8 && hasHighBytes(bytes)) {
      // GBK text is practically never valid UTF-8 when it holds Chinese; the declaration is stale.
      return { text: decodeAs(bytes, 'utf-8'), charset: 'utf-8', how: `declared ${label} but the bytes are valid UTF-8` };
    }
    if (declared) return { text: decodeAs(bytes, declared), charset: declared, how: `declared ${label}` };
  }
  if (validUtf8) return { text: decodeAs(bytes, 'utf-8'), charset: 'utf-8', how: 'valid UTF-8' };
  return { text: decodeAs(bytes, 'gb18030'), charset: 'gb18030', how: 'not valid UTF-8; read as GB18030' };
}

/** True when decoded text still looks like binary junk (replacement characters or control codes). */
export function looksBinaryText(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let bad = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0xe000 && c <= 0xf8ff)) bad++;
  }
  return bad / sample.length > 0.05;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}
