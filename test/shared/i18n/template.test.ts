import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../../src/shared/i18n/locale'
import { meetingSchema } from '../../../src/shared/meeting/schema'
import {
  createMeetingFromTemplate,
  fillFraming,
  ourCustomer,
  TEMPLATE_WORDING
} from '../../../src/shared/meeting/template'
import { applyAll, testContext } from '../support'

describe('the template in each language', () => {
  it('starts a Portuguese meeting from Portuguese content', () => {
    const m = createMeetingFromTemplate('', testContext(), 'pt-PT')
    expect(meetingSchema.parse(m)).toEqual(m)
    expect(m.facts.language).toBe('pt-PT')
    expect(m.facts.title).toBe('Revisão trimestral centrada no cliente')
    expect(m.facts.purpose).toMatch(/^Partir da história real/)
    expect(m.framingQuestion).toBe(
      'Como podemos fazer acontecer mais histórias como a de {customer}?'
    )
    expect(m.rounds.map((r) => r.title)).toEqual([
      'Mais histórias como esta',
      'De que precisam os nossos clientes?',
      'Construir entre departamentos',
      'O que ganham os nossos clientes?'
    ])
    // The first round asks the framing question, as in English.
    expect(m.rounds[0]!.prompt).toBe(m.framingQuestion)
    expect(m.departments.map((d) => d.name)).toContain('Apoio ao Cliente')
    expect(fillFraming(m.framingQuestion, '', ourCustomer('pt-PT'))).toBe(
      'Como podemos fazer acontecer mais histórias como a de o nosso cliente?'
    )
  })

  it('words every language with the same structure (keys, colours, round kinds, timings)', () => {
    const [en, ...others] = LOCALES.map((l) => createMeetingFromTemplate('x', testContext(), l))
    for (const m of others) {
      expect(m.departments.map(({ key, color }) => [key, color])).toEqual(
        en!.departments.map(({ key, color }) => [key, color])
      )
      expect(m.rounds.map((r) => [r.kind, r.timeboxMinutes, r.checklist.length])).toEqual(
        en!.rounds.map((r) => [r.kind, r.timeboxMinutes, r.checklist.length])
      )
    }
    for (const l of LOCALES) expect(TEMPLATE_WORDING[l].framing).toContain('{customer}')
  })

  it('does not rewrite a meeting’s content when its language changes', () => {
    const m = createMeetingFromTemplate('Q4', testContext())
    const changed = applyAll(
      m,
      [{ type: 'facts.update', patch: { language: 'pt-PT' } }],
      testContext()
    )
    expect(changed.facts.language).toBe('pt-PT')
    expect(changed.rounds).toEqual(m.rounds)
    expect(changed.facts.purpose).toBe(m.facts.purpose)
    expect(changed.departments).toEqual(m.departments)
  })
})
