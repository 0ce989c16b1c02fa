import { describe, expect, it } from 'vitest'
import { formatNumber, plural } from '../../../src/shared/i18n/plural'

const ideas = { one: '# idea', other: '# ideas' }

describe('plural', () => {
  it('picks the English form and formats the number', () => {
    expect(plural('en', 1, ideas)).toBe('1 idea')
    expect(plural('en', 0, ideas)).toBe('0 ideas')
    expect(plural('en', 20_001, ideas)).toBe('20,001 ideas')
  })

  it('follows the language’s own rules (pt-PT: 0 is plural, 1 is singular)', () => {
    const ideias = { one: '# ideia', other: '# ideias' }
    expect(plural('pt-PT', 1, ideias)).toBe('1 ideia')
    expect(plural('pt-PT', 0, ideias)).toBe('0 ideias')
    expect(formatNumber('pt-PT', 20_000).replace(/\s/gu, ' ')).toBe('20 000')
  })

  it('falls back to `other` for a category the forms do not name', () => {
    expect(plural('en', 2, { other: '# dots' })).toBe('2 dots')
  })
})
