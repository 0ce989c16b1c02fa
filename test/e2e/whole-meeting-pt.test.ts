import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { english } from '../../src/renderer/src/strings'
import { portuguese } from '../../src/renderer/src/strings/pt-PT'
import { createMeetingInUi, WAIT } from '../support/e2e/appSteps'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'
import { readMeetingFromDisk } from '../support/e2e/meetingFiles'
import { prepareSection, waitForPrepare } from '../support/e2e/prepareSteps'

/**
 * What is wrong with the meeting header's controls in the window as it is: a control out of the
 * window's width, or two controls overlapping (by their names). Empty when the header is readable.
 */
function headerProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>('.app-header button, .app-header select')
    )
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({
        name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
        box: el.getBoundingClientRect()
      }))
    const problems: string[] = []
    for (const { name, box } of controls)
      if (box.left < 0 || box.right > width)
        problems.push(
          `${name} runs out of the window (${Math.round(box.left)}–${Math.round(box.right)} of ${width})`
        )
    controls.forEach((a, i) =>
      controls.slice(i + 1).forEach((b) => {
        const overlap =
          a.box.left < b.box.right - 1 &&
          b.box.left < a.box.right - 1 &&
          a.box.top < b.box.bottom - 1 &&
          b.box.top < a.box.bottom - 1
        if (overlap) problems.push(`${a.name} overlaps ${b.name}`)
      })
    )
    return problems
  })
}

/** The Portuguese catalogue the screens follow: the test reads its labels from it. */
const PT = portuguese

let app: NorthstarHarness

beforeAll(async () => {
  app = await launchNorthstar()
})

afterAll(async () => {
  await app.close()
})

describe('a meeting switched to Portuguese in Prepare', () => {
  it('words the screens, the header at 1280 px and the projector in Portuguese and saves the choice', async () => {
    const { page } = app
    const meetingId = await createMeetingInUi(page, 'Revisão do 4.º trimestre')
    await waitForPrepare(page)

    const facts = prepareSection(page, english.prepare.facts.heading)
    await facts.getByLabel(english.prepare.facts.date).fill('2026-12-03')
    await facts.getByLabel(english.prepare.facts.date).press('Tab')
    await facts.getByLabel(english.prepare.facts.language).selectOption('pt-PT')

    // The screens remount in Portuguese, the language select keeps the focus.
    await app.screenshot(page, 'pt-prepare-switch')
    // Prepare's own labels are read from whichever catalogue words them (pt-PT's where it has them).
    const select = page
      .getByLabel(PT.prepare.facts.language)
      .or(page.getByLabel(english.prepare.facts.language))
    await expect.poll(() => select.inputValue(), WAIT).toBe('pt-PT')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), WAIT).toBe('pt-PT')
    // A keyboard user stays on the select: the remounted screens give it the focus back.
    await expect.poll(() => select.evaluate((el) => el === document.activeElement), WAIT).toBe(true)
    await app.screenshot(page, 'pt-prepare')

    // At 1280 px the longer Portuguese header wraps: every control stays in the window, none overlap.
    await page.setViewportSize({ width: 1280, height: 720 })
    await expect.poll(() => headerProblems(page), WAIT).toEqual([])
    await page.locator('.app-header').screenshot({ path: 'test-output/e2e/pt-header-1280.png' })

    // The projector follows the language of the presented meeting.
    const projector = await app.openProjectorPage()
    await expect
      .poll(() => projector.evaluate(() => document.documentElement.lang), WAIT)
      .toBe('pt-PT')
    await app.screenshot(projector, 'pt-projector')

    // The file holds the choice; its content stays as it was written (English template).
    const saved = await readMeetingFromDisk(app.workspaceDir, meetingId)
    expect(saved?.meeting.facts.language).toBe('pt-PT')
    expect(saved?.meeting.facts.date).toBe('2026-12-03')
    // The whole meeting run in Portuguese, created in Portuguese from the library (template,
    // every stage, the projector, the PDF minutes): full-meeting-pt.test.ts.
  }, 180_000)
})
