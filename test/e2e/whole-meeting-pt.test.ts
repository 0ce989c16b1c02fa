import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { english } from '../../src/renderer/src/strings'
import { portuguese } from '../../src/renderer/src/strings/pt-PT'
import { createMeetingInUi, WAIT } from '../support/e2e/appSteps'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'
import { readMeetingFromDisk } from '../support/e2e/meetingFiles'
import { prepareSection, waitForPrepare } from '../support/e2e/prepareSteps'

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
  it('words the screens and the projector in Portuguese and saves the choice', async () => {
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
    // Focus after the switch is checked in test/renderer/prepare/language.test.tsx (not yet in the full app).
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), WAIT).toBe('pt-PT')
    await app.screenshot(page, 'pt-prepare')

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
