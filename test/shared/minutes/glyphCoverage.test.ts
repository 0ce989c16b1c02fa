import { describe, expect, it } from 'vitest'
import {
  characterName,
  placeName,
  REPLACEMENT_CHARACTER,
  replaceUndrawable,
  undrawableWarnings
} from '../../../src/shared/minutes/glyphCoverage'
import { minutesWording } from '../../../src/shared/minutes/minutesWording'

const EN = minutesWording('en').glyphs
const PT = minutesWording('pt-PT').glyphs

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
    expect(undrawable[0]).toMatchObject({ place: 'ideas', excerpt: 'Love it 👍🏽 and 😀😀' })
    expect(undrawable[0]?.kind).toEqual({ general: 'emoji' })
  })

  it('normalises decomposed accents so they are drawn as one letter', () => {
    const { value } = replaceUndrawable({ attendees: [{ name: 'Zoe\u0308' }] }, covers)
    expect(value.attendees[0]?.name).toBe('Zoë')
  })

  it('never drops a character silently: every replacement is in the warnings', () => {
    const { undrawable } = replaceUndrawable({ story: { text: '中文 ✓' } }, covers)
    const warnings = undrawableWarnings(undrawable, EN)
    expect(warnings).toHaveLength(3)
    expect(warnings[0]).toContain('“中” (Han character, U+4E2D)')
    expect(warnings[0]).toContain('the customer story')
    expect(warnings[2]).toContain('“✓” (symbol, U+2713)')
  })

  it('summarises past twelve different characters', () => {
    const text = Array.from({ length: 20 }, (_, i) => String.fromCodePoint(0x1f600 + i)).join('')
    const warnings = undrawableWarnings(replaceUndrawable({ ideas: [text] }, covers).undrawable, EN)
    expect(warnings).toHaveLength(13)
    expect(warnings[12]).toMatch(/^8 more characters/)
  })

  it('names each character and the field it is in, for the preview before export', () => {
    const { undrawable } = replaceUndrawable(
      { attendees: [{ name: 'வணக்கம்' }], ideas: [{ text: 'Ask 𓂀' }] },
      covers
    )
    const words = (w: typeof EN) =>
      undrawable.map((u) => [u.character, characterName(u.kind, w), placeName(u.place, w)])
    expect(words(PT).at(-1)).toEqual(['𓂀', 'hieróglifo egípcio', 'uma ideia'])
    expect(words(PT)[0]).toEqual(['வ', 'letra tâmil', 'um participante'])
    expect(words(EN)).toEqual([
      ['வ', 'Tamil letter', 'an attendee'],
      ['ண', 'Tamil letter', 'an attendee'],
      ['க்', 'Tamil letter', 'an attendee'],
      ['க', 'Tamil letter', 'an attendee'],
      ['ம்', 'Tamil letter', 'an attendee'],
      ['𓂀', 'Egyptian hieroglyph', 'an idea']
    ])
  })

  it('words the export warnings in the meeting language, counts and all', () => {
    const text =
      'Olá 𓂀𓂀 ' + Array.from({ length: 13 }, (_, i) => String.fromCodePoint(0x1f600 + i)).join('')
    const warnings = undrawableWarnings(replaceUndrawable({ ideas: [text] }, covers).undrawable, PT)
    expect(warnings[0]).toBe(
      `Os tipos de letra do PDF não conseguem desenhar “𓂀” (hieróglifo egípcio, U+13080, 2 vezes). Primeira ocorrência: uma ideia: “${text}”. O PDF mostra \uFFFD no seu lugar; os ficheiros Markdown, CSV e de calendário mantêm-no.`
    )
    expect(warnings).toHaveLength(13)
    expect(warnings[12]).toBe(
      'Mais 2 caracteres que os tipos de letra do PDF não conseguem desenhar aparecem também como \uFFFD.'
    )
  })
})
