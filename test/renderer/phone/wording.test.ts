import { describe, expect, it } from 'vitest'
import { english } from '../../../src/phone/strings'
import { portuguese } from '../../../src/phone/strings.pt-PT'
import { speak, strings, worded } from '../../../src/phone/wording'

describe('the phone page’s language', () => {
  it('starts in English and re-words its fixed text in the meeting’s language', () => {
    const label = document.createElement('label')
    label.append(worded((s) => s.department))
    expect(label.textContent).toBe(english.department)

    // Anything that is not a known language (a phone cannot choose one) changes nothing.
    expect(speak('xx')).toBe(false)
    expect(speak({ language: 'pt-PT' })).toBe(false)
    expect(label.textContent).toBe(english.department)

    expect(speak('pt-PT')).toBe(true)
    expect(label.textContent).toBe('O seu departamento')
    expect(strings.yourDots(2)).toBe('2 pontos')
    expect(document.documentElement.lang).toBe('pt-PT')
    expect(document.title).toBe(portuguese.pageTitle)
    expect(speak('pt-PT')).toBe(false)

    expect(speak('en')).toBe(true)
    expect(label.textContent).toBe(english.department)
    expect(strings.yourDots(1)).toBe('1 dot')
  })
})
