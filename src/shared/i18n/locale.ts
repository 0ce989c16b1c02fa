/**
 * The languages a meeting can be run in. A meeting's language words the facilitator's screens, the
 * projector, the phones' page and the minutes; `en` is the language of files written before there was a choice.
 */
export const LOCALES = ['en', 'pt-PT'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
