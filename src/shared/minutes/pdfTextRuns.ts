import bidiFactory from 'bidi-js'
import type { FontPicker } from './fontChain'

/**
 * A text cut into inline runs for pdfmake: each run names its font (from the fallback chain) and
 * the runs of a line stand in visual order. pdfmake and pdfkit know nothing of right-to-left text,
 * so the Unicode bidi algorithm (bidi-js) orders a line's words here; within a right-to-left word,
 * fontkit joins Arabic letters and lays the glyphs out right to left itself.
 */

/** One inline of a pdfmake text array. */
export interface TextInline {
  text: string
  font: string
  /**
   * Part of a right-to-left paragraph given in reading order: the PDF adapter mirrors each line
   * pdfmake lays out from such runs, so a paragraph that wraps reads from its first line down.
   */
  rtlLine?: boolean
  /** OpenType features for this run (see `latinFeatures`); absent means the font's defaults. */
  fontFeatures?: Record<string, boolean>
}

/** The shaped text, and whether it reads right to left (then it is aligned right). */
export interface ShapedText {
  inlines: TextInline[]
  rtl: boolean
}

/**
 * The features for first-font (Noto Sans) runs with accented Latin letters. Its `ccmp` feature
 * decomposes "ị" into "i" + a combining dot, which makes pdfkit map the plain "i" glyph to "ị"
 * (one ToUnicode entry per glyph) and the dot to nothing: copied text read "Thi" and "Mịnh". With
 * `ccmp` off the precomposed glyph is drawn and every letter copies as typed. Only runs that need
 * it get it: pdfkit caches the layout of words drawn with default features, not of the others.
 * A fresh object each time (fontkit writes its defaults into the object it is given).
 */
export const latinFeatures = (): Record<string, boolean> => ({ ccmp: false })

/** Accented Latin letters and combining marks: the characters Noto Sans's `ccmp` decomposes. */
const ACCENTED = {
  test(text: string): boolean {
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0
      if ((cp >= 0xc0 && cp <= 0x36f) || (cp >= 0x1e00 && cp <= 0x1eff)) return true
    }
    return false
  }
}

const bidi = bidiFactory()
const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u
const SPACE = /^\s+$/u
const SKIN_TONE = /[\u{1f3fb}-\u{1f3ff}]/u
/** Bidi isolate marks (see `isolate`): they order the text, then are dropped (no font draws them). */
const ISOLATE_MARK = /[\u2066-\u2069]/u

interface Unit {
  text: string
  level: number
}

/** The units of one line (words and spaces, split where the embedding level changes), in visual order. */
function visualUnits(
  line: string,
  whole: boolean
): { units: Unit[]; rtl: boolean; mirrored: boolean } {
  if (!STRONG_RTL.test(line))
    return {
      units: [{ text: line.replace(/[\u2066-\u2069]/gu, ''), level: 0 }],
      rtl: false,
      mirrored: false
    }
  const embedding = bidi.getEmbeddingLevels(line, 'auto')
  const base = embedding.paragraphs[0]?.level ?? 0
  const levels = Array.from(embedding.levels)
  // Rule L1: whitespace at the end of the line takes the paragraph's level.
  for (let i = line.length - 1; i >= 0 && /\s/u.test(line[i] ?? ''); i--) levels[i] = base
  const mirrorChars = bidi.getMirroredCharactersMap(line, embedding.levels)
  const units: Unit[] = []
  let current: Unit | null = null
  let currentSpace = false
  for (let i = 0; i < line.length; i++) {
    if (ISOLATE_MARK.test(line[i] ?? '')) continue
    const ch = mirrorChars.get(i) ?? line[i] ?? ''
    const level = levels[i] ?? base
    const space = /\s/u.test(ch)
    const lowSurrogate = i > 0 && /[\udc00-\udfff]/u.test(line[i] ?? '')
    if (current && (lowSurrogate || (current.level === level && currentSpace === space))) {
      current.text += ch
    } else {
      current = { text: ch, level }
      currentSpace = space
      units.push(current)
    }
  }
  // Rule L2: from the highest level down to the lowest odd one, reverse every run at that level or higher.
  const highest = Math.max(...units.map((u) => u.level))
  const lowestOdd = Math.min(...units.map((u) => u.level).filter((l) => l % 2 === 1), highest + 1)
  // A whole right-to-left paragraph keeps its words in reading order here: pdfmake breaks it into
  // lines first, and the last reversal (level 1: the whole line) is done on each laid-out line
  // (see `rtlLine`). Anything else is ordered for one line here.
  const mirrored = whole && base === 1
  const last = mirrored ? Math.max(lowestOdd, 2) : lowestOdd
  for (let level = highest; level >= last; level--) {
    let i = 0
    while (i < units.length) {
      if ((units[i]?.level ?? 0) < level) {
        i++
        continue
      }
      let j = i
      while (j < units.length && (units[j]?.level ?? 0) >= level) j++
      units.splice(i, j - i, ...units.slice(i, j).reverse())
      i = j
    }
  }
  return { units, rtl: base % 2 === 1, mirrored }
}

/**
 * Shapes one text for the PDF, or returns null when the first font draws all of it left to right
 * (the common case, which then costs one scan). Line breaks are kept as "\n" inside the runs.
 */
export function shapeText(text: string, picker: FontPicker, whole = false): ShapedText | null {
  let plain = !STRONG_RTL.test(text)
  if (plain) {
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0
      if (cp !== 0x0a && picker.faceOf(cp) !== 0) {
        plain = false
        break
      }
    }
  }
  if (plain) {
    if (!ACCENTED.test(text)) return null
    const first = picker.chain[0]?.family ?? ''
    return { inlines: [{ text, font: first, fontFeatures: latinFeatures() }], rtl: false }
  }
  const first = picker.chain[0]?.family ?? ''
  const emojiFonts = new Set(picker.chain.filter((face) => face.emoji).map((face) => face.family))
  const inlines: TextInline[] = []
  let rtl = false
  const push = (run: TextInline, mergeable: boolean) => {
    const last = inlines[inlines.length - 1]
    // A skin-tone modifier keeps its own run (see `FontPicker.wordRuns`): merged into the emoji
    // before it, the emoji font's ligature would draw the plain emoji and drop the tone.
    const apart = SKIN_TONE.test(run.text) || (last !== undefined && SKIN_TONE.test(last.text))
    const open = last !== undefined && !sealed.has(last)
    if (mergeable && !apart && open && last.font === run.font && !STRONG_RTL.test(last.text))
      last.text += run.text
    else inlines.push(run)
  }
  /** Space runs after an emoji: the next word starts a run of its own, so a line never starts with the space. */
  const sealed = new Set<TextInline>()
  /**
   * Spaces and line breaks go with the run before them, in its font, except after an emoji: the
   * emoji font's space is as wide as an emoji (it left a gap after every emoji), so they get the
   * first font's own space.
   */
  const pushSpace = (space: string) => {
    const previous = inlines[inlines.length - 1]?.font ?? first
    if (!emojiFonts.has(previous)) return push({ text: space, font: previous }, true)
    const run = { text: space, font: first }
    inlines.push(run)
    sealed.add(run)
  }
  text.split('\n').forEach((line, index) => {
    if (index > 0) pushSpace('\n')
    const shaped = visualUnits(line, whole)
    if (index === 0) rtl = shaped.rtl
    const lineStart = inlines.length
    for (const unit of shaped.units) {
      const odd = unit.level % 2 === 1
      for (const piece of unit.text.split(/(\s+)/u)) {
        if (!piece) continue
        if (SPACE.test(piece)) {
          pushSpace(piece)
          continue
        }
        // fontkit reverses a run only when it holds right-to-left letters; a run of neutrals
        // (brackets, dashes) inside right-to-left text is put in visual order here.
        const strong = STRONG_RTL.test(piece)
        const word = odd && !strong ? [...piece].reverse().join('') : piece
        const runs = picker.wordRuns(word)
        if (odd && strong && !shaped.mirrored) runs.reverse()
        for (const run of runs) push({ text: run.text, font: run.family }, !(odd && strong))
      }
    }
    if (shaped.mirrored) for (const inline of inlines.slice(lineStart)) inline.rtlLine = true
  })
  for (const inline of inlines)
    if (inline.font === first && ACCENTED.test(inline.text)) inline.fontFeatures = latinFeatures()
  return { inlines, rtl }
}
