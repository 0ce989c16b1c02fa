import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Command } from '../../src/shared/meeting/commands/schema'
import { createMeetingInUi, WAIT } from '../support/e2e/appSteps'
import {
  applyThroughService,
  axeViolations,
  goToStage,
  seedIdeas
} from '../support/e2e/convergeSteps'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'

const run = promisify(execFile)

let app: NorthstarHarness

beforeEach(async () => {
  app = await launchNorthstar()
})

afterEach(async () => {
  await app.close()
})

const ACTIONS = [
  ['Ship a music mode for live singing', 'Jonas Berg', '2027-02-28', '28 Feb 2027'],
  ['Same-day replacement before a concert', 'Priya Raman', '2027-01-15', '15 Jan 2027']
] as const

/** A meeting with ideas, two actions and a next review, entered through the service. */
async function meetingWithActions(): Promise<string> {
  const meetingId = await createMeetingInUi(app.page, 'Q4 customer review')
  const seeded = await seedIdeas(app, meetingId)
  const product = seeded.departments.find((d) => d.name === 'Product')!.id
  await applyThroughService(app, meetingId, [
    ...ACTIONS.map(([what, owner, dueDate]): Command => ({
      type: 'action.add',
      what,
      owner,
      departmentId: product,
      dueDate,
      priority: 'high',
      customerBenefit: 'Customers hear the people they love',
      metric: { kind: 'nps', customName: '', baseline: '32', target: '40', measureOn: '' },
      sourceIdeaIds: []
    })),
    { type: 'nextReview.set', date: '2027-02-26' }
  ])
  return meetingId
}

describe('the export dialog (Minutes stage)', () => {
  it('exports PDF, Markdown, CSV and calendar into the chosen folder, then opens and shows them', async () => {
    const { page } = app
    await meetingWithActions()
    await goToStage(page, 'Minutes')

    for (const label of [
      'PDF action minutes',
      'Markdown (for email or a wiki)',
      'CSV of actions (for a spreadsheet)',
      'Calendar (.ics) with due dates and the next review'
    ]) {
      expect(await page.getByLabel(label).isChecked()).toBe(true)
    }
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Choose folder and export…' }).click()
    await page.getByText('Exported 4 files.').waitFor(WAIT)
    // Focus lands on the results so Open / Show in folder are one Tab away.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), WAIT)
      .toBe('export-results-heading')

    const files = (await readdir(app.exportDir)).sort()
    expect(files.map((f) => f.split('.').pop())).toEqual(['csv', 'ics', 'md', 'pdf'])
    for (const f of files) {
      expect(existsSync(join(app.exportDir, f))).toBe(true)
      await page.getByText(join(app.exportDir, f), { exact: true }).waitFor(WAIT)
    }
    const pdf = join(
      app.exportDir,
      files.find((f) => f.endsWith('.pdf'))!
    )
    // Content order, whitespace collapsed: an action's title may wrap inside its table cell.
    const { stdout: raw } = await run('pdftotext', ['-raw', pdf, '-'])
    const text = raw.replace(/\s+/g, ' ')
    // The PDF prints due dates for people to read (28 Feb 2027).
    for (const [what, owner, , printedDue] of ACTIONS) {
      expect(text).toContain(what)
      expect(text).toContain(owner)
      expect(text).toContain(printedDue)
    }
    await app.screenshot(page, 'minutes-stage')
    expect(await axeViolations(page)).toEqual([])

    await page
      .getByRole('button', { name: `Open ${files.find((f) => f.endsWith('.pdf'))}` })
      .click()
    await page
      .getByRole('button', { name: `Show ${files.find((f) => f.endsWith('.md'))} in its folder` })
      .click()
    await expect
      .poll(() => app.revealed, WAIT)
      .toEqual([
        pdf,
        join(
          app.exportDir,
          files.find((f) => f.endsWith('.md'))!
        )
      ])

    // Second time: only Markdown, straight to the last folder; nothing is overwritten.
    await page.getByLabel('PDF action minutes').uncheck()
    await page.getByLabel('CSV of actions (for a spreadsheet)').uncheck()
    await page.getByLabel('Calendar (.ics) with due dates and the next review').uncheck()
    await page.getByRole('button', { name: `Export to ${app.exportDir}` }).click()
    await page.getByText('Exported 1 file.').waitFor(WAIT)
    expect((await readdir(app.exportDir)).filter((f) => f.endsWith('.md'))).toHaveLength(2)

    // No format: the buttons are off and the dialog says why.
    await page.getByLabel('Markdown (for email or a wiki)').uncheck()
    await page.getByText('Pick at least one format.').waitFor(WAIT)
    expect(await page.getByRole('button', { name: 'Choose folder and export…' }).isDisabled()).toBe(
      true
    )
    expect(app.problems).toEqual([])
  })

  it('keeps capture working while an export runs', async () => {
    const { page } = app
    const meetingId = await meetingWithActions()
    await goToStage(page, 'Minutes')
    await page.getByRole('button', { name: 'Choose folder and export…' }).click()
    // Straight back to the rounds, mid-export, and capture an idea.
    await goToStage(page, 'Rounds')
    const idea = page.getByLabel('Idea', { exact: true })
    await idea.fill('@fin Price a concert bundle')
    await idea.press('Enter')
    await expect
      .poll(
        async () => (await app.service.openMeeting(meetingId)).view.meeting.ideas.at(-1)?.text,
        WAIT
      )
      .toBe('Price a concert bundle')
    await goToStage(page, 'Minutes')
    await page.getByText('Exported 4 files.').waitFor(WAIT)
    expect(app.problems).toEqual([])
  })

  it('lists the characters the PDF cannot draw before anything is written', async () => {
    const { page } = app
    const meetingId = await meetingWithActions()
    const first = (await app.service.openMeeting(meetingId)).view.meeting
    await applyThroughService(app, meetingId, [
      {
        type: 'idea.add',
        roundId: first.rounds[0]!.id,
        departmentId: first.departments[0]!.id,
        // Hebrew and Japanese are drawn; Tamil has no font in the PDF.
        text: 'דוד and 田中 say: வணக்கம்'
      }
    ])
    await goToStage(page, 'Minutes')
    const note = page.getByRole('note', { name: 'Characters the PDF cannot draw' })
    await note.waitFor(WAIT)
    const items = await note.getByRole('listitem').allTextContents()
    expect(items[0]).toContain('“வ”, Tamil letter (U+0BB5), in an idea')
    expect(items.join(' ')).not.toContain('דוד')
    expect(items.join(' ')).not.toContain('田中')
    expect(await readdir(app.exportDir)).toEqual([])
    await app.screenshot(page, 'minutes-pdf-check')
    expect(await axeViolations(page)).toEqual([])
    expect(app.problems).toEqual([])
  })
})
