import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STAGE_KINDS } from '../../src/shared/meeting/schema'
import { WAIT } from '../support/e2e/appSteps'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'
import { fillMeetingForTheRoom, SECRETS } from '../support/e2e/projectorSteps'
import { checkStep, meetingWords, P, waitForStage } from '../support/e2e/pseudoSteps'
import type { StepFindings } from '../support/e2e/pseudoSteps'
import { UserData } from '../support/e2e/strayText'

/** The words this test types or seeds: the only unmarked words a page may show. */
const FILLED = 'Q4 customer review, pseudo'
const FRESH = 'A fresh meeting'
const TYPED_IDEA = 'Let parents record the recital'
const THEME = 'Recitals at home'

let app: NorthstarHarness

beforeAll(async () => {
  app = await launchNorthstar({ uiLocale: 'pseudo' })
})

afterAll(async () => {
  await app?.close()
})

describe('the pseudo-locale run', () => {
  it('shows no text that did not come from the strings module, on any screen of either window', async () => {
    const { page, service } = app
    const data = new UserData().add(FILLED, FRESH, TYPED_IDEA, THEME, ...Object.values(SECRETS))
    const findings: StepFindings[] = []
    const check = async (step: string, options?: { minTexts?: number; marked?: string }) =>
      findings.push(await checkStep(app, page, step, data, options))
    const checkProjector = async (step: string) => {
      const projector = app.projectorPage()
      if (!projector) throw new Error('The projector window is not open.')
      await projector.locator('main.projector, main.pj-blank').first().waitFor(WAIT)
      findings.push(await checkStep(app, projector, `projector-${step}`, data, { minTexts: 2 }))
    }

    // ── Library, with meetings in it; a new meeting from the form ──────────────────────────────
    const { meeting: seeded } = (await service.createMeeting(FILLED, { kind: 'template' })).view
    meetingWords(await fillMeetingForTheRoom(service, seeded.id), data)
    await page.getByRole('heading', { name: P.library.heading }).waitFor(WAIT)
    await page.getByText(FILLED, { exact: true }).first().waitFor(WAIT)
    await check('library', { marked: P.library.heading })

    await page.getByLabel(P.library.titleLabel).fill(FRESH)
    await page.getByLabel(P.library.sourceLabel).selectOption({ label: P.library.sourceTemplate })
    await page.getByRole('button', { name: P.library.create }).click()
    await page.getByRole('heading', { name: P.prepare.heading }).waitFor(WAIT)
    const freshId = decodeURIComponent(page.url().split('#/meeting/')[1]!)
    meetingWords((await service.openMeeting(freshId)).view.meeting, data)
    await check('prepare-new', { marked: P.prepare.heading })

    // ── The filled meeting: Prepare, then every stage of the run, with the projector ───────────
    await page.getByRole('button', { name: P.meeting.back }).click()
    await page.getByRole('heading', { name: P.library.heading }).waitFor(WAIT)
    await page
      .locator('li', { has: page.getByText(FILLED, { exact: true }) })
      .getByRole('button', { name: P.library.open, exact: true })
      .click()
    await page.getByRole('heading', { name: FILLED, level: 1 }).waitFor(WAIT)
    const prepare = page.getByRole('button', { name: P.prepare.toggle, exact: true })
    if ((await prepare.getAttribute('aria-pressed')) !== 'true') await prepare.click()
    await page.getByRole('heading', { name: P.prepare.heading }).waitFor(WAIT)
    await check('prepare-filled', { minTexts: 40, marked: P.prepare.facts.heading })
    await page.getByRole('button', { name: P.prepare.start }).click()
    await waitForStage(page, P.stages.welcome)

    await app.openProjectorPage()
    for (const [i, kind] of STAGE_KINDS.entries()) {
      if (i > 0) await page.keyboard.press('PageDown')
      await waitForStage(page, P.stages[kind])
      await check(`stage-${i + 1}-${kind}`, { marked: P.stages[kind] })
      await checkProjector(`${i + 1}-${kind}`)
    }
    expect(findings.length).toBeGreaterThan(0)

    const failures = findings.flatMap((f) => (f.failure ? [f.failure] : []))
    console.info(findings.map((f) => `${f.step}: ${f.checked} texts`).join('\n'))
    expect(failures.join('\n\n'), 'stray text').toBe('')
    expect(app.problems).toEqual([])
  })
})
