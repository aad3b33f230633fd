/**
 * pdf.js's worker half made for text extraction: three changes to pdfjs-dist's own
 * `pdf.worker.mjs`, applied to its source when a thread first reads a PDF.
 *
 * The first: a composite (Type0, CJK) font whose PDF dictionary carries a ToUnicode map is not
 * parsed. pdf.js otherwise decodes every embedded font program and rebuilds it as an OpenType
 * font a browser would accept (checkAndRepair, sanitizeGlyphLocations, …) — for drawing glyphs,
 * which we never do. That rebuild was ~40% of pdf-parse's time on a Word/WPS report. The text of
 * such a font comes from its ToUnicode map and its widths from the PDF's /W array, both read by
 * pdf.js before the font program; the program can only fill gaps in a *simple* font's mapping
 * (glyph names, built-in encodings), so simple fonts, and fonts without ToUnicode, are parsed
 * as before.
 *
 * The second: a Flate stream (content streams, fonts, cmaps, object streams) is inflated by Node's
 * zlib in one call instead of pdf.js's inflater written in JavaScript (an eighth of the worker's
 * time). Data zlib refuses (cut short, a bad block: pdf.js may read part of it, or fail in its own
 * way) is put back to be read by pdf.js's inflater as before.
 *
 * The third: a character map (a font's ToUnicode) visits its entries by the keys it has instead
 * of testing every code below its length: a CJK map is up to 65,536 slots, mostly empty, and each
 * empty one read was a slow look-up (half of reading a font's ToUnicode). Same entries, same order.
 *
 * test/ingest/pdfjs-text-worker.test.ts checks that text and tables of every PDF fixture are the
 * same as with the unmodified worker.
 *
 * The source is matched exactly (pdf-parse pins pdfjs-dist's version): if the anchor is missing,
 * the derivation fails loudly rather than run a half-patched engine.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';

/** In Font's constructor, after it has read what the PDF says of the font and before it opens the
 *  font program. */
const ANCHOR = '    [type, subtype] = getFontFileType(file, properties);\n';
const SKIP_FONT_PROGRAM =
  '    if (properties.composite && properties.hasIncludedToUnicodeMap) {\n' +
  '      // text extraction: the ToUnicode map and /W widths are all the text needs (see pdfjs-text-worker.ts)\n' +
  '      this.missingFile = true;\n' +
  '      return;\n' +
  '    }\n';

/** Before FlateStream, at the module's top level: the zlib inflater. Node ≥ 20.16 has
 *  getBuiltinModule; without it every stream is read by pdf.js's own inflater. */
const FLATE_CLASS_ANCHOR = 'class FlateStream extends DecodeStream {\n';
const NATIVE_INFLATE =
  '// text extraction: Flate streams inflated by zlib (see pdfjs-text-worker.ts)\n' +
  'const nodeZlib = globalThis.process?.getBuiltinModule?.("zlib") ?? null;\n' +
  'function inflatedNatively(stream) {\n' +
  '  if (!nodeZlib) return false;\n' +
  '  const bytes = stream.str.getBytes();\n' +
  '  try {\n' +
  '    const out = nodeZlib.inflateRawSync(bytes);\n' +
  '    stream.buffer = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);\n' +
  '    stream.bufferLength = out.byteLength;\n' +
  '    stream.eof = true;\n' +
  '    return true;\n' +
  '  } catch {\n' +
  '    stream.str = new Stream(bytes, 0, bytes.length, stream.dict);\n' +
  '    return false;\n' +
  '  }\n' +
  '}\n';
/** At the start of FlateStream.readBlock (its header bytes already read by the constructor). */
const FLATE_READ_ANCHOR = '    let buffer, hdr, len;\n';
const TRY_NATIVE_INFLATE =
  '    if (this.triedNatively === undefined) {\n' +
  '      this.triedNatively = true;\n' +
  '      if (this.bufferLength === 0 && inflatedNatively(this)) return;\n' +
  '    }\n';

/** The head of CMap.forEach's loop over every code below the map's length (up to 0x10000)… */
const CMAP_EVERY_CODE = '      for (let i = 0; i < length; i++) {\n        if (map[i] !== undefined) {\n';
/** …made a loop over the keys the map has (an array's index keys come in ascending order). */
const CMAP_KEYS_ONLY =
  '      // text extraction: only the codes the map has (see pdfjs-text-worker.ts)\n' +
  '      for (const key in map) {\n' +
  '        const i = +key;\n' +
  '        if (map[i] !== undefined) {\n';

/** pdf.js's worker computes paths from its own URL (for optional wasm decoders): keep the original's. */
const OWN_URL = 'import.meta.url';
/** Its source map names positions in the unmodified file, and lies beside that file only. */
const SOURCE_MAP = /\n\/\/# sourceMappingURL=\S+\s*$/;

/** The text-extraction worker's source, from pdfjs-dist's `pdf.worker.mjs` source. */
export function deriveTextExtractionWorker(source: string, originalUrl: string): string {
  let patched = insertBefore(source, ANCHOR, SKIP_FONT_PROGRAM, 'its Font constructor');
  patched = insertBefore(patched, FLATE_CLASS_ANCHOR, NATIVE_INFLATE, 'its FlateStream');
  patched = insertBefore(patched, FLATE_READ_ANCHOR, TRY_NATIVE_INFLATE, 'its FlateStream.readBlock');
  patched = replaceOnce(patched, CMAP_EVERY_CODE, CMAP_KEYS_ONLY, 'its CMap.forEach');
  return patched.split(OWN_URL).join(JSON.stringify(originalUrl)).replace(SOURCE_MAP, '\n');
}

/** `code` inserted before the one occurrence of `anchor`; an error when there is not exactly one. */
function insertBefore(source: string, anchor: string, code: string, where: string): string {
  return replaceOnce(source, anchor, code + anchor, where);
}

/** The one occurrence of `anchor` replaced; an error when there is not exactly one. */
function replaceOnce(source: string, anchor: string, replacement: string, where: string): string {
  const at = source.indexOf(anchor);
  if (at < 0 || source.indexOf(anchor, at + 1) >= 0) {
    throw new Error(`pdf.js's worker is not the version this pipeline knows (${where} changed): update src/ingest/pdfjs-text-worker.ts`);
  }
  return source.slice(0, at) + replacement + source.slice(at + anchor.length);
}

/** Where the unmodified worker lives. */
export function stockWorkerPath(): string {
  return createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
}

/**
 * The derived worker as a module file, as a URL to import. It is written into a folder of this
 * user's under the temp folder, named by its content's hash (a pdfjs-dist update or a changed patch
 * makes a new one), and an existing file is used only if it holds exactly that content: code that
 * this process imports must be what it derived, whoever else can write to the temp folder.
 */
export function textExtractionWorkerUrl(): URL {
  const stock = stockWorkerPath();
  const source = deriveTextExtractionWorker(readFileSync(stock, 'utf8'), pathToFileURL(stock).href);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `gov-transparency-reports${uid === undefined ? '' : `-${uid}`}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const folder = lstatSync(dir);
  if (!folder.isDirectory() || (uid !== undefined && (folder.uid !== uid || (folder.mode & 0o022) !== 0))) {
    throw new Error(`${dir} is not a private folder of this user's`);
  }
  // "pdf.worker" in the name: errors raised inside it are recognised as pdf.js's (pdf.ts)
  const path = join(dir, `pdf.worker.text-extraction.${hash}.mjs`);
  if (!existsSync(path) || readFileSync(path, 'utf8') !== source) {
    // several threads may write it at once: each writes its own file, then renames it into place
    const partial = `${path}.${process.pid}.${threadId}.partial`;
    writeFileSync(partial, source);
    renameSync(partial, path);
  }
  return pathToFileURL(path);
}
