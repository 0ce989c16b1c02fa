import { describe, expect, it } from 'vitest'
import {
  REPLACEMENT_CHARACTER,
  replaceUndrawable,
  undrawableWarnings
} from '../../../src/shared/minutes/glyphCoverage'

/** A font that draws Basic Latin, Latin-1, Latin Extended-A, Greek, Cyrillic and U+FFFD. */
const covers = (cp: number) =>
  (cp >= 0x20 && cp <= 0x24f) || (cp >= 0x370 && cp <= 0x4ff) || cp === 0xfffd

describe('replaceUndrawable', () => {
  it('keeps text the fonts cover exactly as written', () => {
    const data = { ideas: [{ text: 'Zoë Ørsted, Łukasz Żółć, Σοφία, Дмитрий' }] }
    const { value, undrawable } = replaceUndrawable(data, covers)
    expect(value).toEqual(data)
    expect(undrawable).toEqual([])
  })

  it('replaces each undrawable grapheme, emoji with skin tone included, by one visible marker', () => {
    const { value, undrawable } = replaceUndrawable(
      { ideas: [{ text: 'Love it 👍🏽 and 😀😀' }] },
      covers
    )
    expect(value.ideas[0]?.text).toBe(
      `Love it ${REPLACEMENT_CHARACTER} and ${REPLACEMENT_CHARACTER}${REPLACEMENT_CHARACTER}`
    )
    expect(undrawable.map((u) => [u.character, u.count, u.codePoints])).toEqual([
      ['👍🏽', 1, 'U+1F44D U+1F3FD'],
      ['😀', 2, 'U+1F600']
    ])
    expect(undrawable[0]?.firstSeenIn).toBe('an idea: “Love it 👍🏽 and 😀😀”')
  })

  it('normalises decomposed accents so they are drawn as one letter', () => {
    const { value } = replaceUndrawable({ attendees: [{ name: 'Zoe\u0308' }] }, covers)
    expect(value.attendees[0]?.name).toBe('Zoë')
  })

  it('never drops a character silently: every replacement is in the warnings', () => {
    const { undrawable } = replaceUndrawable({ story: { text: '中文 ✓' } }, covers)
    const warnings = undrawableWarnings(undrawable)
    expect(warnings).toHaveLength(3)
    expect(warnings[0]).toContain('“中” (Han character, U+4E2D)')
    expect(warnings[0]).toContain('the customer story')
    expect(warnings[2]).toContain('“✓” (symbol, U+2713)')
  })

  it('summarises past twelve different characters', () => {
    const text = Array.from({ length: 20 }, (_, i) => String.fromCodePoint(0x1f600 + i)).join('')
    const warnings = undrawableWarnings(replaceUndrawable({ ideas: [text] }, covers).undrawable)
    expect(warnings).toHaveLength(13)
    expect(warnings[12]).toMatch(/^8 more characters/)
  })

  it('names each character and the field it is in, for the preview before export', () => {
    const { undrawable } = replaceUndrawable(
      { attendees: [{ name: 'வணக்கம்' }], ideas: [{ text: 'Ask 𓂀' }] },
      covers
    )
    expect(undrawable.map((u) => [u.character, u.name, u.field])).toEqual([
      ['வ', 'Tamil letter', 'an attendee'],
      ['ண', 'Tamil letter', 'an attendee'],
      ['க்', 'Tamil letter', 'an attendee'],
      ['க', 'Tamil letter', 'an attendee'],
      ['ம்', 'Tamil letter', 'an attendee'],
      ['𓂀', 'Egyptian hieroglyph', 'an idea']
    ])
  })
})
