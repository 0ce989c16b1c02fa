import type { Locale } from '../../../shared/i18n/locale'

/**
 * Each language's name written in itself, as a language picker shows it: whoever reads the list finds
 * their own language whatever the screens are worded in. Not part of any catalogue, on purpose.
 */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  'pt-PT': 'Português (Portugal)'
}
