import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  createMeetingInUi,
  departmentColumn,
  goToRoundsByKeyboard,
  ideaInput
} from '../support/e2e/appSteps'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'

let app: NorthstarHarness

beforeEach(async () => {
  app = await launchNorthstar()
})

afterEach(async () => {
  await app.close()
})

/** axe-core's findings (WCAG rules and best practices alike), as "rule: what (where)" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
  )
}

describe('accessibility (axe-core)', () => {
  it('the library, the welcome stage and the rounds stage pass axe-core with no violations', async () => {
    const { page } = app
    expect(await axeViolations(page)).toEqual([])

    await createMeetingInUi(page, 'Accessible review')
    expect(await axeViolations(page)).toEqual([])
    await app.screenshot(page, 'welcome-stage')

    await goToRoundsByKeyboard(page)
    await ideaInput(page).fill('@oper Call every customer who waited more than a day')
    await ideaInput(page).press('Enter')
    await departmentColumn(page, 'Operations')
      .getByText(/Call every customer/)
      .waitFor()
    expect(await axeViolations(page)).toEqual([])
  })
})
