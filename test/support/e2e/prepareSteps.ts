import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import type { MeetingService } from '../../../src/main/services/meetingService'
import { english, type Strings } from '../../../src/renderer/src/strings'
import { WAIT } from './appSteps'

/** One part of the Prepare view, by its heading ("Meeting facts", "Attendees"…). */
export const prepareSection = (page: Page, heading: string): Locator =>
  page.getByRole('region', { name: heading, exact: true })

/** Waits until the open meeting shows the Prepare view. */
export async function waitForPrepare(page: Page, s: Strings = english): Promise<void> {
  await page.getByRole('heading', { name: s.prepare.heading }).waitFor(WAIT)
}

/**
 * Types into a field the way a facilitator does: focus it, select what is there, type, and leave it
 * with `then` (Enter saves a short field; Tab leaves a long one, which saves it too).
 */
export async function typeInto(
  field: Locator,
  text: string,
  then: 'Enter' | 'Tab' = 'Enter'
): Promise<void> {
  await field.focus()
  await field.press('ControlOrMeta+a')
  await field.pressSequentially(text)
  await field.press(then)
}

export interface AttendeeInput {
  name: string
  department: string
  role: string
}

/** Adds attendees with the add form by keyboard: name, Tab, department, Tab, role, Enter. */
export async function addAttendees(
  page: Page,
  people: AttendeeInput[],
  s: Strings = english
): Promise<void> {
  const a = s.prepare.attendees
  const section = prepareSection(page, a.heading)
  const form = section.locator('form')
  for (const person of people) {
    const name = form.getByLabel(a.name, { exact: true })
    await name.focus()
    await page.keyboard.type(person.name)
    await page.keyboard.press('Tab')
    await form.getByLabel(a.department, { exact: true }).selectOption({ label: person.department })
    await page.keyboard.press('Tab')
    await page.keyboard.type(person.role)
    await page.keyboard.press('Enter')
    // Saved when the row appears and the form is empty again, focus back in the name field.
    await section.getByLabel(a.nameOf(person.name), { exact: true }).waitFor(WAIT)
    await expect.poll(() => name.inputValue(), WAIT).toBe('')
  }
}

/** axe-core findings rated serious or critical, as "rule: what (where)" lines. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

/**
 * An earlier review with two open actions, made through the service (as if held last quarter), so
 * the new meeting has something to carry over. Returns its id.
 */
export async function createEarlierReview(service: MeetingService, title: string): Promise<string> {
  const {
    view: { meeting }
  } = await service.createMeeting(title, { kind: 'template' })
  const byName = (name: string) => meeting.departments.find((d) => d.name === name)!.id
  const actions = [
    {
      what: 'Offer free hearing checks to music teachers',
      owner: 'Tom',
      departmentId: byName('Marketing'),
      metric: { kind: 'nps' as const, customName: '', baseline: '31', target: '40', measureOn: '' }
    },
    {
      what: 'Collect one customer story a week from support calls',
      owner: 'Zoë Øberg',
      departmentId: byName('Customer Service'),
      metric: { kind: 'csat' as const, customName: '', baseline: '72', target: '85', measureOn: '' }
    }
  ]
  for (const action of actions) {
    await service.commitCommand(meeting.id, {
      type: 'action.add',
      ...action,
      dueDate: '2026-09-30',
      priority: 'high',
      customerBenefit: 'More customers hear the moments that matter to them.',
      sourceIdeaIds: []
    })
  }
  return meeting.id
}
