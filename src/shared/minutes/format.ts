import { format, isValid, parseISO } from 'date-fns'

/**
 * A `YYYY-MM-DD` date for people: "15 Jan 2027" (or "Friday 15 January 2027" when `long`).
 * Empty stays empty; a date that does not exist is shown as written rather than dropped.
 */
export function dateLabel(iso: string, long = false): string {
  if (!iso) return ''
  const date = parseISO(iso)
  if (!isValid(date)) return iso
  return format(date, long ? 'EEEE d MMMM yyyy' : 'd MMM yyyy')
}

/** "2026-Q4" → "Q4 2026"; anything else unchanged. */
export function quarterLabel(quarter: string): string {
  const match = /^(\d{4})-(Q[1-4])$/.exec(quarter)
  return match ? `${match[2]} ${match[1]}` : quarter
}

/** "1 vote" / "3 votes". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
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
