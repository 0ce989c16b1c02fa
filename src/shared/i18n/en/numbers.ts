import type { OverLimit } from '../../errors/reasons'
import type { PluralForms } from '../plural'
import { firstFew, formatNumber, plural } from '../plural'

/** 20000 → "20,000": numbers people read. */
export const n = (value: number): string => formatNumber('en', value)

/** "1 idea", "20,001 ideas". */
export const counted = (count: number, forms: PluralForms): string => plural('en', count, forms)

/** "20,001 ideas, the limit is 20,000": every limit message names the count and the limit. */
export const countAndLimit = (count: number, limit: number, forms: PluralForms): string =>
  `${counted(count, forms)}, the limit is ${n(limit)}`

export const CHARACTERS: PluralForms = { one: '# character', other: '# characters' }
export const ITEMS: PluralForms = { one: '# item', other: '# items' }

/** "20,001 ideas, the limit is 20,000", "a text of 2,001 characters in “ideas.17.text”, the limit…". */
export function overLimitPhrase({ kind, path, count, limit }: OverLimit): string {
  const where = path.join('.')
  if (kind === 'text') return `a text of ${counted(count, CHARACTERS)} in “${where}”, the limit is ${n(limit)}`
  const name = path.length === 1 ? (path[0] ?? 'items') : `items in “${where}”`
  return `${n(count)} ${name}, the limit is ${n(limit)}`
}

/**
 * The sentence a facilitator reads when a meeting opens read-only because it is over the limits,
 * e.g. "This meeting is larger than Northstar allows (20,001 ideas, the limit is 20,000), so it
 * opens read-only: …". The banner, the refusal, the import notice and the CLI say the same.
 */
export function readOnlySentence(overLimits: OverLimit[]): string {
  const shown = firstFew(overLimits, overLimitPhrase, (rest) => `and ${n(rest)} more`).join('; ')
  return (
    `This meeting is larger than Northstar allows (${shown}), so it opens read-only: ` +
    'it can be read and exported but not changed, and its file is left as it is.'
  )
}
