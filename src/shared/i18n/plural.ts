/**
 * Plurals and numbers for any language, through `Intl` (no hand-rolled `n === 1 ? … : …`).
 * Pure: the locale is passed in, so the renderer, the phone page, main's CLI and tests share it.
 */

/** The forms a sentence needs, by CLDR plural category; `other` is the fallback every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

const ruleCache = new Map<string, Intl.PluralRules>()
const numberCache = new Map<string, Intl.NumberFormat>()

function rulesFor(locale: string): Intl.PluralRules {
  let rules = ruleCache.get(locale)
  if (!rules) ruleCache.set(locale, (rules = new Intl.PluralRules(locale)))
  return rules
}

/** 20000 → "20,000" in en, "20 000" in pt-PT: numbers people read go through here. */
export function formatNumber(locale: string, n: number): string {
  let format = numberCache.get(locale)
  if (!format) numberCache.set(locale, (format = new Intl.NumberFormat(locale)))
  return format.format(n)
}

/**
 * Picks the form for `n` (`plural('en', 1, { one: '# idea', other: '# ideas' })` → "1 idea") and puts
 * `n`, formatted for the locale, where the form has `#`.
 */
export function plural(locale: string, n: number, forms: PluralForms): string {
  const form = forms[rulesFor(locale).select(n)] ?? forms.other
  return form.replaceAll('#', formatNumber(locale, n))
}

/** How many items a sentence names one by one before "and N more" (e.g. a meeting's broken limits). */
const NAMED_IN_A_SENTENCE = 3

/**
 * The phrases of the first few `items`, then `more(rest)` when some are left out: the one place that
 * decides how long such a list runs, whatever language words the phrases.
 */
export function firstFew<T>(
  items: readonly T[],
  phrase: (item: T) => string,
  more: (rest: number) => string
): string[] {
  const named = items.slice(0, NAMED_IN_A_SENTENCE).map(phrase)
  const rest = items.length - named.length
  return rest > 0 ? [...named, more(rest)] : named
}
