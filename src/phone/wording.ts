import { DEFAULT_LOCALE, isLocale, type Locale } from '../shared/i18n/locale'
import { english, type PhoneStrings } from './strings'
import { portuguese } from './strings.pt-PT'

const CATALOGUES: Record<Locale, PhoneStrings> = { en: english, 'pt-PT': portuguese }

/** The catalogue in use: the meeting's language once the room's view has arrived, English before. */
export let strings: PhoneStrings = english
let active: Locale = DEFAULT_LOCALE
const rewords: Array<() => void> = []

/**
 * A text node for a fixed part of the page (a label, a heading), re-worded when the language changes.
 * The page is built once, so its fixed text is bound here rather than written in.
 */
export function worded(text: (s: PhoneStrings) => string): Text {
  const node = document.createTextNode(text(strings))
  rewords.push(() => (node.data = text(strings)))
  return node
}

/**
 * Speaks `language` from now on: the meeting's, as main sent it in the room's view (never anything the
 * phone itself chose). Unknown values keep the page as it is. Returns whether anything changed, so the
 * caller re-renders the parts it fills itself.
 */
export function speak(language: unknown): boolean {
  if (!isLocale(language) || language === active) return false
  active = language
  strings = CATALOGUES[language]
  for (const reword of rewords) reword()
  document.documentElement.lang = language
  document.title = strings.pageTitle
  return true
}
