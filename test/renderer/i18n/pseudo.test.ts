import { describe, expect, it } from 'vitest'
import { CATALOGUES } from '../../../src/renderer/src/i18n/catalogues'
import { pseudoCatalogue, pseudoSentence } from '../../../src/renderer/src/i18n/pseudo'
import { english } from '../../../src/renderer/src/strings'

/** Every leaf of a catalogue with its path, functions called with sample values. */
function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (typeof value === 'function') return [[path, value]]
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, `${path}.${key}`))
  }
  return [[path, value]]
}

const pseudo = pseudoCatalogue(english)

describe('pseudoCatalogue', () => {
  it('marks a sentence: inside ⟦…⟧, Latin letters accented, about 30% longer', () => {
    expect(pseudo.library.heading).toBe('⟦Ýöür méétïñgs~~~~⟧')
    expect(pseudo.library.heading.length).toBeGreaterThanOrEqual(
      Math.floor(english.library.heading.length * 1.3) + 2
    )
  })

  it('marks the sentence a function returns and keeps the values it was given', () => {
    expect(pseudo.library.sourceCopy('Q4 review')).toMatch(/^⟦Á çöpý öf “Q4 review”~+⟧$/)
    expect(pseudo.meeting.stagePosition(2, 9)).toMatch(/^⟦Stágé 2 öf 9~+⟧$/)
    // The function's own logic still runs on the real values (plural choice here).
    expect(pseudo.room.phones(1)).toMatch(/^⟦1 phöñé çöññéçtéd~+⟧$/)
    expect(pseudo.room.phones(3)).toMatch(/^⟦3 phöñés çöññéçtéd~+⟧$/)
  })

  it('keeps the shape: the same keys, arrays elementwise, Record keys untouched', () => {
    const english_ = leaves(english).map(([path]) => path)
    expect(leaves(pseudo).map(([path]) => path)).toEqual(english_)
    expect(Object.keys(pseudo.actions.metricKinds)).toEqual(
      Object.keys(english.actions.metricKinds)
    )
    expect(pseudo.room.joinSteps).toHaveLength(english.room.joinSteps.length)
    for (const step of pseudo.room.joinSteps) expect(step).toMatch(/^⟦.+⟧$/)
  })

  it('marks every string leaf', () => {
    for (const [path, leaf] of leaves(pseudo)) {
      if (typeof leaf === 'string') expect(leaf, path).toMatch(/^⟦[^]*⟧$/)
      else expect(typeof leaf, path).toBe('function')
    }
  })

  it('keeps a value found anywhere in the sentence, the longest first', () => {
    expect(pseudoSentence('Actions for “an idea”', ['an idea', 'an'])).toMatch(
      /^⟦Áçtïöñs för “an idea”~+⟧$/
    )
  })

  it('is registered as the pseudo catalogue, built once', () => {
    expect(CATALOGUES.pseudo?.library.heading).toBe(pseudo.library.heading)
    expect(CATALOGUES.pseudo).toBe(CATALOGUES.pseudo)
  })
})
