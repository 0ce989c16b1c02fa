import { stat } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { writeExports } from '../../../src/main/export/writeExports'
import { meetingSchema } from '../../../src/shared/meeting/schema'
import { buildLargeMeeting } from '../../../scripts/fixtures/largeMeeting'
import { collapse, pdfFonts, pdfInfo, pdfText, tempFolder } from './support'

describe('large meetings', () => {
  it('exports a 2,000-idea, 200-action meeting in every format, with a table of contents', async () => {
    const meeting = meetingSchema.parse(buildLargeMeeting({ ideas: 2000, actions: 200 }))
    const result = await writeExports(meeting, ['pdf', 'md', 'csv', 'ics'], await tempFolder())
    expect(result.files).toHaveLength(4)
    const pdf = result.files[0]?.path ?? ''
    const text = collapse(pdfText(pdf))
    expect(text).toContain('Contents')
    expect(text).toContain('(idea 2000).')
    expect(text).toContain(meeting.actions[199]?.what)
    expect(Number(pdfInfo(pdf, 'Pages'))).toBeGreaterThan(50)
    expect(pdfFonts(pdf).every((f) => f.embedded)).toBe(true)
  })

  it('completes a 5,000-idea meeting', async () => {
    const meeting = meetingSchema.parse(buildLargeMeeting({ ideas: 5000, actions: 200 }))
    const result = await writeExports(meeting, ['pdf'], await tempFolder())
    const pdf = result.files[0]?.path ?? ''
    expect((await stat(pdf)).size).toBeGreaterThan(100_000)
    expect(collapse(pdfText(pdf))).toContain('(idea 5000).')
  })
})
