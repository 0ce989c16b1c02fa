import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { english, type Strings } from '../../../src/renderer/src/strings'
import { ideaInput, WAIT } from './appSteps'

/** Types one line into the capture bar and presses Enter, as the facilitator does; waits for the save. */
export async function captureByKeyboard(
  page: Page,
  line: string,
  s: Strings = english
): Promise<void> {
  await page.keyboard.type(line)
  await page.keyboard.press('Enter')
  await expect.poll(() => ideaInput(page, s).inputValue(), WAIT).toBe('')
  // The card shows at once; wait until main has saved it (it can then be selected and built on).
  await expect.poll(() => page.locator('li.idea.pending').count(), WAIT).toBe(0)
}

/** The card of the idea whose text matches, on the Rounds stage. */
export const ideaCard = (page: Page, text: string | RegExp): Locator =>
  page.locator('.idea-card', { hasText: text })

/** The department coverage strip of the current round. */
export const coverageStrip = (page: Page, s: Strings = english): Locator =>
  page.getByRole('region', { name: s.rounds.coverage.label })

/** The round timer's m:ss. */
export const timerText = (page: Page): Promise<string | null> =>
  page.getByRole('timer').textContent()

/** True while the capture bar's idea field has focus. */
export const captureHasFocus = (page: Page, s: Strings = english): Promise<boolean> =>
  ideaInput(page, s).evaluate((input) => input === document.activeElement)

/** axe-core's serious and critical findings, as "rule: what (where)" lines. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}
