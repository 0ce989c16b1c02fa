import { Fragment, type ReactNode } from 'react'
import type { UiLocale } from './catalogues'
import { applyUiLocale } from './uiLocale'

/**
 * Words everything under it in `locale`: switches the strings module before its children render, and
 * remounts them when the language changes (memoised rows would otherwise keep the old words).
 */
export function LocaleRoot({ locale, children }: { locale: UiLocale; children: ReactNode }) {
  const active = applyUiLocale(locale)
  return <Fragment key={active}>{children}</Fragment>
}
