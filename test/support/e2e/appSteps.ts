import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { english, type Strings } from '../../../src/renderer/src/strings'

/**
 * A pattern for a catalogue sentence with holes: `sentence` is the catalogue function called with
 * marks (unlikely words), and `holes` maps each mark to its pattern; e.g. "#\d+ (…) selected" in any
 * language from `tools.selected(90817, 'DEPARTMENT')`.
 */
export function sentencePattern(sentence: string, holes: Record<string, string>): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  let source = escape(sentence)
  for (const [mark, pattern] of Object.entries(holes)) {
    source = source.replace(escape(mark), pattern)
  }
  return new RegExp(`^${source}$`)
}

/** How long to wait for the UI or the disk; the shared test machines can be slow. */
export const WAIT = { timeout: 15_000 }

/** The stage marked current in the run-of-show rail (labels from `s`, the meeting's catalogue). */
export const currentStageName = (page: Page, s: Strings = english): Promise<string | null> =>
  page
    .getByRole('navigation', { name: s.meeting.stageRail })
    .locator('[aria-current="step"] .stage-name')
    .textContent()

/** The capture bar's text field. */
export const ideaInput = (page: Page, s: Strings = english): Locator =>
  page.getByLabel(s.rounds.ideaLabel, { exact: true })

/** A department's column of ideas on the Rounds stage. */
export const departmentColumn = (page: Page, department: string): Locator =>
  page.getByRole('region', { name: new RegExp(`^${department}\\b`) })

/**
 * Creates a meeting from the library screen's form and waits until it is open.
 * Returns its id, read from the address (`#/meeting/<id>`).
 */
export async function createMeetingInUi(
  page: Page,
  title: string,
  startFrom = 'Built-in template: Customer-centric quarterly review'
): Promise<string> {
  await page.getByLabel('Title').fill(title)
  await page.getByLabel('Start from').selectOption({ label: startFrom })
  await page.getByRole('button', { name: 'Create meeting' }).click()
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe(title)
  await expect.poll(() => page.url(), WAIT).toMatch(/#\/meeting\/.+/)
  return decodeURIComponent(page.url().split('#/meeting/')[1]!)
}

/** Walks the run of show to the Rounds stage with Page Down, checking each step on the rail. */
export async function goToRoundsByKeyboard(page: Page): Promise<void> {
  const expected = ['Last quarter’s actions', 'Customer story', 'Framing question', 'Rounds']
  for (const stage of expected) {
    await page.keyboard.press('PageDown')
    await expect.poll(() => currentStageName(page), WAIT).toBe(stage)
  }
}
