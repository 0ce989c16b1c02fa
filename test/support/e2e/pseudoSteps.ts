import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { pseudoCatalogue } from '../../../src/renderer/src/i18n/pseudo'
import { english } from '../../../src/renderer/src/strings'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { WAIT } from './appSteps'
import type { NorthstarHarness } from './launchNorthstar'
import type { UserData } from './strayText'
import { describeStrays, shownTexts, strayTexts } from './strayText'

/** The catalogue the pseudo-locale windows are worded in: the test finds controls by these words. */
export const P = pseudoCatalogue(english)

/** Keys of a meeting whose values are codes, not words a person typed (an enum shown raw is stray). */
const CODE_KEYS = /^(id|.*Ids?|kind|status|language|color|source|priority|privateFields|type)$/

/**
 * Every word of a meeting a person typed or may edit (the template's department names, round titles,
 * mission…): the page may show these as they are.
 */
export function meetingWords(meeting: Meeting, data: UserData): UserData {
  const visit = (value: unknown, key: string): void => {
    if (CODE_KEYS.test(key)) return
    // A framing question shows with its `{customer}` filled in: each part around it is the user's.
    if (typeof value === 'string')
      data.add(value, ...value.split('{customer}'), value.toUpperCase())
    else if (Array.isArray(value)) value.forEach((item) => visit(item, ''))
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k)
    }
  }
  visit(meeting, '')
  return data
}

/** What one step of the walk found. */
export interface StepFindings {
  step: string
  checked: number
  failure: string | null
}

/**
 * Checks one step: every text the page shows is pseudo-marked or user data. Saves
 * test-output/e2e/pseudo-<step>.png, asserts the step checked a fair number of texts and showed at
 * least one catalogue string marked (so it cannot pass on an empty or unlocalised page), and returns
 * the stray texts as a failure message (the test reports every step's at the end).
 */
export async function checkStep(
  app: NorthstarHarness,
  page: Page,
  step: string,
  data: UserData,
  { minTexts = 8, marked = '⟦' }: { minTexts?: number; marked?: string } = {}
): Promise<StepFindings> {
  await page.evaluate(() => document.fonts.ready)
  await app.screenshot(page, `pseudo-${step}`)
  const shown = await shownTexts(page)
  expect(shown.length, `${step}: texts checked`).toBeGreaterThanOrEqual(minTexts)
  expect(
    shown.some((s) => s.text.includes(marked)),
    `${step}: shows the catalogue string ${marked}`
  ).toBe(true)
  const strays = strayTexts(shown, data)
  return {
    step,
    checked: shown.length,
    failure: strays.length ? describeStrays(step, strays) : null
  }
}

/** Waits until the facilitator's rail marks `stage` (a pseudo-marked stage name) as current. */
export async function waitForStage(page: Page, stage: string): Promise<void> {
  await expect
    .poll(
      () =>
        page
          .getByRole('navigation', { name: P.meeting.stageRail })
          .locator('[aria-current="step"] .stage-name')
          .textContent(),
      WAIT
    )
    .toBe(stage)
}
