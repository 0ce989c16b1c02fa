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
