import { format, isValid, parse } from 'date-fns'

/** Which comes first when a date is typed as digits: the month (US) or the day. */
export type DayMonthOrder = 'monthFirst' | 'dayFirst'

/** A typed date read: empty, an ISO date `YYYY-MM-DD`, or not a date. */
export type DateText = { kind: 'empty' } | { kind: 'date'; iso: string } | { kind: 'invalid' }

const FIRST_YEAR = 1900
const LAST_YEAR = 2199

/** The order this machine's language writes dates in (en-US: month first; most others: day first). */
export function localeOrder(locale?: string): DayMonthOrder {
  const parts = new Intl.DateTimeFormat(locale).formatToParts(new Date(2027, 2, 31))
  const month = parts.findIndex((p) => p.type === 'month')
  const day = parts.findIndex((p) => p.type === 'day')
  return month !== -1 && day !== -1 && month < day ? 'monthFirst' : 'dayFirst'
}

function isoOf(year: number, month: number, day: number): string | null {
  if (year < FIRST_YEAR || year > LAST_YEAR) return null
  const date = new Date(year, month - 1, day)
  if (!isValid(date) || date.getMonth() !== month - 1 || date.getDate() !== day) return null
  return format(date, 'yyyy-MM-dd')
}

/** Day and month from two numbers in the given order, falling back to the other order if needed. */
function dayMonth(a: number, b: number, year: number, order: DayMonthOrder): string | null {
  const [month, day] = order === 'monthFirst' ? [a, b] : [b, a]
  return isoOf(year, month, day) ?? isoOf(year, day, month)
}

/**
 * Reads a date as a facilitator types it: `2027-03-31`, `20270331`, `03312027` or `03/31/2027` (in
 * the machine's order, else the other one), `31.03.2027`, with a two-digit year meaning 20xx. Years
 * outside 1900–2199 are refused, so a slip of the keyboard can never become the year 275760.
 */
export function readDateText(text: string, order: DayMonthOrder = localeOrder()): DateText {
  const typed = text.trim()
  if (!typed) return { kind: 'empty' }
  const result = (iso: string | null): DateText =>
    iso ? { kind: 'date', iso } : { kind: 'invalid' }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed)
  if (iso) return result(isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3])))
  if (/^\d{8}$/.test(typed)) {
    const n = (from: number, to: number) => Number(typed.slice(from, to))
    // Year first when it reads as one (2027…), else month/day first with the year last.
    const yearFirst = isoOf(n(0, 4), n(4, 6), n(6, 8))
    if (yearFirst && n(0, 2) >= 19) return result(yearFirst)
    return result(dayMonth(n(0, 2), n(2, 4), n(4, 8), order))
  }
  const separated = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{2}|\d{4})$/.exec(typed)
  if (separated) {
    const rawYear = Number(separated[3])
    const year = separated[3]!.length === 2 ? 2000 + rawYear : rawYear
    return result(dayMonth(Number(separated[1]), Number(separated[2]), year, order))
  }
  // Written-out dates ("31 March 2027", "March 31, 2027").
  for (const pattern of ['d MMMM yyyy', 'MMMM d, yyyy', 'd MMM yyyy', 'MMM d, yyyy']) {
    const parsed = parse(typed, pattern, new Date(2000, 0, 1))
    if (isValid(parsed))
      return result(isoOf(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate()))
  }
  return { kind: 'invalid' }
}

const spelledFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * How a read date is confirmed beside its field, in the screens' language: "Wed 31 Mar 2027" in
 * English (as the app has always shown it), through `Intl.DateTimeFormat` otherwise ("quarta,
 * 31/03/2027" in pt-PT), so a day/month mix-up is seen in the order people there write dates.
 */
export function spelledDate(iso: string, locale = 'en'): string {
  const date = parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1))
  if (locale === 'en' || locale === 'pseudo') return format(date, 'EEE d MMM yyyy')
  let formatter = spelledFormats.get(locale)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric'
    })
    spelledFormats.set(locale, formatter)
  }
  return formatter.format(date)
}

/**
 * The day/month order typed dates are read in for the screens' language: English keeps this machine's
 * order (03/31/2027 on a US machine), any other language its own (31/03/2027 in pt-PT).
 */
export const typedOrder = (locale: string): DayMonthOrder =>
  locale === 'en' || locale === 'pseudo' ? localeOrder() : localeOrder(locale)
