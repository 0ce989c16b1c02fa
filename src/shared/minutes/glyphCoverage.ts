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

/** The scripts no font of the PDF has, by their Unicode `Script` property name. */
export const UNDRAWN_SCRIPTS = [
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Sinhala',
  'Khmer',
  'Lao',
  'Myanmar',
  'Tibetan',
  'Ethiopic',
  'Armenian',
  'Georgian',
  'Mongolian',
  'Syriac',
  'Thaana',
  'Cherokee',
  'Canadian_Aboriginal',
  'Yi',
  'Egyptian_Hieroglyphs',
  'Cuneiform',
  'Braille',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Hebrew',
  'Arabic',
  'Devanagari',
  'Thai'
] as const
export type UndrawnScript = (typeof UNDRAWN_SCRIPTS)[number]

/**
 * What a character is, as data a language words (the minutes wording's `glyphs`): a letter or another
 * sign of a script, else its general kind.
 */
export type CharacterKind =
  | { script: UndrawnScript; letter: boolean }
  | { general: 'privateUse' | 'emoji' | 'symbol' | 'letter' | 'mark' | 'other' }

/** The top-level meeting fields a character can be found in (the wording names each place). */
export const PLACES = [
  'facts',
  'departments',
  'attendees',
  'story',
  'framingQuestion',
  'rounds',
  'ideas',
  'themes',
  'actions',
  'escalations',
  'recognitions',
  'priorities',
  'carriedFrom',
  'carried'
] as const
export type Place = (typeof PLACES)[number]

/** One character (grapheme) the fonts cannot draw, and where it was first seen. */
export interface UndrawableCharacter {
  character: string
  /** e.g. "U+1F44D U+1F3FD" */
  codePoints: string
  count: number
  kind: CharacterKind
  /** The field it first occurs in: a `Place` the wording names, else the field's own key. */
  place: string
  /** The start of the text it first occurs in, e.g. "Love it 👍…". */
  excerpt: string
}

const SCRIPT_PATTERNS = UNDRAWN_SCRIPTS.map(
  (script) => [new RegExp(`\\p{Script=${script}}`, 'u'), script] as const
)

/**
 * What a character is: its script (a Tamil letter, an Egyptian hieroglyph), else its general kind
 * (symbol, private-use character). The app ships no Unicode name table (several megabytes); the
 * script and the code points identify the character exactly.
 */
export function characterKind(grapheme: string): CharacterKind {
  for (const [pattern, script] of SCRIPT_PATTERNS)
    if (pattern.test(grapheme)) return { script, letter: /\p{L}/u.test(grapheme) }
  if (/\p{Co}/u.test(grapheme)) return { general: 'privateUse' }
  if (/\p{Extended_Pictographic}/u.test(grapheme)) return { general: 'emoji' }
  if (/\p{S}/u.test(grapheme)) return { general: 'symbol' }
  if (/\p{L}/u.test(grapheme)) return { general: 'letter' }
  if (/\p{M}/u.test(grapheme)) return { general: 'mark' }
  return { general: 'other' }
}

/** The words a language gives undrawable characters (`minutesWording(locale).glyphs`). */
export interface GlyphWording {
  scripts: Record<UndrawnScript, { letter: string; sign: string }>
  general: Record<Extract<CharacterKind, { general: string }>['general'], string>
  places: Record<Place, string>
  /** One export warning: the character, what it is, its code points, how often, where first. */
  warning: (u: {
    character: string
    name: string
    codePoints: string
    count: number
    where: string
  }) => string
  /** The warning past the characters named one by one. */
  more: (count: number) => string
}

/** A character's kind in words ("Tamil letter", "letra tâmil"). */
export function characterName(kind: CharacterKind, words: GlyphWording): string {
  if ('script' in kind) return words.scripts[kind.script][kind.letter ? 'letter' : 'sign']
  return words.general[kind.general]
}

/** A place in words ("an idea", "uma ideia"); a field the wording does not know keeps its key. */
export const placeName = (place: string, words: GlyphWording): string =>
  (words.places as Record<string, string>)[place] ?? place

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
          kind: characterKind(segment),
          place,
          excerpt: excerpt(text)
        })
    }
    return out
  }

  const walk = (v: unknown, place: string): unknown => {
    if (typeof v === 'string') return fixString(v, place)
    if (Array.isArray(v)) return v.map((item) => walk(item, place))
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {}
      for (const [key, child] of Object.entries(v)) out[key] = walk(child, place || key)
      return out
    }
    return v
  }

  return { value: walk(value, '') as T, undrawable: [...found.values()] }
}

/** At most this many characters are named one by one in the warnings. */
const MAX_NAMED = 12

/** The export's warnings in `words`' language: one per undrawable character, and a summary past 12. */
export function undrawableWarnings(
  undrawable: UndrawableCharacter[],
  words: GlyphWording
): string[] {
  const named = undrawable.slice(0, MAX_NAMED).map((u) =>
    words.warning({
      character: u.character,
      name: characterName(u.kind, words),
      codePoints: u.codePoints,
      count: u.count,
      where: `${placeName(u.place, words)}: “${u.excerpt}”`
    })
  )
  const rest = undrawable.length - named.length
  return rest > 0 ? [...named, words.more(rest)] : named
}
