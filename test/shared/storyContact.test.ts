import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyCommand } from '../../src/shared/meeting/apply'
import { migrateAndValidate } from '../../src/shared/meeting/migrations'
import type { Meeting } from '../../src/shared/meeting/schema'
import { createMeetingFromTemplate } from '../../src/shared/meeting/template'
import { minutesDocument } from '../../src/shared/minutes/minutesDocument'
import { minutesMarkdown } from '../../src/shared/minutes/minutesMarkdown'
import { minutesModel } from '../../src/shared/minutes/minutesModel'
import { projectorView } from '../../src/shared/projector/view'
import { wordErrorEn } from '../../src/shared/i18n/en/errors'

const CONTACT = 'john.whitaker@example.org, +41 79 555 01 23'

function context() {
  let n = 0
  return { now: () => '2026-11-23T09:00:00.000Z', newId: () => `id${++n}` }
}

/** A template meeting whose story has a customer, a text and private contact details. */
function meetingWithContact(): Meeting {
  const ctx = context()
  const result = applyCommand(
    createMeetingFromTemplate('Q4 review', ctx),
    {
      type: 'story.update',
      patch: { customer: 'John', text: 'I heard my daughter sing.', contact: CONTACT }
    },
    ctx
  )
  if (!result.ok) throw new Error(wordErrorEn(result.error.reason))
  return result.value
}

describe('the customer’s private contact details', () => {
  it('are kept with the story for the facilitator', () => {
    expect(meetingWithContact().story.contact).toBe(CONTACT)
  })

  it('never reach the projector, the minutes, the PDF or the Markdown', () => {
    const meeting = meetingWithContact()
    expect(JSON.stringify(projectorView(meeting))).not.toContain('example.org')
    expect(JSON.stringify(minutesModel(meeting))).not.toContain('example.org')
    expect(JSON.stringify(minutesDocument(meeting))).not.toContain('example.org')
    expect(minutesMarkdown(meeting)).not.toContain('example.org')
    // The public fields still do.
    expect(JSON.stringify(projectorView(meeting))).toContain('I heard my daughter sing.')
  })

  it('are refused, with a clear message, when far too long', () => {
    const ctx = context()
    const result = applyCommand(
      createMeetingFromTemplate('Q4 review', ctx),
      { type: 'story.update', patch: { contact: 'x'.repeat(5_000) } },
      ctx
    )
    expect(result.ok).toBe(false)
    if (!result.ok) expect(wordErrorEn(result.error.reason)).toMatch(/Contact details/)
  })

  it('are optional in a saved file: a file from before the field loads with none', () => {
    const raw = JSON.parse(
      readFileSync(join(import.meta.dirname, '../fixtures/damaged/valid.json'), 'utf8')
    ) as { story: Record<string, unknown> }
    delete raw.story.contact
    const loaded = migrateAndValidate(raw)
    expect(loaded.ok).toBe(true)
    if (loaded.ok) expect(loaded.value.meeting.story.contact).toBe('')
  })
})
