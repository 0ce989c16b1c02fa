import { execFile } from 'node:child_process'
import { copyFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect } from 'vitest'
import { WAIT } from '../appSteps'
import { goToStage } from '../convergeSteps'
import { SCREENSHOT_DIR } from '../launchNorthstar'
import { seriousAxeViolations } from '../prepareSteps'
import { projectorText } from '../projectorSteps'
import { htmlLang, projectorShows } from './runOpening'
import { shoot } from './script'
import type { MeetingRun } from './script'

const run = promisify(execFile)

/** Recognition & close: two advocates recognised, three priorities, the next review's date. */
export async function runClose(meeting: MeetingRun): Promise<void> {
  const { page, s, m } = meeting
  const c = s.close
  await goToStage(page, s.stages.close, s)
  for (const [who, forWhat] of m.recognitions) {
    await page.getByLabel(c.who).fill(who)
    await page.getByLabel(c.forWhat).fill(forWhat)
    await page.getByLabel(c.forWhat).press('Enter')
    await page.getByText(forWhat).waitFor(WAIT)
  }
  for (const [i, priority] of m.priorities.entries()) {
    await page.getByLabel(c.priorityLabel(i + 1)).fill(priority)
  }
  await page.getByLabel(c.priorityLabel(3)).press('Enter')
  await page.getByText(c.prioritiesSaved).waitFor(WAIT)
  await page.getByLabel(c.nextReviewLabel).fill(m.nextReview)
  await page.getByText(c.nextReviewSaved(s.dates.day(m.nextReview))).waitFor(WAIT)
  await projectorShows(meeting, s.projector.close.heading)
  await expect.poll(() => projectorText(meeting.projector!), WAIT).toContain(m.priorities[2])
  // With the projector live the header still fits the window: no sideways scroll, no button past it.
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)
  ).toBeLessThanOrEqual(0)
  const pastWindow = await page
    .locator('header.app-header button')
    .evaluateAll((buttons) =>
      buttons.filter((b) => b.getBoundingClientRect().right > innerWidth).map((b) => b.textContent)
    )
  expect(pastWindow).toEqual([])
  await shoot(meeting, '10-recognition-close')
  expect(await seriousAxeViolations(page)).toEqual([])
}

/**
 * Minutes: a PDF only, into the folder the picker answers. Its text holds the actions, the story
 * without its private segment, and the minutes' headings and date in the meeting's language; for a
 * review, its pages are drawn to PNGs next to the screenshots.
 */
export async function runMinutes(meeting: MeetingRun): Promise<void> {
  const { app, page, s, m } = meeting
  await goToStage(page, s.stages.minutes, s)
  for (const other of [s.minutes.formats.md, s.minutes.formats.csv, s.minutes.formats.ics]) {
    await page.getByLabel(other).press('Space')
    await expect.poll(() => page.getByLabel(other).isChecked(), WAIT).toBe(false)
  }
  await page.getByRole('button', { name: s.minutes.chooseFolder }).press('Enter')
  // Drawing the PDF takes longest of all the steps; on a loaded machine, well past WAIT.
  await page.getByText(s.minutes.done(1)).waitFor({ timeout: 60_000 })
  const pdfs = (await readdir(app.exportDir)).filter((f) => f.endsWith('.pdf'))
  expect(pdfs).toHaveLength(1)
  // Kept next to the screenshots so a person can read the minutes this run produced.
  const pdf = join(SCREENSHOT_DIR, `${m.shots}minutes.pdf`)
  await copyFile(join(app.exportDir, pdfs[0]!), pdf)
  if (m.reviewShots) {
    await run('pdftoppm', ['-png', '-r', '60', pdf, join(SCREENSHOT_DIR, `${m.shots}minutes`)])
  }
  // Content order (-raw): a table cell's wrapped lines stay together, not beside the next column.
  const { stdout: minutes } = await run('pdftotext', ['-raw', pdf, '-'])
  const flat = minutes.replace(/\s+/g, ' ')
  for (const action of m.actions) {
    expect(flat, `the minutes name "${action.what}"`).toContain(action.what)
    expect(flat, `the minutes name ${action.owner}`).toContain(action.owner)
  }
  // The segment was kept out of the minutes; the rest of the story is in them.
  expect(flat).toContain(m.story.impact)
  expect(flat).not.toContain(m.story.segment)
  // Worded in the meeting's language: headings, the date, plurals.
  const w = m.minutes
  for (const words of [
    w.kicker,
    w.headings.actions,
    w.headings.escalations,
    w.headings.story,
    w.headings.ideas,
    w.headings.recognitions,
    w.headings.priorities,
    w.headings.nextReview,
    m.minutesDate,
    w.columns.priority,
    w.columns.rank,
    w.votes(2),
    w.votes(3),
    w.ideasIntro(m.ideas.length)
  ]) {
    expect(flat, `the minutes say “${words}”`).toContain(words)
  }
  await shoot(meeting, '11-minutes')
  expect(await seriousAxeViolations(page)).toEqual([])
  for (const window of [page, meeting.projector!]) expect(await htmlLang(window)).toBe(m.htmlLang)
}
