import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { english, type Strings } from '../../../src/renderer/src/strings'
import type { Locale } from '../../../src/shared/i18n/locale'
import type { MetricKind, Priority } from '../../../src/shared/meeting/schema'
import { ideaInput, sentencePattern, WAIT } from './appSteps'
import { SCREENSHOT_DIR } from './launchNorthstar'
import type { NorthstarHarness } from './launchNorthstar'

/** Where the whole-meeting run keeps one screenshot per stage. */
export const FULL_MEETING_SHOTS = join(SCREENSHOT_DIR, 'full-meeting')

/** Saves a screenshot under test-output/e2e/full-meeting/ (made on first use). */
export async function stageShot(app: NorthstarHarness, name: string): Promise<string> {
  await mkdir(FULL_MEETING_SHOTS, { recursive: true })
  return app.screenshot(app.page, `full-meeting/${name}`)
}

/**
 * Creates a meeting from the library form without the mouse: type the title, pick the template (and
 * the meeting's language, when given), Enter. Returns the new meeting's id from the address. The
 * library itself is worded in English.
 */
export async function createMeetingByKeyboard(
  page: Page,
  title: string,
  startFrom = english.library.sourceTemplate,
  language?: Locale
): Promise<string> {
  const l = english.library
  const titleField = page.getByLabel(l.titleLabel)
  await titleField.waitFor(WAIT)
  await titleField.fill(title)
  await page.getByLabel(l.sourceLabel).selectOption({ label: startFrom })
  if (language) await page.getByLabel(l.languageLabel).selectOption(language)
  await titleField.press('Enter')
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe(title)
  await expect.poll(() => page.url(), WAIT).toMatch(/#\/meeting\/.+/)
  return decodeURIComponent(page.url().split('#/meeting/')[1]!)
}

/**
 * Captures an idea with an author: the line in the idea field, Tab, the author, Enter (which commits
 * from the author field too), then Shift+Tab back to the idea field for the next one.
 */
export async function captureWithAuthor(
  page: Page,
  line: string,
  author: string,
  s: Strings = english
): Promise<void> {
  await page.keyboard.type(line)
  await page.keyboard.press('Tab')
  await page.keyboard.type(author)
  await page.keyboard.press('Enter')
  await expect.poll(() => ideaInput(page, s).inputValue(), WAIT).toBe('')
  await page.keyboard.press('Shift+Tab')
  await expect
    .poll(() => ideaInput(page, s).evaluate((input) => input === document.activeElement), WAIT)
    .toBe(true)
}

/** One action as the facilitator types it into the Actions form (priority and metric by kind). */
export interface ActionInput {
  what: string
  owner: string
  department: string
  dueDate: string
  priority: Priority
  benefit: string
  metric: MetricKind
  metricName?: string
  baseline: string
  target: string
  measureOn: string
}

/**
 * Fills the action form field by field (its "What" is left alone when `keepWhat`, as after picking a
 * shortlist entry) and submits it with Enter from the owner field. Labels and options from `s`.
 */
export async function fillAndAddAction(
  page: Page,
  action: ActionInput,
  keepWhat = false,
  s: Strings = english
): Promise<void> {
  const a = s.actions
  if (!keepWhat) await page.getByLabel(a.what).fill(action.what)
  await page.getByLabel(a.owner).fill(action.owner)
  await page.getByLabel(a.department).selectOption({ label: action.department })
  await page.getByLabel(a.dueDate).fill(action.dueDate)
  await page.getByLabel(a.priority).selectOption({ label: a.priorities[action.priority] })
  await page.getByLabel(a.benefit).fill(action.benefit)
  await page
    .getByLabel(a.metricKind, { exact: true })
    .selectOption({ label: a.metricKinds[action.metric] })
  if (action.metricName) await page.getByLabel(a.customName).fill(action.metricName)
  await page.getByLabel(a.baseline).fill(action.baseline)
  await page.getByLabel(a.target).fill(action.target)
  await page.getByLabel(a.measureOn).fill(action.measureOn)
  await page.getByLabel(a.owner).press('Enter')
  await page
    .locator('section.action-list .action-what', { hasText: action.what })
    .first()
    .waitFor(WAIT)
  // A fresh form with the caret in its first field, ready for the next action.
  await expect.poll(() => page.getByLabel(a.what).inputValue(), WAIT).toBe('')
}

/**
 * Selects idea `number` of the current round with Alt+↑ (newest first), one press at a time, each
 * waiting until the idea tools name the newly selected idea, so fast presses never overtake React.
 */
export async function selectIdeaByKeyboard(
  page: Page,
  number: number,
  s: Strings = english
): Promise<void> {
  // "#N (department) selected", as the catalogue words it.
  const selected = sentencePattern(s.rounds.tools.selected(90817, 'DEPARTMENT'), {
    '90817': '(\\d+)',
    DEPARTMENT: '.+'
  })
  const selectedNumber = async () => {
    const shown = page.getByText(selected)
    if ((await shown.count()) === 0) return null
    return Number(selected.exec((await shown.first().textContent()) ?? '')?.[1])
  }
  for (let presses = 0; presses < 50; presses++) {
    const before = await selectedNumber()
    if (before === number) return
    await page.keyboard.press('Alt+ArrowUp')
    await expect.poll(selectedNumber, WAIT).not.toBe(before)
  }
  throw new Error(`Idea #${number} could not be selected with Alt+↑.`)
}

/** The name of the round tab that is pressed (the round on screen). */
const currentRoundTab = (page: Page, s: Strings): Promise<string | null> =>
  page
    .getByRole('group', { name: s.rounds.roundsLabel })
    .locator('button[aria-pressed="true"]')
    .textContent()

/**
 * Goes one round on or back with Alt+Page Down / Alt+Page Up and waits until that round is on
 * screen (each press counts from the round shown, so presses must not overtake the screen).
 */
export async function stepRound(
  page: Page,
  direction: 'next' | 'previous',
  s: Strings = english
): Promise<void> {
  const before = await currentRoundTab(page, s)
  await page.keyboard.press(direction === 'next' ? 'Alt+PageDown' : 'Alt+PageUp')
  await expect.poll(() => currentRoundTab(page, s), WAIT).not.toBe(before)
}

/**
 * Waits until every idea shown on the Rounds stage is confirmed by main (none drawn as pending).
 * Needed before picking a build target: a save that comes back clears the selection.
 */
export async function waitForCapturesSaved(page: Page): Promise<void> {
  await expect.poll(() => page.locator('li.idea[aria-busy="true"]').count(), WAIT).toBe(0)
}
