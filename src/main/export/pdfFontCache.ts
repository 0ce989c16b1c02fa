import { readFileSync } from 'node:fs'
import PDFDocument from 'pdfkit'

/**
 * Fonts parsed and words shaped once per process, not once per export.
 *
 * pdfmake builds a new pdfkit document for every PDF, and pdfkit opens every font afresh for each
 * document: it reads the file, fontkit decodes the substitution and positioning tables again, and
 * its cache of shaped words (`layoutCache`) starts empty. Shaping words with fontkit was most of an
 * export's time (profiled with `node --cpu-prof`, see scripts/bench/profilePdf.ts). Here:
 *
 * - pdfmake reads the font files through a virtual file system that hands it the same bytes every
 *   time (read from disk the first time a text needs that font);
 * - the first document to open a font keeps its fontkit font for the process, and later documents
 *   use that one (its decoded tables and glyphs) with a subset of their own, so each PDF still
 *   embeds only the glyphs it draws;
 * - shaped words are shared between documents, including runs drawn with their own OpenType
 *   features (accented Latin), which pdfkit never caches.
 *
 * A shaped word is the same in every document (same font file, same features): pdfkit and this
 * module treat the cached runs as read-only. The shared caches are bounded (`maxWords` per font).
 * pdfkit is pinned; `test/main/export/pdfFontCache.test.ts` fails if the shapes used here change.
 */

/** Shaped words kept per font before its cache starts over (a 5,000-idea meeting stays below). */
let maxWords = 20_000

/** Changes the bound (tests make it small to exercise the cache starting over). */
export function limitShapedWords(count: number): void {
  maxWords = count
}

interface GlyphRunLike {
  advanceWidth: number
}

interface FontkitFontLike {
  createSubset: () => unknown
}

/** The slice of pdfkit's EmbeddedFont this module reads and replaces. */
interface EmbeddedFontLike {
  font: FontkitFontLike
  subset: unknown
  layoutCache?: Record<string, GlyphRunLike>
  layout: (text: string, features?: unknown, onlyWidth?: boolean) => GlyphRunLike
  layoutCached: (text: string) => GlyphRunLike
  /** Set once this font uses the process-wide caches. */
  sharedShapes?: SharedFont
}

interface SharedFont {
  font: FontkitFontLike
  words: Record<string, GlyphRunLike>
  wordCount: number
  featured: Map<string, GlyphRunLike>
}

interface FontHost {
  _font: unknown
  font: (this: FontHost, src: unknown, family?: unknown, size?: unknown) => FontHost
}

/** The bytes of each font file, read the first time a document needs it. */
const fileBytes = new Map<string, Buffer>()
let filesRead = 0
/** The fontkit font and shaped words of each font source (its bytes; one per file and process). */
const sharedBySource = new WeakMap<object, SharedFont>()

const isEmbeddedFont = (font: unknown): font is EmbeddedFontLike =>
  typeof font === 'object' &&
  font !== null &&
  'font' in font &&
  'subset' in font &&
  typeof (font as EmbeddedFontLike).layoutCached === 'function'

/**
 * A pdfmake virtual file system that answers for the font files only (same Buffer every time, so
 * the font it holds is recognised); every other path falls through to pdfmake's access policy.
 */
export function fontFileSystem(paths: ReadonlySet<string>): {
  existsSync: (path: string) => boolean
  readFileSync: (path: string) => Buffer
} {
  return {
    existsSync: (path) => paths.has(path),
    readFileSync: (path) => {
      if (!paths.has(path)) throw new Error(`${path} is not one of the PDF fonts.`)
      let bytes = fileBytes.get(path)
      if (!bytes) {
        bytes = readFileSync(path)
        filesRead++
        fileBytes.set(path, bytes)
      }
      return bytes
    }
  }
}

/** How many font files have been read from disk in this process (each is read once). */
export const fontFilesRead = (): number => filesRead

/** Counts a word into a shared cache, starting the cache over past `maxWords`. */
function roomFor(shared: SharedFont, owner: EmbeddedFontLike): void {
  if (++shared.wordCount <= maxWords) return
  shared.words = Object.create(null) as Record<string, GlyphRunLike>
  shared.featured.clear()
  shared.wordCount = 1
  owner.layoutCache = shared.words
}

/** Makes a font pdfkit just opened use the process-wide font and shaped words of its source. */
function adopt(embedded: EmbeddedFontLike, source: object): void {
  let shared = sharedBySource.get(source)
  if (!shared) {
    shared = {
      font: embedded.font,
      words: Object.create(null) as Record<string, GlyphRunLike>,
      wordCount: 0,
      featured: new Map()
    }
    sharedBySource.set(source, shared)
  } else {
    embedded.font = shared.font
    embedded.subset = shared.font.createSubset()
  }
  if (embedded.layoutCache) embedded.layoutCache = shared.words
  embedded.sharedShapes = shared
}

let installed = false

/**
 * Wraps pdfkit's `font` (how pdfmake opens each font of a document) and EmbeddedFont's `layout`
 * once per process (idempotent). Only fonts opened from bytes (pdfmake's virtual file system) are
 * shared; anything else is left exactly as pdfkit does it.
 */
export function installFontCache(): void {
  if (installed) return
  installed = true
  const proto = (PDFDocument as unknown as { prototype: FontHost }).prototype
  const openFont = proto.font
  let shapingWrapped = false
  proto.font = function (src, family, size) {
    const before = this._font
    const result = openFont.call(this, src, family, size)
    const opened = this._font
    if (opened !== before && src instanceof Uint8Array && isEmbeddedFont(opened)) {
      if (!opened.sharedShapes) adopt(opened, src)
      if (!shapingWrapped) {
        shapingWrapped = true
        wrapShaping(Object.getPrototypeOf(opened) as EmbeddedFontLike)
      }
    }
    return result
  }
}

/**
 * For shared fonts: count the plain words pdfkit caches (in the shared object), and keep the runs
 * drawn with their own OpenType features too, which pdfkit shapes again every time they are
 * measured or drawn (keyed by the features and the text).
 */
function wrapShaping(embeddedProto: EmbeddedFontLike): void {
  const { layout, layoutCached } = embeddedProto
  embeddedProto.layoutCached = function (text) {
    const shared = this.sharedShapes
    if (!shared || !this.layoutCache) return layoutCached.call(this, text)
    this.layoutCache = shared.words
    const known = shared.words[text]
    if (known) return known
    roomFor(shared, this)
    return layoutCached.call(this, text)
  }
  embeddedProto.layout = function (text, features, onlyWidth) {
    const shared = this.sharedShapes
    if (!features || !shared) return layout.call(this, text, features, onlyWidth)
    // fontkit writes its defaults into the features object it is given: key it first.
    const key = `${JSON.stringify(features)}\u0000${text}`
    const known = shared.featured.get(key)
    if (known) return known
    roomFor(shared, this)
    const run = layout.call(this, text, features, onlyWidth)
    shared.featured.set(key, run)
    return run
  }
}
