import type { Strings } from '../strings'

/** Opens and closes every pseudo-localised string: text outside these marks did not come from a catalogue. */
export const PSEUDO_OPEN = '⟦'
export const PSEUDO_CLOSE = '⟧'

const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'ï',
  o: 'ö',
  u: 'ü',
  y: 'ý',
  c: 'ç',
  n: 'ñ',
  A: 'Á',
  E: 'É',
  I: 'Ï',
  O: 'Ö',
  U: 'Ü',
  Y: 'Ý',
  C: 'Ç',
  N: 'Ñ'
}

/** Accents the Latin letters of `text` (so it still reads, but clearly did go through the catalogue). */
const accent = (text: string): string => text.replace(/[aeiouycnAEIOUYCN]/g, (c) => ACCENTS[c] ?? c)

/** About 30% more characters, as many translations need: a label that only just fits shows it. */
const padding = (text: string): string => '~'.repeat(Math.ceil(text.length * 0.3))

/**
 * One sentence marked: accented and padded inside ⟦…⟧, except the parts that are the values a
 * catalogue function was given (user data: a title, a name, a count), which are kept as they are.
 */
export function pseudoSentence(text: string, keep: readonly string[] = []): string {
  // Nothing to say (an empty date, an empty count suffix) stays nothing.
  if (text === '') return ''
  const values = [...new Set(keep.filter((value) => value.length > 0))].sort(
    (a, b) => b.length - a.length
  )
  let marked = ''
  let rest = text
  while (rest.length > 0) {
    const found = values
      .map((value) => ({ value, at: rest.indexOf(value) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => a.at - b.at)[0]
    if (!found) {
      marked += accent(rest)
      break
    }
    marked += accent(rest.slice(0, found.at)) + found.value
    rest = rest.slice(found.at + found.value.length)
  }
  return `${PSEUDO_OPEN}${marked}${padding(text)}${PSEUDO_CLOSE}`
}

/** The values a function's caller passed, as they may appear in its sentence. */
const shownValues = (args: unknown[]): string[] =>
  args.flatMap((arg) => (typeof arg === 'string' || typeof arg === 'number' ? [String(arg)] : []))

/** Marks a catalogue entry of any shape: strings, functions' results, arrays and objects, deeply. */
function pseudoValue(value: unknown, keep: readonly string[] = []): unknown {
  if (typeof value === 'string') return pseudoSentence(value, keep)
  if (typeof value === 'function') {
    const entry = value as (...args: unknown[]) => unknown
    return (...args: unknown[]) => pseudoValue(entry(...args), shownValues(args))
  }
  if (Array.isArray(value)) return value.map((item) => pseudoValue(item, keep))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, pseudoValue(item, keep)])
    )
  }
  return value
}

/**
 * The pseudo-locale: every string of `english` visibly marked — ⟦…⟧ around it, its Latin letters
 * accented, ~30% longer — so the e2e run can fail on any visible text that did not come from the
 * strings module, and screenshots show where a longer language would be cut off. A function entry
 * marks the sentence it returns and leaves the values it was given untouched (they are user data).
 * Keys and non-string data are kept, so the result has the same shape as English.
 */
export function pseudoCatalogue(english: Strings): Strings {
  return pseudoValue(english) as Strings
}
