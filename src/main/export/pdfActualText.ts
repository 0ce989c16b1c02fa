import PDFDocument from 'pdfkit'

/**
 * Copy and search for text whose glyphs do not map one-to-one to its characters.
 *
 * A PDF maps each glyph to text once per font (pdfkit's ToUnicode table), so shaped scripts lose
 * their text: Noto Sans Arabic draws "ز" as the "ر" skeleton plus a dot, so every later "ر" copies
 * as "ز"; Devanagari draws the vowel sign "ि" before the consonant it follows, so "अमित" copied
 * as "अिमत"; an emoji with a skin tone is one glyph for two characters. For such text runs the
 * drawn glyphs are wrapped in a marked-content span whose /ActualText is the run's own text, so
 * `pdftotext` (and search) read back what was typed.
 *
 * pdfmake hands every run to pdfkit's `_fragment`; this wraps that method (pdfkit is pinned, and
 * test/main/export/multiscript.test.ts fails if its shape changes). Poppler places the actual
 * text left to right over the run and, like any viewer, reads a right-to-left line from the right,
 * so a right-to-left run's actual text is given in visual (drawn) order.
 */

/** Runs that need the actual text: Arabic, Devanagari, emoji modifiers, keycaps and tags. */
const NEEDS_ACTUAL_TEXT: ReadonlyArray<readonly [number, number]> = [
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08ff],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
  [0x0900, 0x097f],
  [0xa8e0, 0xa8ff],
  [0x20e3, 0x20e3],
  [0x1f3fb, 0x1f3ff],
  [0xe0020, 0xe007f]
]
const needsActualText = (text: string) => {
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp >= 0x0600 && NEEDS_ACTUAL_TEXT.some(([from, to]) => cp >= from && cp <= to)) return true
  }
  return false
}
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u

/** A PDF text string: UTF-16BE with its byte-order mark, written in hex. */
function pdfTextString(text: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0')
  return `<${hex.toUpperCase()}>`
}

interface FragmentHost {
  addContent: (this: FragmentHost, data: string) => unknown
  _fragment: (this: FragmentHost, text: string, x: number, y: number, options: unknown) => unknown
}

let installed = false

/** Wraps pdfkit's text drawing once per process (idempotent). */
export function installActualText(): void {
  if (installed) return
  installed = true
  const proto = (PDFDocument as unknown as { prototype: FragmentHost }).prototype
  const drawFragment = proto._fragment
  proto._fragment = function (text, x, y, options) {
    if (typeof text !== 'string' || !needsActualText(text) || !text.trim())
      return drawFragment.call(this, text, x, y, options)
    const actual = RIGHT_TO_LEFT.test(text) ? [...text].reverse().join('') : text
    const addContent = this.addContent
    // The span goes inside the text object, after the font is set and before the glyphs, and
    // closes before the text object ends, so viewers place it where the glyphs are.
    this.addContent = function (data) {
      if (data === 'ET') addContent.call(this, 'EMC')
      addContent.call(this, data)
      if (data.endsWith(' Tf'))
        addContent.call(this, `/Span <</ActualText ${pdfTextString(actual)}>> BDC`)
      return this
    }
    try {
      return drawFragment.call(this, text, x, y, options)
    } finally {
      this.addContent = addContent
    }
  }
}
