import type { OverLimit } from '../../errors/reasons'
import type { PluralForms } from '../plural'
import { firstFew, formatNumber, plural } from '../plural'

/** 20000 → "20 000": numbers people read, as Portugal writes them. */
export const n = (value: number): string => formatNumber('pt-PT', value)

/** "1 ideia", "20 001 ideias". */
export const counted = (count: number, forms: PluralForms): string => plural('pt-PT', count, forms)

/** "20 001 ideias, o limite é 20 000": every limit message names the count and the limit. */
export const countAndLimit = (count: number, limit: number, forms: PluralForms): string =>
  `${counted(count, forms)}, o limite é ${n(limit)}`

export const CHARACTERS: PluralForms = { one: '# carácter', other: '# caracteres' }
export const ITEMS: PluralForms = { one: '# item', other: '# itens' }

/** "20 001 ideas, o limite é 20 000", "um texto de 2001 caracteres em “ideas.17.text”, o limite…". */
export function overLimitPhrase({ kind, path, count, limit }: OverLimit): string {
  const where = path.join('.')
  if (kind === 'text')
    return `um texto de ${counted(count, CHARACTERS)} em “${where}”, o limite é ${n(limit)}`
  const name = path.length === 1 ? (path[0] ?? 'itens') : `itens em “${where}”`
  return `${n(count)} ${name}, o limite é ${n(limit)}`
}

/** The read-only sentence (see ../en/numbers.ts) in European Portuguese. */
export function readOnlySentence(overLimits: OverLimit[]): string {
  const shown = firstFew(overLimits, overLimitPhrase, (rest) => `e mais ${n(rest)}`).join('; ')
  return (
    `Esta reunião é maior do que o Northstar permite (${shown}), por isso abre só de leitura: ` +
    'pode ser lida e exportada, mas não alterada, e o ficheiro fica como está.'
  )
}
