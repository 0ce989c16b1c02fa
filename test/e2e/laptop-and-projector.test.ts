import { execFile } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { currentStageName, ideaInput, WAIT } from '../support/e2e/appSteps'
import { goToStage } from '../support/e2e/convergeSteps'
import {
  createMeetingByKeyboard,
  fillAndAddAction,
  stepRound
} from '../support/e2e/fullMeetingSteps'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import { englishMeeting } from '../support/e2e/wholeMeeting/english'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'
import {
  offScreen,
  FULL_HD,
  headerLines,
  LAPTOP,
  pageDoesNotScroll,
  projectorClipping,
  projectorIdeaTexts,
  settle,
  shootBothWindows,
  smallestIdeaFontPx
} from '../support/e2e/layoutSteps'
import { addAttendees, prepareSection, typeInto, waitForPrepare } from '../support/e2e/prepareSteps'
import {
  expectProjectorHeading,
  projectorText,
  waitForProjectorPage
} from '../support/e2e/projectorSteps'
import { captureByKeyboard, coverageStrip } from '../support/e2e/roundsSteps'

const run = promisify(execFile)

/** A long meeting title: the header must still keep to one line at 1280 px. */
const TITLE = 'Q4 customer review — Zürich, the whole run on a 1280×720 laptop'
const CONTACT = 'john.doe@example.org, +41 79 555 01 23'

const PEOPLE = [
  { name: 'Hernando Ruiz', department: 'Operations', role: 'Leader' },
  { name: 'Tom Becker', department: 'Marketing', role: 'Marketing exec' }
]

/** Round 1: one idea per department and one long one that must be shown whole. */
const ROUND_ONE = [
  '@mark Free hearing checks for music teachers',
  '@prod A music mode tuned for live singing',
  '@cust Collect a customer story from every support call',
  '@sales Bundle the music mode with a concert-season offer',
  '@fin Discount for schools that join the teachers’ programme',
  '@oper Same-day replacement before a recital, shipped by courier to the school or the concert hall ' +
    'so that no child sings to a parent who cannot hear, with a loan device waiting at the door',
  '@mark Music teachers try the music mode for a month'
]

/** Round 2: far more long ideas than a 1280×720 projector can hold, even in small type. */
const BUSY_ROUND = Array.from(
  { length: 26 },
  (_, i) =>
    `@${['mark', 'prod', 'cust', 'fin', 'sales', 'oper'][i % 6]} Idea ${i + 1}: ask every ` +
    `customer who wrote to us this year what one change would have helped them most`
)

let app: NorthstarHarness

beforeAll(async () => {
  app = await launchNorthstar()
})

afterAll(async () => {
  await app?.close()
})

/** The header keeps to one line on every stage at 1280 px. */
async function expectOneLineHeader(page: Page, where: string): Promise<void> {
  expect.soft(await headerLines(page), `header lines on ${where}`).toBe(1)
}

async function expectProjectorFits(projector: Page, where: string): Promise<void> {
  for (const size of [LAPTOP, FULL_HD]) {
    await projector.setViewportSize(size)
    await settle(projector)
    expect
      .soft(await projectorClipping(projector), `${where} at ${size.width}×${size.height}`)
      .toEqual([])
  }
  await projector.setViewportSize(LAPTOP)
  await settle(projector)
}

describe('a meeting on a 1280×720 laptop with the projector open', () => {
  it('fits every stage on both windows, by labels and shortcuts only', async () => {
    const { page } = app
    await page.setViewportSize(LAPTOP)

    // ── Prepare: facts, two attendees, the story with a private contact field ──────────────────
    const meetingId = await createMeetingByKeyboard(page, TITLE)
    await waitForPrepare(page)
    await addAttendees(page, PEOPLE)
    const story = prepareSection(page, 'The customer story')
    await typeInto(story.getByLabel('Customer name or alias', { exact: true }), 'John')
    await typeInto(
      story.getByLabel('The story or email, in their own words', { exact: true }),
      'Last week, for the first time in years, I could clearly hear my daughter sing at her ' +
        'school recital. Thank you.',
      'Tab'
    )
    await typeInto(story.getByLabel('Contact details (private)', { exact: true }), CONTACT)

    await page.keyboard.press('Control+P')
    const projector = await waitForProjectorPage(app.projectorPage)
    await projector.emulateMedia({ reducedMotion: 'reduce' })
    await projector.setViewportSize(LAPTOP)
    await expectOneLineHeader(page, 'Prepare')
    await shootBothWindows(app, page, projector, '00-prepare')

    // ── Welcome → Last quarter → Customer story → Framing question ─────────────────────────────
    await page.getByRole('button', { name: /Start with Welcome/ }).press('Enter')
    await expect.poll(() => currentStageName(page), WAIT).toBe('Welcome')
    await expectOneLineHeader(page, 'Welcome')
    await expectProjectorFits(projector, 'Welcome')
    await shootBothWindows(app, page, projector, '01-welcome')

    await page.keyboard.press('PageDown')
    await expect.poll(() => currentStageName(page), WAIT).toBe('Last quarter’s actions')
    await shootBothWindows(app, page, projector, '02-last-quarter')

    await page.keyboard.press('PageDown')
    await expect.poll(() => currentStageName(page), WAIT).toBe('Customer story')
    // The facilitator sees the contact, marked as private; the room never does.
    const contact = page.getByText(CONTACT)
    await contact.waitFor(WAIT)
    await page.getByText('Private — not shown to the room').first().waitFor(WAIT)
    await expectProjectorHeading(projector, /Our customer’s story/)
    expect(await projector.content()).not.toContain(CONTACT)
    await expectProjectorFits(projector, 'Customer story')
    await shootBothWindows(app, page, projector, '03-story')

    // R: the reflection pause, with its countdown on the projector too.
    await page.keyboard.press('r')
    await page.getByRole('timer', { name: 'Reflection pause' }).waitFor(WAIT)
    const projectorPause = projector.getByRole('timer', { name: 'Reflection pause' })
    await expect.poll(() => projectorPause.textContent(), WAIT).toMatch(/0:(1\d|20)/)
    await shootBothWindows(app, page, projector, '04-reflection')
    await page.keyboard.press('r')
    await expect.poll(() => projectorPause.count(), WAIT).toBe(0)

    await page.keyboard.press('PageDown')
    await expect.poll(() => currentStageName(page), WAIT).toBe('Framing question')
    await expectProjectorFits(projector, 'Framing question')
    await shootBothWindows(app, page, projector, '05-framing')

    // ── Rounds: the capture bar, prompt, timer and latest ideas all above the fold ─────────────
    await page.keyboard.press('PageDown')
    await expect.poll(() => currentStageName(page), WAIT).toBe('Rounds')
    await page.keyboard.press('Alt+Shift+KeyS')
    await page.getByText('running', { exact: true }).waitFor(WAIT)
    for (const line of ROUND_ONE) await captureByKeyboard(page, line)
    await expect
      .poll(() => coverageStrip(page).textContent(), WAIT)
      .toMatch(/Every department has contributed/)
    const latest = page.locator('.idea-card', { hasText: 'try the music mode for a month' })
    // The same on a 1920×1080 laptop or a mirrored projector.
    for (const size of [LAPTOP, FULL_HD]) {
      await page.setViewportSize(size)
      await settle(page)
      const where = `at ${size.width}×${size.height}`
      for (const [what, target] of [
        ['capture bar', page.locator('.capture-bar')],
        ['prompt', page.locator('.rounds-prompt .prompt')],
        ['timer', page.getByRole('timer').first()],
        ['latest idea', latest]
      ] as const) {
        expect.soft(await offScreen(target), `${what} off screen ${where}`).toBe(0)
      }
      expect.soft(await pageDoesNotScroll(page), `the page scrolls ${where}`).toBe(true)
    }
    await page.setViewportSize(LAPTOP)
    await expectOneLineHeader(page, 'Rounds')

    // The projector: "Round 1 of 4" large, oldest idea first (as on the laptop), nothing cut.
    await expectProjectorHeading(projector, /Round 1 of 4/)
    const kickerPx = await projector
      .locator('.pj-kicker')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect.soft(kickerPx, 'ROUND 1 OF 4 px').toBeGreaterThanOrEqual(28)
    // By department as on the laptop, and within one, oldest first (Marketing's two ideas).
    const text = (i: number) => ROUND_ONE[i]!.replace(/^@\w+ /, '')
    expect
      .soft(await projectorIdeaTexts(projector), 'projector order')
      .toEqual([text(0), text(6), text(1), text(2), text(3), text(4), text(5)])
    await expectProjectorFits(projector, 'Round 1')
    await projector.setViewportSize(FULL_HD)
    await settle(projector)
    expect
      .soft(await smallestIdeaFontPx(projector), 'idea text at 1920×1080')
      .toBeGreaterThanOrEqual(32)
    await projector.setViewportSize(LAPTOP)
    await shootBothWindows(app, page, projector, '06-round-1')

    // Round 2: more than fits. The type steps down, then the rest is counted, never cut.
    await stepRound(page, 'next')
    for (const line of BUSY_ROUND) await captureByKeyboard(page, line)
    await shootBothWindows(app, page, projector, '07-round-2-busy')
    expect.soft(await offScreen(page.locator('.capture-bar')), 'capture bar, round 2').toBe(0)
    expect.soft(await offScreen(page.getByRole('timer').first()), 'timer, round 2').toBe(0)
    expect.soft(await pageDoesNotScroll(page), 'the page scrolls').toBe(true)
    await expect
      .poll(() => projectorText(projector), WAIT)
      .toMatch(/\+\d+ earlier ideas? not shown/)
    const shown = await projectorIdeaTexts(projector)
    const hidden = Number(/\+(\d+) earlier/.exec(await projectorText(projector))![1])
    expect(shown.length + hidden).toBe(BUSY_ROUND.length)
    // The newest idea is always on screen.
    expect(shown.join('\n')).toContain('Idea 26:')
    await expectProjectorFits(projector, 'a busy round 2')

    // ── Converge, Actions, Recognition & close, Minutes ────────────────────────────────────────
    await goToStage(page, 'Converge')
    const firstIdea = page.getByLabel('Select “Free hearing checks for music teachers”')
    await firstIdea.focus()
    for (let i = 0; i < 3; i++) await page.keyboard.press('+')
    await expect
      .poll(() =>
        page.getByLabel('Votes for “Free hearing checks for music teachers”').inputValue()
      )
      .toBe('3')
    await expectOneLineHeader(page, 'Converge')
    await expectProjectorFits(projector, 'Converge')
    await shootBothWindows(app, page, projector, '08-converge')

    await goToStage(page, 'Actions')
    // The whole meeting's first action (Hernando, Operations: both in this room too).
    await fillAndAddAction(page, englishMeeting.actions[0]!)
    await expectOneLineHeader(page, 'Actions')
    await expectProjectorFits(projector, 'Actions')
    await shootBothWindows(app, page, projector, '09-actions')

    await goToStage(page, 'Recognition & close')
    await page.getByLabel('Who').fill('Hernando Ruiz')
    await page.getByLabel('For what').fill('bringing John’s email to the room')
    await page.getByLabel('For what').press('Enter')
    await page.getByText('bringing John’s email to the room').first().waitFor(WAIT)
    await expectProjectorFits(projector, 'Recognition & close')
    await shootBothWindows(app, page, projector, '10-close')

    await goToStage(page, 'Minutes')
    await page.getByRole('button', { name: 'Choose folder and export…' }).press('Enter')
    await page.getByText(/^Exported \d files?\.$/).waitFor({ timeout: 60_000 }) // the PDF export, which takes longer than other steps on a loaded machine
    await expectOneLineHeader(page, 'Minutes')
    await shootBothWindows(app, page, projector, '11-minutes')

    // The private contact never reaches the minutes.
    const files = await readdir(app.exportDir, { recursive: true })
    const pdf = files.find((f) => f.endsWith('.pdf'))!
    const { stdout } = await run('pdftotext', ['-layout', join(app.exportDir, pdf), '-'])
    expect(stdout).toContain('John')
    expect(stdout).not.toContain(CONTACT)
    expect(meetingId).toBeTruthy()
    await expect.poll(() => ideaInput(page).count()).toBe(0)
    expect(app.problems).toEqual([])
  }, 300_000) // a whole meeting on two windows; 180 s was too close on a loaded machine
})
