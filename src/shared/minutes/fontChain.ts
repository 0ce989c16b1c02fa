import type { GlyphCoverage } from './glyphCoverage'

/**
 * The PDF's font fallback chain. Each text is cut into runs, and each run is drawn with the first
 * font of the chain that has every character of it. Pure: the main-process adapter supplies the
 * coverage of each font (read from the files, only when a text needs that font).
 */

/** One font family of the chain, in the order it is tried. */
export interface ChainFace {
  /** The family name registered with pdfmake. */
  family: string
  /**
   * A cheap test of the Unicode blocks this font is for: the font's own coverage (which means
   * reading the file) is asked only about code points that pass it. Absent for the first font.
   */
  meantFor?: (codePoint: number) => boolean
  /** The font's cmap. Called only for code points that pass `meantFor`. */
  covers: GlyphCoverage
  /** Draws emoji: a character asking for emoji presentation (U+FE0F) goes here first. */
  emoji?: boolean
}

/** A piece of text and the family that draws it. */
export interface FontRun {
  text: string
  family: string
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** Emoji skin-tone modifiers: the monochrome emoji font draws them as swatches after the base. */
const isModifier = (cp: number) => cp >= 0x1f3fb && cp <= 0x1f3ff

/** Variation selectors and joiners ride along with whatever font draws their neighbours. */
const isJoinerOrSelector = (cp: number) =>
  cp === 0x200c || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)

const codePointsOf = (text: string) => [...text].map((c) => c.codePointAt(0) ?? 0)

/**
 * Picks fonts for the code points of a text, caching each answer (the same characters recur in
 * every idea). `undefined` when no font of the chain has the character.
 */
export class FontPicker {
  private readonly cache = new Map<number, number>()

  constructor(readonly chain: readonly ChainFace[]) {}

  /** The index in the chain of the first font that has `cp`, or -1. */
  faceOf(cp: number): number {
    const known = this.cache.get(cp)
    if (known !== undefined) return known
    const index = this.chain.findIndex(
      (face) => (!face.meantFor || face.meantFor(cp)) && face.covers(cp)
    )
    this.cache.set(cp, index)
    return index
  }

  /** Whether some font of the chain draws `cp`. */
  draws = (cp: number): boolean => this.faceOf(cp) >= 0

  /** The first font that has every code point of `text` (joiners and selectors aside), or -1. */
  private faceForAll(cps: number[]): number {
    const needed = cps.filter((cp) => !isJoinerOrSelector(cp))
    if (!needed.length) return -1
    if (cps.includes(0xfe0f)) {
      const emoji = this.chain.findIndex((f) => f.emoji && needed.every((cp) => f.covers(cp)))
      if (emoji >= 0) return emoji
    }
    const first = this.faceOf(needed[0] ?? 0)
    if (first < 0) return -1
    if (needed.every((cp) => this.faceOf(cp) === first)) return first
    // A later font may hold the whole word (an Arabic word with Arabic punctuation): try each.
    for (let i = first; i < this.chain.length; i++) {
      const face = this.chain[i]
      if (face && needed.every((cp) => (!face.meantFor || face.meantFor(cp)) && face.covers(cp)))
        return i
    }
    return -1
  }

  /**
   * Runs for one word (text without spaces): the whole word in one font when some font has all of
   * it — so a word that must join (Arabic, Devanagari) is never split — else grapheme by grapheme.
   * A skin-tone modifier always starts a run of its own, so its swatch is drawn and copied.
   */
  wordRuns(word: string): FontRun[] {
    const cps = codePointsOf(word)
    const hasModifier = cps.some(isModifier)
    const whole = hasModifier ? -1 : this.faceForAll(cps)
    if (whole >= 0) return [{ text: word, family: this.family(whole) }]
    const runs: FontRun[] = []
    let previous = 0
    for (const { segment } of segmenter.segment(word)) {
      for (const piece of splitModifiers(segment)) {
        const pieceCps = codePointsOf(piece)
        let face = this.faceForAll(pieceCps)
        if (face < 0) face = this.faceOf(pieceCps.find((cp) => !isJoinerOrSelector(cp)) ?? 0)
        const family = this.family(face >= 0 ? face : previous)
        previous = face >= 0 ? face : previous
        const last = runs[runs.length - 1]
        if (last && last.family === family && !pieceCps.some(isModifier)) last.text += piece
        else runs.push({ text: piece, family })
      }
    }
    return runs
  }

  private family(index: number): string {
    return this.chain[index]?.family ?? this.chain[0]?.family ?? ''
  }
}

/** "👍🏽" → ["👍", "🏽"]; any other grapheme unchanged. */
function splitModifiers(grapheme: string): string[] {
  const cps = codePointsOf(grapheme)
  if (!cps.some(isModifier)) return [grapheme]
  const pieces: string[] = []
  let current = ''
  for (const cp of cps) {
    if (isModifier(cp) && current) {
      pieces.push(current)
      current = ''
    }
    current += String.fromCodePoint(cp)
  }
  if (current) pieces.push(current)
  return pieces
}

/** The CJK fonts shipped, by the language their glyph shapes follow. */
export type CjkVariant = 'SC' | 'TC' | 'JP' | 'KR'

const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/u
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/u

/**
 * The CJK fonts in the order to try them. Kana anywhere in the meeting means Japanese, Hangul
 * means Korean; otherwise the meeting's language decides (zh-TW/zh-HK/Hant → Traditional Chinese,
 * ja, ko), and Simplified Chinese is the default. The others follow, so a character one variant
 * lacks is still found in another.
 */
export function cjkOrder(sampleText: string, language: string): CjkVariant[] {
  const lang = language.toLowerCase()
  let first: CjkVariant = 'SC'
  if (KANA.test(sampleText)) first = 'JP'
  else if (HANGUL.test(sampleText)) first = 'KR'
  else if (lang.startsWith('ja')) first = 'JP'
  else if (lang.startsWith('ko')) first = 'KR'
  else if (/^zh[-_](tw|hk|mo|hant)/.test(lang)) first = 'TC'
  const rest: CjkVariant[] = ['JP', 'KR', 'SC', 'TC']
  return [first, ...rest.filter((v) => v !== first)]
}

const inRanges = (ranges: ReadonlyArray<readonly [number, number]>) => (cp: number) =>
  ranges.some(([from, to]) => cp >= from && cp <= to)

/** The Unicode blocks each fallback font is meant for (its cmap decides within them). */
export const SCRIPT_BLOCKS = {
  hebrew: inRanges([
    [0x0590, 0x05ff],
    [0xfb1d, 0xfb4f],
    [0x200c, 0x200f]
  ]),
  arabic: inRanges([
    [0x0600, 0x06ff],
    [0x0750, 0x077f],
    [0x08a0, 0x08ff],
    [0xfb50, 0xfdff],
    [0xfe70, 0xfeff],
    [0x200c, 0x200f]
  ]),
  cjk: inRanges([
    [0x1100, 0x11ff],
    [0x2000, 0x2bff],
    [0x2e80, 0x9fff],
    [0xa960, 0xa97f],
    [0xac00, 0xd7ff],
    [0xf900, 0xfaff],
    [0xfe30, 0xfe4f],
    [0xff00, 0xffef],
    [0x20000, 0x3134f]
  ]),
  devanagari: inRanges([
    [0x0900, 0x097f],
    [0xa8e0, 0xa8ff],
    [0x1cd0, 0x1cff],
    [0x200c, 0x200d]
  ]),
  thai: inRanges([[0x0e00, 0x0e7f]]),
  /** Devanagari letters and signs (Noto Sans has them too, but leaves them to the Devanagari font). */
  devanagariLetters: inRanges([
    [0x0900, 0x097f],
    [0xa8e0, 0xa8ff],
    [0x1cd0, 0x1cff]
  ]),
  emoji: inRanges([
    [0x00a9, 0x00ae],
    [0x2000, 0x2bff],
    [0x3030, 0x303d],
    [0x3297, 0x3299],
    [0xfe0e, 0xfe0f],
    [0x200d, 0x200d],
    [0x1f000, 0x1faff],
    [0xe0020, 0xe007f]
  ])
} as const
