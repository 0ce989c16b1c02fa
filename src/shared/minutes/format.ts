import { isValid, parseISO } from 'date-fns'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale'

const SHORT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' }
const LONG: Intl.DateTimeFormatOptions = { ...SHORT, weekday: 'long', month: 'long' }
const formats = new Map<string, Intl.DateTimeFormat>()

function dateFormat(locale: string, long: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${long}`
  let f = formats.get(key)
  if (!f)
    formats.set(
      key,
      (f = new Intl.DateTimeFormat(locale, { ...(long ? LONG : SHORT), timeZone: 'UTC' }))
    )
  return f
}

/**
 * A `YYYY-MM-DD` date for people, through `Intl.DateTimeFormat` for the meeting's language: in English
 * "15 Jan 2027" (or "Friday 15 January 2027" when `long`), day-first without commas as the minutes have
 * always printed it (the parts are put in that order, so ICU's "Sept" or US order cannot creep in); in
 * Portuguese "15/01/2027" (or "sexta-feira, 15 de janeiro de 2027"). Empty stays empty; a date that
 * does not exist is shown as written rather than dropped.
 */
export function dateLabel(iso: string, long = false, locale: Locale = DEFAULT_LOCALE): string {
  if (!iso) return ''
  const date = parseISO(iso)
  if (!isValid(date)) return iso
  const utc = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()))
  if (locale !== 'en') return dateFormat(locale, long).format(utc)
  const parts = Object.fromEntries(
    dateFormat('en-US', long)
      .formatToParts(utc)
      .map((p) => [p.type, p.value])
  )
  return [parts.weekday, parts.day, parts.month, parts.year].filter(Boolean).join(' ')
}

/**
 * "2026-Q4" worded by a language's `quarter` (the minutes wording's: "Q4 2026" in English, "T4 2026"
 * in pt-PT); anything else unchanged.
 */
export function quarterLabel(
  quarter: string,
  word: (quarter: number, year: string) => string
): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter)
  return match ? word(Number(match[2]), match[1]!) : quarter
}

const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u

/**
 * A typed field set inside a composed line ("דוד כהן · 6 votes"), marked as a bidi isolate
 * (U+2068 … U+2069) when it holds right-to-left letters, so the line's own order and the field's
 * are kept apart (else "6" would join the Hebrew run and move). The PDF shaper reads and drops
 * the marks; text without right-to-left letters is returned unchanged.
 */
export function isolate(field: string): string {
  return RIGHT_TO_LEFT.test(field) ? `\u2068${field}\u2069` : field
}
