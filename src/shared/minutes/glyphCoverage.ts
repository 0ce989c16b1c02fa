/**
 * Characters the PDF fonts cannot draw. pdfkit would print them as blank boxes (or nothing at all in
 * text extraction), so before rendering every such character is replaced by a visible U+FFFD "�"
 * and reported, and the user is told which ones in the export's warnings. Only the PDF needs this:
 * Markdown, CSV and .ics carry text, not glyphs, and keep every character as written.
 */

/** Whether the fonts have a glyph for a Unicode code point. */
export type GlyphCoverage = (codePoint: number) => boolean

/** What an undrawable character is replaced with in the PDF (covered by Noto Sans). */
export const REPLACEMENT_CHARACTER = '\uFFFD'

/** One character (grapheme) the fonts cannot draw, and where it was first seen. */
export interface UndrawableCharacter {
  character: string
  /** e.g. "U+1F44D U+1F3FD" */
  codePoints: string
  count: number
  /** What the character is, e.g. "Tamil letter" or "Egyptian hieroglyph". */
  name: string
  /** The field it first occurs in, e.g. "an idea". */
  field: string
  /** A plain description of where it first occurs, e.g. `an idea: “Love it 👍…”`. */
  firstSeenIn: string
}

/** Scripts no font of the PDF has, by the name people know them by. */
const SCRIPT_NAMES: ReadonlyArray<readonly [RegExp, string]> = (
  [
    ['Tamil', 'Tamil'],
    ['Telugu', 'Telugu'],
    ['Kannada', 'Kannada'],
    ['Malayalam', 'Malayalam'],
    ['Bengali', 'Bengali'],
    ['Gurmukhi', 'Gurmukhi'],
    ['Gujarati', 'Gujarati'],
    ['Oriya', 'Odia'],
    ['Sinhala', 'Sinhala'],
    ['Khmer', 'Khmer'],
    ['Lao', 'Lao'],
    ['Myanmar', 'Myanmar'],
    ['Tibetan', 'Tibetan'],
    ['Ethiopic', 'Ethiopic'],
    ['Armenian', 'Armenian'],
    ['Georgian', 'Georgian'],
    ['Mongolian', 'Mongolian'],
    ['Syriac', 'Syriac'],
    ['Thaana', 'Thaana'],
    ['Cherokee', 'Cherokee'],
    ['Canadian_Aboriginal', 'Canadian Aboriginal syllabics'],
    ['Yi', 'Yi'],
    ['Egyptian_Hieroglyphs', 'Egyptian hieroglyph'],
    ['Cuneiform', 'Cuneiform'],
    ['Braille', 'Braille'],
    ['Han', 'Han character'],
    ['Hiragana', 'Hiragana'],
    ['Katakana', 'Katakana'],
    ['Hangul', 'Hangul'],
    ['Hebrew', 'Hebrew'],
    ['Arabic', 'Arabic'],
    ['Devanagari', 'Devanagari'],
    ['Thai', 'Thai']
  ] satisfies Array<[string, string]>
).map(([script, name]) => [new RegExp(`\\p{Script=${script}}`, 'u'), name] as const)

/**
 * What a character is, in words: its script ("Tamil letter", "Egyptian hieroglyph"), else its
 * general kind ("symbol", "private-use character"). The app ships no Unicode name table (several
 * megabytes); the script and the code points identify the character exactly.
 */
export function characterName(grapheme: string): string {
  for (const [pattern, name] of SCRIPT_NAMES) {
    if (pattern.test(grapheme)) {
      if (/(hieroglyph|syllabics|character)$/.test(name)) return name
      return /\p{L}/u.test(grapheme) ? `${name} letter` : `${name} sign`
    }
  }
  if (/\p{Co}/u.test(grapheme)) return 'private-use character'
  if (/\p{Extended_Pictographic}/u.test(grapheme)) return 'emoji'
  if (/\p{S}/u.test(grapheme)) return 'symbol'
  if (/\p{L}/u.test(grapheme)) return 'letter'
  if (/\p{M}/u.test(grapheme)) return 'combining mark'
  return 'character'
}

/** Where a top-level meeting field shows up, in the user's words. */
const PLACES: Record<string, string> = {
  facts: 'the meeting details',
  departments: 'a department name',
  attendees: 'an attendee',
  story: 'the customer story',
  framingQuestion: 'the framing question',
  rounds: 'a round',
  ideas: 'an idea',
  themes: 'a theme',
  actions: 'an action',
  escalations: 'a Rule-of-Two escalation',
  recognitions: 'a recognition',
  priorities: 'a priority',
  carriedFrom: 'last quarter’s meeting',
  carried: 'last quarter’s actions'
}

const ALWAYS_DRAWN = new Set([0x0a, 0x20])
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`

function excerpt(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()]
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : chars.join('')
}

/**
 * A copy of `value` (a meeting, or any JSON-like data) in which every string is NFC-normalised, tabs
 * become spaces, carriage returns are dropped, and each grapheme the fonts cannot fully draw is
 * replaced by one "�". Returns the copy and the characters replaced. Strings the fonts cover are
 * returned untouched, so the common case costs one scan of the text.
 */
export function replaceUndrawable<T>(
  value: T,
  covers: GlyphCoverage
): { value: T; undrawable: UndrawableCharacter[] } {
  const found = new Map<string, UndrawableCharacter>()
  const drawable = (cp: number) => ALWAYS_DRAWN.has(cp) || covers(cp)

  const fixString = (raw: string, place: string): string => {
    const text = raw.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ')
    let clean = true
    for (const ch of text) {
      if (!drawable(ch.codePointAt(0) ?? 0)) {
        clean = false
        break
      }
    }
    if (clean) return text
    let out = ''
    for (const { segment } of segmenter.segment(text)) {
      const codePoints = [...segment].map((c) => c.codePointAt(0) ?? 0)
      if (codePoints.every(drawable)) {
        out += segment
        continue
      }
      out += REPLACEMENT_CHARACTER
      const known = found.get(segment)
      if (known) known.count++
      else
        found.set(segment, {
          character: segment,
          codePoints: codePoints.map(hex).join(' '),
          count: 1,
          name: characterName(segment),
          field: place,
          firstSeenIn: `${place}: “${excerpt(text)}”`
        })
    }
    return out
  }

  const walk = (v: unknown, place: string): unknown => {
    if (typeof v === 'string') return fixString(v, place)
    if (Array.isArray(v)) return v.map((item) => walk(item, place))
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {}
      for (const [key, child] of Object.entries(v))
        out[key] = walk(child, place || (PLACES[key] ?? key))
      return out
    }
    return v
  }

  return { value: walk(value, '') as T, undrawable: [...found.values()] }
}

/** At most this many characters are named one by one in the warnings. */
const MAX_NAMED = 12

/** Human sentences for the export result, one per undrawable character (and a summary past 12). */
export function undrawableWarnings(undrawable: UndrawableCharacter[]): string[] {
  const named = undrawable.slice(0, MAX_NAMED).map((u) => {
    const times = u.count === 1 ? '' : `, ${u.count} times`
    return `The PDF fonts cannot draw “${u.character}” (${u.name}, ${u.codePoints}${times}), first in ${u.firstSeenIn}. The PDF shows ${REPLACEMENT_CHARACTER} in its place; the Markdown, CSV and calendar files keep it.`
  })
  const rest = undrawable.length - named.length
  return rest > 0
    ? [
        ...named,
        `${rest} more characters the PDF fonts cannot draw are also shown as ${REPLACEMENT_CHARACTER}.`
      ]
    : named
}
