import { DEFAULT_LOCALE, isLocale } from '../../../shared/i18n/locale'
import { english, setCatalogue } from '../strings'
import { CATALOGUES, type UiLocale } from './catalogues'
import type { MetricKind } from '../../../shared/meeting/schema'
import { movementWords, type MetricMovement } from '../../../shared/meeting/metrics'
import { minutesWording } from '../../../shared/minutes/minutesWording'
import type { GlyphWording } from '../../../shared/minutes/glyphCoverage'

/**
 * `?uiLocale=pseudo` (or a language) in the window's address words the screens in that catalogue whatever
 * the meeting's language: for checking a translation, and for the e2e run with the pseudo-locale.
 */
export function localeOverride(search: string): UiLocale | null {
  const asked = new URLSearchParams(search).get('uiLocale')
  return asked === 'pseudo' || isLocale(asked) ? asked : null
}

const override = typeof window === 'undefined' ? null : localeOverride(window.location.search)

/** The `lang` attribute for a catalogue, so screen readers and hyphenation use the right language. */
const htmlLang = (locale: UiLocale): string => (locale === 'pseudo' ? 'en-XA' : locale)

let active: UiLocale = DEFAULT_LOCALE

/**
 * Points the strings module at the catalogue for `meetingLocale` (or the address's override) and returns
 * the locale in use. Idempotent, so a render may call it before its children read `strings`.
 */
export function applyUiLocale(meetingLocale: UiLocale): UiLocale {
  const wanted = override ?? meetingLocale
  if (wanted !== active) {
    setCatalogue(CATALOGUES[wanted] ?? english)
    active = wanted
  }
  if (typeof document !== 'undefined') document.documentElement.lang = htmlLang(active)
  return active
}

/** The catalogue's locale now in use (what `applyUiLocale` last chose): dates are shown and read in it. */
export const activeUiLocale = (): UiLocale => active

/** The customer metrics' names in the screens' language, as the minutes name them. */
export function metricLabels(): Record<MetricKind, string> {
  return minutesWording(isLocale(active) ? active : DEFAULT_LOCALE).metric
}

/** How the screens' language names undrawable characters and the fields they are in (PDF check). */
export function glyphWording(): GlyphWording {
  return minutesWording(isLocale(active) ? active : DEFAULT_LOCALE).glyphs
}

/** A metric's movement in the screens' language ("+8", "sem alteração"), as the minutes word it. */
export function movementSummary(movement: MetricMovement): string {
  const locale = isLocale(active) ? active : DEFAULT_LOCALE
  return movementWords(movement, minutesWording(locale).movement, locale)
}
