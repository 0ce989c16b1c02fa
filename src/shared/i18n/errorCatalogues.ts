import type { ErrorReason, OverLimit } from '../errors/reasons'
import { type ErrorCatalogue, errorWorder } from './catalogue'
import { ERRORS_EN, readOnlySentence as readOnlyEn } from './en/errors'
import type { Locale } from './locale'
import { ERRORS_PT, readOnlySentence as readOnlyPt } from './pt-PT/errors'

/** Every language's error catalogue: a meeting's language picks the one its refusals are worded in. */
export const ERROR_CATALOGUES: Record<Locale, ErrorCatalogue> = {
  en: ERRORS_EN,
  'pt-PT': ERRORS_PT
}

const READ_ONLY: Record<Locale, (overLimits: OverLimit[]) => string> = {
  en: readOnlyEn,
  'pt-PT': readOnlyPt
}

const worders = new Map<Locale, (reason: ErrorReason) => string>()

/** Any error reason as a sentence in `locale`. */
export function wordError(locale: Locale, reason: ErrorReason): string {
  let word = worders.get(locale)
  if (!word) worders.set(locale, (word = errorWorder(ERROR_CATALOGUES[locale])))
  return word(reason)
}

/** Why a meeting opens read-only, in `locale`. */
export const readOnlySentenceIn = (locale: Locale, overLimits: OverLimit[]): string =>
  READ_ONLY[locale](overLimits)
