import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import type { Command } from '../../../src/shared/meeting/commands/schema'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { english, type Strings } from '../../../src/renderer/src/strings'
import { STAGE_KINDS } from '../../../src/shared/meeting/schema'
import { currentStageName, WAIT } from './appSteps'
import type { NorthstarHarness } from './launchNorthstar'

/**
 * Moves to a stage (named as the stage rail names it in `s`) with Page Down / Page Up (they work
 * anywhere, in fields too).
 */
export async function goToStage(page: Page, stage: string, s: Strings = english): Promise<void> {
  const STAGES = STAGE_KINDS.map((kind) => s.stages[kind])
  const target = STAGES.indexOf(stage)
  expect(target, `known stage ${stage}`).toBeGreaterThanOrEqual(0)
  for (;;) {
    const here = STAGES.indexOf((await currentStageName(page, s)) ?? '')
    if (here === target) return
    await page.keyboard.press(here < target ? 'PageDown' : 'PageUp')
    await expect
      .poll(async () => STAGES.indexOf((await currentStageName(page, s)) ?? ''), WAIT)
      .not.toBe(here)
  }
}

/** Applies commands through the real service (as if typed in another window) and returns the result. */
export async function applyThroughService(
  app: NorthstarHarness,
  meetingId: string,
  commands: Command[]
): Promise<Meeting> {
  let meeting: Meeting | null = null
  for (const command of commands) {
    await app.service.commitCommand(meetingId, command)
    meeting = (await app.service.openMeeting(meetingId)).view.meeting
  }
  if (!meeting) throw new Error('no commands given')
  return meeting
}

/** The people in the room and the ideas of a first round, from several departments (seed 000). */
export const SEED_ATTENDEES = [
  ['Maria Keller', 'Customer Service'],
  ['Jonas Berg', 'Product'],
  ['Aiko Tanaka', 'Marketing'],
  ['Sam Okafor', 'Sales'],
  ['Lena Novák', 'Finance'],
  ['Priya Raman', 'Operations']
] as const

export const SEED_IDEAS = [
  ['Customer Service', 'Ask callers what the product changed in their life'],
  ['Product', 'A hearing-aid music mode tuned for live singing'],
  ['Marketing', 'Share customer stories like John’s with their permission'],
  ['Sales', 'Offer a family plan so relatives can share a subscription'],
  ['Finance', 'Price a trial month for families'],
  ['Operations', 'Same-day replacement when a device fails before a concert']
] as const

/** Adds the seed attendees and ideas to a template meeting through the service. */
export async function seedIdeas(app: NorthstarHarness, meetingId: string): Promise<Meeting> {
  const first = (await app.service.openMeeting(meetingId)).view.meeting
  const dept = (name: string) => first.departments.find((d) => d.name === name)!.id
  const round = first.rounds[0]!.id
  return applyThroughService(app, meetingId, [
    ...SEED_ATTENDEES.map(([name, department]): Command => ({
      type: 'attendee.add',
      name,
      departmentId: dept(department),
      role: ''
    })),
    ...SEED_IDEAS.map(([department, text]): Command => ({
      type: 'idea.add',
      roundId: round,
      departmentId: dept(department),
      text
    }))
  ])
}

/** An idea's row on the converge board. */
export const ideaRow = (page: Page, text: string): Locator =>
  page.locator('li.converge-idea', { has: page.getByText(text, { exact: true }) })

/** A theme's drop area on the converge board (a region named after the theme). */
export const themeRegion = (page: Page, name: string): Locator =>
  page.getByRole('region', { name, exact: true })

/** axe-core's findings as "rule: what (where)" lines; the specs expect none. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
  )
}

/** The id of the element that has focus. */
export const focusedId = (page: Page): Promise<string> =>
  page.evaluate(() => document.activeElement?.id ?? '')

/**
 * Focuses an idea's checkbox on the converge board the way a keyboard user reaches it: from the
 * first idea, ↓ until it (the board's lists are virtual, so an idea far down is not drawn until the
 * board scrolls to it). Bounded by the number of ideas on the board.
 */
export async function focusIdeaByKeyboard(
  page: Page,
  text: string,
  maxIdeas = 200,
  s: Strings = english
): Promise<void> {
  const label = s.converge.selectIdea(text)
  await page.locator('.converge-idea input[type=checkbox]').first().focus()
  for (let i = 0; i < maxIdeas; i++) {
    const on = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')
    if (on === label) return
    await page.keyboard.press('ArrowDown')
    // The next idea takes focus once its list has drawn it.
    await page
      .waitForFunction(
        (before) => document.activeElement?.getAttribute('aria-label') !== before,
        on,
        { timeout: 5_000 }
      )
      .catch(() => undefined)
  }
  throw new Error(`${label} was not reached with ↓ from the first idea`)
}
