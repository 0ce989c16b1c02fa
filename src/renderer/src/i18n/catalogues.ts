import type { Locale } from '../../../shared/i18n/locale'
import { english, type Strings } from '../strings'
import { portuguese } from '../strings/pt-PT'
import { pseudoCatalogue } from './pseudo'

/**
 * What the screens can be worded in: a meeting language, or `pseudo` (every string visibly marked, for
 * the e2e run that fails on any text that did not come from the catalogue).
 */
export type UiLocale = Locale | 'pseudo'

let pseudo: Strings | null = null

/** Every catalogue the renderer holds. A language without one here is shown in English. */
export const CATALOGUES: Partial<Record<UiLocale, Strings>> = {
  en: english,
  'pt-PT': portuguese,
  // Built on first use: only a window opened with `?uiLocale=pseudo` asks for it.
  get pseudo(): Strings {
    return (pseudo ??= pseudoCatalogue(english))
  }
}
