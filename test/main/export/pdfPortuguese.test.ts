import { beforeAll, describe, expect, it } from 'vitest'
import { writeExports } from '../../../src/main/export/writeExports'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { minutesMarkdown } from '../../../src/shared/minutes/minutesMarkdown'
import { actionsCsv } from '../../../src/main/export/csv'
import { minutesPortuguese as PT } from '../../../src/shared/i18n/pt-PT/minutes'
import { collapse, pdfText, seedMeeting, tempFolder } from './support'

let meeting: Meeting
let text: string

beforeAll(async () => {
  const seed = await seedMeeting()
  meeting = { ...seed, facts: { ...seed.facts, language: 'pt-PT' } }
  const result = await writeExports(meeting, ['pdf'], await tempFolder())
  text = collapse(pdfText(result.files[0]?.path ?? ''))
})

describe('the minutes of a meeting run in Portuguese', () => {
  it('has Portuguese headings, labels and pt-PT dates in the PDF', () => {
    for (const heading of Object.values(PT.headings)) expect(text).toContain(heading)
    expect(text).toContain(PT.kicker)
    expect(text).toContain(PT.columns.owner)
    // The seed's meeting date, 2026-11-23, long and in European Portuguese.
    expect(meeting.facts.date).toBe('2026-11-23')
    expect(text).toContain('segunda-feira, 23 de novembro de 2026')
    expect(text).not.toContain('Rule-of-Two escalations')
    expect(text).not.toContain('Monday 23 November 2026')
  })

  it('keeps the narrow columns’ Portuguese headers whole (not “Prioridad e”, “Posiç ão”)', () => {
    expect(meeting.actions.length).toBeGreaterThan(0)
    expect(text).toContain(PT.columns.priority)
    expect(text).toContain(PT.columns.rank)
  })

  it('words the Markdown and the CSV header in Portuguese', () => {
    const markdown = minutesMarkdown(meeting)
    expect(markdown).toContain(`## ${PT.headings.actions}`)
    expect(markdown).toContain(`## ${PT.headings.nextReview}`)
    expect(markdown).toContain('segunda-feira, 23 de novembro de 2026')
    expect(markdown).toMatch(/\d+ ideias\./)
    expect(actionsCsv(meeting).split('\r\n')[0]).toContain('"Responsável"')
  })
})
