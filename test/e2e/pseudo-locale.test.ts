import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STAGE_KINDS } from '../../src/shared/meeting/schema'
import { WAIT } from '../support/e2e/appSteps'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'
import { fillMeetingForTheRoom, SECRETS } from '../support/e2e/projectorSteps'
import { checkStep, meetingWords, P, waitForStage } from '../support/e2e/pseudoSteps'
import type { StepFindings } from '../support/e2e/pseudoSteps'
import { UserData } from '../support/e2e/strayText'
import { LANGUAGE_NAMES } from '../../src/renderer/src/i18n/languageNames'

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
  it(
    'shows no text that did not come from the strings module, on any screen of either window',
    { timeout: 480_000 },
    async () => {
      const { page, service } = app
      // Language names are written in themselves on purpose (a reader finds their own language).
      const data = new UserData().add(
        FILLED,
        FRESH,
        TYPED_IDEA,
        THEME,
        ...Object.values(SECRETS),
        ...Object.values(LANGUAGE_NAMES)
      )
      const findings: StepFindings[] = []
      const check = async (step: string, options?: { minTexts?: number; marked?: string }) =>
        findings.push(await checkStep(app, page, step, data, options))
      const checkProjector = async (step: string) => {
        const projector = app.projectorPage()
        if (!projector) throw new Error('The projector window is not open.')
        await projector.locator('main.projector, main.pj-blank').first().waitFor(WAIT)
        findings.push(await checkStep(app, projector, `projector-${step}`, data, { minTexts: 2 }))
      }

      /** What a facilitator does on some stages beyond looking: forms, errors, panels, dialogs. */
      const stageExtras: Partial<Record<(typeof STAGE_KINDS)[number], () => Promise<void>>> = {
        rounds: async () => {
          const idea = page.getByLabel(P.rounds.ideaLabel, { exact: true })
          await idea.fill(`@nobody ${TYPED_IDEA}`)
          await idea.press('Enter')
          await page
            .getByText(/nobody/)
            .first()
            .waitFor(WAIT)
          await check('rounds-capture-error', { marked: P.rounds.captureHeading })
          await idea.fill(`@prod ${TYPED_IDEA}`)
          await idea.press('Enter')
          await page.getByText(TYPED_IDEA, { exact: true }).first().waitFor(WAIT)
          await check('rounds-captured')
          await checkProjector('rounds-captured')
          await page.keyboard.press('Control+f')
          await page.getByRole('dialog', { name: P.search.dialogLabel }).waitFor(WAIT)
          await page.keyboard.type('music')
          await check('search', { marked: P.search.dialogLabel })
          await page.keyboard.press('Escape')
          await page.locator('body').click({ position: { x: 5, y: 5 } })
          await page.keyboard.press('?')
          await page.getByRole('heading', { name: P.stagesIntro.cheatSheet.heading }).waitFor(WAIT)
          await check('cheat-sheet', { minTexts: 40, marked: P.stagesIntro.cheatSheet.heading })
          await page.keyboard.press('Escape')
          await page.getByRole('button', { name: P.room.toggle, exact: true }).click()
          await page.getByRole('region', { name: P.room.panelLabel }).waitFor(WAIT)
          await check('room-panel', { marked: P.room.intro })
          await page.getByRole('button', { name: P.room.close, exact: true }).click()
        },
        converge: async () => {
          const [first, second] = seededIdeas
          // The unthemed list starts below the fold (the pseudo-locale's longer text pushes it down),
          // and a list far from the viewport draws its rows only when scrolled near, as a user would.
          await page.getByRole('heading', { name: P.converge.unthemed }).scrollIntoViewIfNeeded()
          for (const text of [first!, second!]) {
            await page.getByLabel(P.converge.selectIdea(text)).focus()
            await page.keyboard.press('Space')
          }
          await page.keyboard.press('t')
          await page.getByLabel(P.converge.themeDialogLabel(2)).waitFor(WAIT)
          await check('converge-theme-dialog', { marked: P.converge.themeDialogTitle })
          await page.keyboard.type(THEME)
          await page.keyboard.press('Enter')
          await page.getByRole('region', { name: THEME, exact: true }).waitFor(WAIT)
          await check('converge-themed')
          await checkProjector('converge-themed')
        },
        actions: async () => {
          await page.getByRole('button', { name: P.actions.add, exact: true }).click()
          await page.getByText(P.actions.required.benefit).waitFor(WAIT)
          await check('actions-form-errors', { marked: P.actions.required.benefit })
        },
        close: async () => {
          await page.getByRole('button', { name: P.close.add, exact: true }).click()
          await page.getByText(P.close.required.who).waitFor(WAIT)
          await check('close-form-errors', { marked: P.close.required.who })
        },
        minutes: async () => {
          await page.getByRole('button', { name: P.minutes.chooseFolder }).click()
          // Four formats, the PDF among them: slower than a click on a shared machine.
          await page
            .getByRole('heading', { name: P.minutes.resultsHeading })
            .waitFor({ timeout: 90_000 })
          // The exported files' paths are the file system's: shown as they are on disk.
          const files = await readdir(app.exportDir)
          data.add(...files.flatMap((file) => [join(app.exportDir, file), file]))
          await check('minutes-exported', { marked: P.minutes.resultsHeading })
        }
      }

      // ── Library, with meetings in it; a new meeting from the form ──────────────────────────────
      const { meeting: seeded } = (await service.createMeeting(FILLED, { kind: 'template' })).view
      const filled = await fillMeetingForTheRoom(service, seeded.id)
      meetingWords(filled, data)
      const seededIdeas = filled.ideas.map((i) => i.text)
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
        await stageExtras[kind]?.()
      }

      // ── Back in the library: a deleted meeting's toast ─────────────────────────────────────────
      await page.getByRole('button', { name: P.meeting.back }).click()
      await page
        .locator('li', { has: page.getByText(FRESH, { exact: true }) })
        .getByRole('button', { name: P.library.delete, exact: true })
        .click()
      await page.getByText(P.toast.deleted(FRESH)).waitFor(WAIT)
      await check('library-toast', { marked: P.toast.undo })
      expect(findings.length).toBeGreaterThan(0)

      const failures = findings.flatMap((f) => (f.failure ? [f.failure] : []))
      console.info(findings.map((f) => `${f.step}: ${f.checked} texts`).join('\n'))
      expect(failures.join('\n\n'), 'stray text').toBe('')
      expect(app.problems).toEqual([])
    }
  )
})
