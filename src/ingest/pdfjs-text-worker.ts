/**
 * pdf.js's worker half made for text extraction: five changes to pdfjs-dist's own
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
 * The fourth: the ruling of a page's tables is read in the text pass (RULING_CAPTURE). The
 * pipeline asked pdf.js for each table page's operator list after its text: a second pass over
 * the same content stream (a third of a PDF's time) for the few operators the ruling needs. The
 * text pass now also follows them — save/restore, transforms, fill and stroke colours, paths and
 * their painting, into form XObjects, and the fonts, text objects and glyphs vertical text needs —
 * with pdf.js's own code for the operator list (its graphics state, colour spaces and path
 * building), and hands them over as one last item of the page's text content: the operators an
 * operator list would have held, of those kinds, in its order. Where it could differ, the pipeline
 * asks for the operator list as before (pdflayout.ts): a page with annotations (their appearance
 * streams are part of an operator list) or a content stream with resources of its own gets no
 * item, and an error or an operator the capture cannot follow marks the item incomplete.
 *
 * The fifth: a graphics state saved by `q` is copied (TEXT_STATE_CLONE_FLAT), not made the
 * prototype of its successor. A Word/WPS page saves and restores the state around every table cell
 * (1,556 times in a five-page report); each chained clone had an object shape of its own, so every
 * read of the state in the text pass and the capture was a megamorphic look-up. A third of a PDF's
 * time on such a report.
 *
 * test/ingest/pdfjs-text-worker.test.ts checks that text and tables of every PDF fixture are the
 * same as with the unmodified worker, and that the ruling operators read in the text pass are
 * those of the operator list.
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

/** Before EvaluatorPreprocessor, at the module's top level: the ruling capture of the text pass. */
const RULING_CLASS_ANCHOR = 'class EvaluatorPreprocessor {\n';
/**
 * The operators the ruling reads, produced as PartialEvaluator.getOperatorList produces them (its
 * cases for these operators, on an EvalState of its own): what an operator list of the same
 * content holds, of these kinds, in the same order. Anything it cannot follow marks it incomplete.
 */
const RULING_CAPTURE = `// text extraction: the ruling read in the text pass (see pdfjs-text-worker.ts)
const RULING_OPS = new Uint8Array(256);
for (const op of [OPS.save, OPS.restore, OPS.transform, OPS.setFillColorSpace, OPS.setStrokeColorSpace, OPS.setFillColor,
  OPS.setStrokeColor, OPS.setFillGray, OPS.setStrokeGray, OPS.setFillCMYKColor, OPS.setStrokeCMYKColor, OPS.setFillRGBColor,
  OPS.setStrokeRGBColor, OPS.setFillColorN, OPS.setStrokeColorN, OPS.moveTo, OPS.lineTo, OPS.curveTo, OPS.curveTo2,
  OPS.curveTo3, OPS.closePath, OPS.rectangle, OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke,
  OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke, OPS.endPath, OPS.setFont, OPS.beginText, OPS.endText,
  OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]) RULING_OPS[op] = 1;
class RulingCapture {
  constructor(status = { complete: true }, fnArray = [], argsArray = [], initialState = new EvalState(), inForm = false) {
    this.status = status;
    this.inForm = inForm;
    /** A setFont whose font the text pass is loading: its loaded name is filled in after. */
    this.pendingFont = null;
    this.fnArray = fnArray;
    this.argsArray = argsArray;
    this.stateManager = new StateManager(initialState);
    this.localColorSpaceCache = new LocalColorSpaceCache();
  }
  /** The capture of a form XObject painted here (getOperatorList's buildFormXObject). */
  forForm(formResources) {
    if (formResources && !(formResources instanceof Dict)) this.status.complete = false;
    this.fillPendingFont();
    return new RulingCapture(this.status, this.fnArray, this.argsArray, this.stateManager.state.clone({ newPath: true }), true);
  }
  fillPendingFont() {
    if (this.pendingFont === null) return;
    this.pendingFont.args[0] = this.pendingFont.state.loadedName;
    this.pendingFont = null;
  }
  /** At the end of a form: the restores an operator list adds for saves left open. */
  end() {
    this.fillPendingFont();
    for (let i = 0, ii = this.stateManager.stateStack.length; i < ii; i++) this.add(OPS.restore, []);
  }
  add(fn, args) {
    this.fnArray.push(fn);
    this.argsArray.push(args);
  }
  addColor(fill, hex) {
    this.add(fill ? OPS.setFillRGBColor : OPS.setStrokeRGBColor, [hex]);
  }
  /** g, G, k, K, rg, RG: the colour space they imply, and the colour. */
  setDeviceColor(fill, cs, args, state) {
    if (fill) state.fillColorSpace = cs;
    else state.strokeColorSpace = cs;
    this.addColor(fill, cs.getRgbHex(args, 0));
    return null;
  }
  item() {
    this.fillPendingFont();
    return { type: "rulingOps", fnArray: this.fnArray, argsArray: this.argsArray, complete: this.status.complete };
  }
  /** Follow one operator; a promise when the pass must wait for it (a colour space to parse). */
  op(fn, args, resources, evaluator, textState) {
    this.fillPendingFont();
    if (RULING_OPS[fn] !== 1 || !this.status.complete) return null;
    try {
      return this.follow(fn, args, resources, evaluator, textState);
    } catch {
      this.status.complete = false;
      return null;
    }
  }
  follow(fn, args, resources, evaluator, textState) {
    const stateManager = this.stateManager;
    const state = stateManager.state;
    switch (fn | 0) {
      // (an operator list leaves out an operator of these kinds that has a dictionary among its
      // operands; its graphics state still follows it)
      case OPS.save:
        stateManager.save();
        if (!args.some(arg => arg instanceof Dict)) this.add(OPS.save, null);
        return null;
      case OPS.restore:
        stateManager.restore();
        if (!args.some(arg => arg instanceof Dict)) this.add(OPS.restore, null);
        return null;
      case OPS.transform:
        if (!args.some(arg => arg instanceof Dict)) this.add(OPS.transform, args.slice());
        return null;
      case OPS.setFillColorSpace:
      case OPS.setStrokeColorSpace: {
        const fill = fn === OPS.setFillColorSpace;
        const parsed = evaluator._getColorSpace(args[0], resources, this.localColorSpaceCache);
        if (parsed instanceof ColorSpace) {
          if (fill) state.fillColorSpace = parsed;
          else state.strokeColorSpace = parsed;
          return null;
        }
        return evaluator._handleColorSpace(parsed).then(colorSpace => {
          if (fill) stateManager.state.fillColorSpace = colorSpace || ColorSpaceUtils.gray;
          else stateManager.state.strokeColorSpace = colorSpace || ColorSpaceUtils.gray;
        }, () => {
          this.status.complete = false;
        });
      }
      case OPS.setFillColor:
      case OPS.setStrokeColor: {
        const fill = fn === OPS.setFillColor;
        this.addColor(fill, (fill ? state.fillColorSpace : state.strokeColorSpace).getRgbHex(args, 0));
        return null;
      }
      case OPS.setFillGray:
      case OPS.setStrokeGray:
        return this.setDeviceColor(fn === OPS.setFillGray, ColorSpaceUtils.gray, args, state);
      case OPS.setFillCMYKColor:
      case OPS.setStrokeCMYKColor:
        return this.setDeviceColor(fn === OPS.setFillCMYKColor, ColorSpaceUtils.cmyk, args, state);
      case OPS.setFillRGBColor:
      case OPS.setStrokeRGBColor:
        return this.setDeviceColor(fn === OPS.setFillRGBColor, ColorSpaceUtils.rgb, args, state);
      case OPS.setFillColorN:
      case OPS.setStrokeColorN: {
        const fill = fn === OPS.setFillColorN;
        const cs = fill ? state.patternFillColorSpace : state.patternStrokeColorSpace;
        if (!cs) {
          if (isNumberArray(args, null)) this.addColor(fill, ColorSpaceUtils.gray.getRgbHex(args, 0));
          return null;
        }
        // a pattern: the operator list holds no colour for it
        if (cs.name !== "Pattern") this.addColor(fill, cs.getRgbHex(args, 0));
        return null;
      }
      case OPS.moveTo:
      case OPS.lineTo:
      case OPS.curveTo:
      case OPS.curveTo2:
      case OPS.curveTo3:
      case OPS.closePath:
      case OPS.rectangle:
        evaluator.buildPath(fn, args, state);
        return null;
      case OPS.stroke:
      case OPS.closeStroke:
      case OPS.fill:
      case OPS.eoFill:
      case OPS.fillStroke:
      case OPS.eoFillStroke:
      case OPS.closeFillStroke:
      case OPS.closeEOFillStroke:
      case OPS.endPath: {
        const { pathBuffer, pathMinMax } = state;
        if (fn === OPS.closeStroke || fn === OPS.closeFillStroke || fn === OPS.closeEOFillStroke) pathBuffer.push(DrawOPS.closePath);
        if (pathBuffer.length === 0) {
          this.add(OPS.constructPath, [fn, [null], null]);
        } else {
          this.add(OPS.constructPath, [fn, [new Float32Array(pathBuffer)], pathMinMax.slice()]);
          pathBuffer.length = 0;
          pathMinMax.set([Infinity, Infinity, -Infinity, -Infinity], 0);
        }
        return null;
      }
      // What vertical text needs (pdflayout.ts fullVerticalText): fonts, text objects, and the
      // glyphs a vertical font shows (the glyphs of other fonts are never read).
      case OPS.setFont: {
        if (!(args[0] instanceof Name)) {
          this.status.complete = false;
          return null;
        }
        const loaded = [null, args[1]];
        this.add(OPS.setFont, loaded);
        if (textState.font && args[0].name === textState.fontName && args[1] === textState.fontSize) {
          // the text pass keeps its font; in a form the name may stand for another font than outside
          if (this.inForm) this.status.complete = false;
          else loaded[0] = textState.loadedName;
        } else {
          this.pendingFont = { args: loaded, state: textState };
        }
        return null;
      }
      case OPS.beginText:
      case OPS.endText:
        if (!args.some(arg => arg instanceof Dict)) this.add(fn, null);
        return null;
      case OPS.showText:
      case OPS.showSpacedText:
      case OPS.nextLineShowText:
      case OPS.nextLineSetSpacingShowText: {
        const font = textState.font;
        if (!font?.vertical) return null;
        let glyphs;
        if (fn === OPS.showSpacedText) {
          glyphs = [];
          for (const arrItem of args[0]) {
            if (typeof arrItem === "string") glyphs.push(...font.charsToGlyphs(arrItem));
            else if (typeof arrItem === "number") glyphs.push(arrItem);
          }
        } else {
          glyphs = font.charsToGlyphs(fn === OPS.nextLineSetSpacingShowText ? args[2] : args[0]);
        }
        this.add(OPS.showText, [glyphs]);
        return null;
      }
    }
    return null;
  }
}
`;

/** getTextContent's parameters: one more, the capture (null: none, as pdf.js's own calls pass). */
const TEXT_PARAMS = '    keepWhiteSpace = false,\n    prevRefs = null,\n    intersector = null\n  }) {\n';
const TEXT_PARAMS_CAPTURING = '    keepWhiteSpace = false,\n    prevRefs = null,\n    intersector = null,\n    rulingCapture = null\n  }) {\n';
/** In getTextContent's loop, each operator as read, before the text cases. */
const TEXT_LOOP = '        const fn = operation.fn;\n        args = operation.args;\n        switch (fn | 0) {\n';
const TEXT_LOOP_CAPTURING =
  '        const fn = operation.fn;\n        args = operation.args;\n' +
  '        if (rulingCapture !== null) {\n' +
  '          // text extraction: the ruling, from this same pass (see pdfjs-text-worker.ts)\n' +
  '          const waitFor = rulingCapture.op(fn, args, resources, self, textState);\n' +
  '          if (waitFor) {\n' +
  '            next(waitFor);\n' +
  '            return;\n' +
  '          }\n' +
  '        }\n' +
  '        switch (fn | 0) {\n';
/** A form XObject without text is skipped when painted again; its ruling still counts. */
const EMPTY_FORM_BY_NAME = '            if (isValidName && emptyXObjectCache.getByName(name)) {\n';
const EMPTY_FORM_BY_NAME_CAPTURING = '            if (rulingCapture === null && isValidName && emptyXObjectCache.getByName(name)) {\n';
const EMPTY_FORM_BY_REF = '                if (emptyXObjectCache.getByRef(xobj)) {\n';
const EMPTY_FORM_BY_REF_CAPTURING = '                if (rulingCapture === null && emptyXObjectCache.getByRef(xobj)) {\n';
/** The text pass into a form XObject: its capture goes along. */
const FORM_PASS =
  '              enqueueChunk();\n              const sinkWrapper = {\n';
const FORM_PASS_CAPTURING =
  '              enqueueChunk();\n              const formCapture = rulingCapture?.forForm(localResources) ?? null;\n              const sinkWrapper = {\n';
const FORM_DONE =
  '                prevRefs: seenRefs\n              }).then(function () {\n                if (!sinkWrapper.enqueueInvoked) {\n                  emptyXObjectCache.set(name, dict.objId, true);\n                }\n                resolveXObject();\n              }, rejectXObject);\n';
const FORM_DONE_CAPTURING =
  '                prevRefs: seenRefs,\n                rulingCapture: formCapture\n              }).then(function () {\n                formCapture?.end();\n' +
  '                if (!sinkWrapper.enqueueInvoked) {\n                  emptyXObjectCache.set(name, dict.objId, true);\n                }\n                resolveXObject();\n' +
  '              }, function (reason) {\n                if (formCapture) formCapture.status.complete = false;\n                rejectXObject(reason);\n              });\n';
/** An XObject or the rest of the page given up on: the operator list may hold what the pass missed. */
const XOBJECT_IGNORED = '                warn(`getTextContent - ignoring XObject: "${reason}".`);\n';
const PASS_IGNORED = '        warn(`getTextContent - ignoring errors during "${task.name}" ` + `task: "${reason}".`);\n';
const MARK_INCOMPLETE = (indent: string): string => `${indent}if (rulingCapture) rulingCapture.status.complete = false;\n`;
/** Page.extractTextContent: the page's capture, sent after its text as one last item. */
const PAGE_TEXT =
  '    return partialEvaluator.getTextContent({\n      stream: contentStream,\n      task,\n      resources,\n      includeMarkedContent,\n      disableNormalization,\n      sink,\n      viewBox: this.view,\n      lang,\n      intersector\n    });\n';
const PAGE_TEXT_CAPTURING =
  '    // text extraction: the ruling read in the same pass (see pdfjs-text-worker.ts). Annotations\n' +
  '    // draw into an operator list, and a content stream\'s own resources are merged for text keys only.\n' +
  '    const ownResources = contentStream.dict?.get("Resources");\n' +
  '    const rulingCapture = this.annotations.length === 0 && !(ownResources instanceof Dict && ownResources.size) ? new RulingCapture() : null;\n' +
  '    await partialEvaluator.getTextContent({\n      stream: contentStream,\n      task,\n      resources,\n      includeMarkedContent,\n      disableNormalization,\n      sink,\n      viewBox: this.view,\n      lang,\n      intersector,\n      rulingCapture\n    });\n' +
  '    if (rulingCapture && sink) sink.enqueue({ items: [rulingCapture.item()], styles: Object.create(null), lang }, 1);\n';

/**
 * TextState and EvalState clones as copies of their own fields (the fifth change). They read the
 * same values as pdf.js's chained clones: a saved state is not changed while it is on the stack,
 * and what a chained clone shared with its parent (the CTM, a path being built) is shared as before.
 */
const TEXT_STATE_CLONE =
  '  clone() {\n    const clone = Object.create(this);\n    clone.textMatrix = this.textMatrix.slice();\n' +
  '    clone.textLineMatrix = this.textLineMatrix.slice();\n    clone.fontMatrix = this.fontMatrix.slice();\n    return clone;\n  }\n}\nclass EvalState {\n';
const TEXT_STATE_CLONE_FLAT =
  '  clone() {\n    // text extraction: a copy, not a child (see pdfjs-text-worker.ts)\n' +
  '    const clone = Object.assign(Object.create(TextState.prototype), this);\n    clone.textMatrix = this.textMatrix.slice();\n' +
  '    clone.textLineMatrix = this.textLineMatrix.slice();\n    clone.fontMatrix = this.fontMatrix.slice();\n    return clone;\n  }\n}\nclass EvalState {\n';
const EVAL_STATE_CLONE =
  '  clone({\n    newPath = false\n  } = {}) {\n    const clone = Object.create(this);\n    if (newPath) {\n';
const EVAL_STATE_CLONE_FLAT =
  '  clone({\n    newPath = false\n  } = {}) {\n    // text extraction: a copy, not a child (see pdfjs-text-worker.ts)\n' +
  '    const clone = Object.assign(Object.create(EvalState.prototype), this);\n    if (newPath) {\n';

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
  patched = insertBefore(patched, RULING_CLASS_ANCHOR, RULING_CAPTURE, 'its EvaluatorPreprocessor');
  patched = replaceOnce(patched, TEXT_PARAMS, TEXT_PARAMS_CAPTURING, "getTextContent's parameters");
  patched = replaceOnce(patched, TEXT_LOOP, TEXT_LOOP_CAPTURING, "getTextContent's loop");
  patched = replaceOnce(patched, EMPTY_FORM_BY_NAME, EMPTY_FORM_BY_NAME_CAPTURING, "getTextContent's empty forms");
  patched = replaceOnce(patched, EMPTY_FORM_BY_REF, EMPTY_FORM_BY_REF_CAPTURING, "getTextContent's empty forms");
  patched = replaceOnce(patched, FORM_PASS, FORM_PASS_CAPTURING, "getTextContent's form XObjects");
  patched = replaceOnce(patched, FORM_DONE, FORM_DONE_CAPTURING, "getTextContent's form XObjects");
  patched = insertBefore(patched, XOBJECT_IGNORED, MARK_INCOMPLETE('                '), "getTextContent's XObject errors");
  patched = insertBefore(patched, PASS_IGNORED, MARK_INCOMPLETE('        '), "getTextContent's errors");
  patched = replaceOnce(patched, PAGE_TEXT, PAGE_TEXT_CAPTURING, 'Page.extractTextContent');
  patched = replaceOnce(patched, TEXT_STATE_CLONE, TEXT_STATE_CLONE_FLAT, 'its TextState.clone');
  patched = replaceOnce(patched, EVAL_STATE_CLONE, EVAL_STATE_CLONE_FLAT, 'its EvalState.clone');
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
