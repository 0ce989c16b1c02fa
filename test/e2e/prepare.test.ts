import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMeetingInUi, currentStageName, WAIT } from '../support/e2e/appSteps'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'
import { readMeetingFromDisk } from '../support/e2e/meetingFiles'
import {
  addAttendees,
  createEarlierReview,
  prepareSection,
  seriousAxeViolations,
  typeInto,
  waitForPrepare
} from '../support/e2e/prepareSteps'

/** The customer's email from seed 000, in his own words. */
const STORY = {
  customer: 'John',
  segment: 'Hearing-aid customer since the summer',
  text:
    'Dear team,\n' +
    'I have been wearing your hearing aid for three months. Last Friday, for the first time in years, ' +
    'I could clearly hear my daughter sing at her school recital. I did not miss a single word.\n' +
    'Thank you for giving me that back.\nJohn',
  channel: 'Email',
  broughtBy: 'Hernando',
  impact: 'He heard his daughter sing at her school recital, clearly, for the first time in years.'
}

const PEOPLE = [
  { name: 'Hernando Ruiz', department: 'Operations', role: 'Leader, facilitator' },
  { name: 'Tom Becker', department: 'Marketing', role: 'Marketing exec' },
  { name: 'Zoë Øberg', department: 'Customer Service', role: 'Support lead' },
  { name: 'José Núñez', department: 'Sales', role: 'Account manager' },
  { name: 'Łucja Wróbel', department: 'Finance', role: 'Controller' },
  { name: 'Alex Ångström', department: 'Product', role: 'Deputy director' }
]

let app: NorthstarHarness

beforeAll(async () => {
  app = await launchNorthstar()
})

afterAll(async () => {
  await app.close()
})

describe('preparing a meeting', () => {
  it('is filled by keyboard, survives a reload, and is all in the file on disk', async () => {
    const { page } = app
    const earlierId = await createEarlierReview(app.service, 'Q3 customer review')
    await page.reload()
    const meetingId = await createMeetingInUi(page, 'Q4 customer review')
    // A meeting that has not started opens in Prepare.
    await waitForPrepare(page)

    const facts = prepareSection(page, 'Meeting facts')
    await typeInto(facts.getByLabel('Quarter'), '2026-q4')
    await facts.getByLabel('Date').fill('2026-12-03')
    await facts.getByLabel('Date').press('Tab')
    await typeInto(facts.getByLabel('Place'), 'Zürich, Salle Lumière')
    await typeInto(facts.getByLabel('Facilitator'), 'Hernando Ruiz')
    await typeInto(
      facts.getByLabel('Our customer-centric mission, in one sentence'),
      'Help every customer hear the moments that matter to them.',
      'Tab'
    )

    await addAttendees(page, PEOPLE)

    const story = prepareSection(page, 'The customer story')
    await typeInto(story.getByLabel('Customer name or alias', { exact: true }), STORY.customer)
    await typeInto(story.getByLabel('Segment', { exact: true }), STORY.segment)
    await typeInto(
      story.getByLabel('The story or email, in their own words', { exact: true }),
      STORY.text,
      'Tab'
    )
    await typeInto(story.getByLabel('Channel it came through', { exact: true }), STORY.channel)
    await typeInto(story.getByLabel('Who brings it', { exact: true }), STORY.broughtBy)
    await typeInto(
      story.getByLabel('What it changed for the customer', { exact: true }),
      STORY.impact,
      'Tab'
    )
    const keepSegmentPrivate = story.getByLabel('Keep “Segment” out of the minutes')
    await keepSegmentPrivate.focus()
    await page.keyboard.press('Space')
    await expect.poll(() => keepSegmentPrivate.isChecked(), WAIT).toBe(true)

    const framing = prepareSection(page, 'Framing question')
    await framing.getByText("How can we make more stories like John's happen?").waitFor(WAIT)

    const rounds = prepareSection(page, 'Brainstorm rounds')
    await typeInto(
      rounds.getByLabel('Title of round 2'),
      'What do John and customers like him need?'
    )
    await typeInto(rounds.getByLabel('Time box of round 2 (minutes)'), '20')
    const moveUp = rounds.getByRole('button', { name: "Move “What's in it for our customers?” up" })
    await moveUp.focus()
    await page.keyboard.press('Enter')
    await rounds
      .getByRole('heading', { name: "Round 3: What's in it for our customers?" })
      .waitFor(WAIT)
    // Focus stays on the button that moved, ready for another press.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')), WAIT)
      .toBe("Move “What's in it for our customers?” up")

    const plan = prepareSection(page, 'Time plan and votes')
    await typeInto(plan.getByLabel('Votes per person'), '5')
    await typeInto(plan.getByLabel('Rounds (minutes)'), '70')
    await plan.getByText(/^Total: 170 minutes/).waitFor(WAIT)

    const carry = prepareSection(page, 'Carry over last quarter’s actions')
    await carry
      .getByLabel('Carry open actions over from')
      .selectOption({ label: 'Q3 customer review' })
    await carry.getByRole('button', { name: 'Carry over', exact: true }).press('Enter')
    await carry.getByText('Carried over from “Q3 customer review”: 2 actions.').waitFor(WAIT)

    await app.screenshot(page, 'prepare')
    expect(await seriousAxeViolations(page)).toEqual([])

    // Reloading returns to Prepare with every field as typed.
    await page.reload()
    await waitForPrepare(page)
    expect(await facts.getByLabel('Quarter').inputValue()).toBe('2026-Q4')
    expect(await facts.getByLabel('Place').inputValue()).toBe('Zürich, Salle Lumière')
    expect(
      await story.getByLabel('The story or email, in their own words', { exact: true }).inputValue()
    ).toBe(STORY.text)
    expect(await story.getByLabel('Keep “Segment” out of the minutes').isChecked()).toBe(true)
    await prepareSection(page, 'Attendees').getByLabel('Name of Łucja Wróbel').waitFor(WAIT)

    const onDisk = await readMeetingFromDisk(app.workspaceDir, meetingId)
    expect(onDisk, 'the meeting file exists in the workspace').not.toBeNull()
    const { meeting } = onDisk!
    expect(meeting.facts).toMatchObject({
      title: 'Q4 customer review',
      quarter: '2026-Q4',
      date: '2026-12-03',
      place: 'Zürich, Salle Lumière',
      facilitator: 'Hernando Ruiz',
      mission: 'Help every customer hear the moments that matter to them.'
    })
    const departmentName = (id: string) => meeting.departments.find((d) => d.id === id)?.name
    expect(
      meeting.attendees.map((a) => ({
        name: a.name,
        department: departmentName(a.departmentId),
        role: a.role
      }))
    ).toEqual(PEOPLE)
    expect(meeting.story).toEqual({ ...STORY, privateFields: ['segment'], contact: '' })
    expect(meeting.framingQuestion).toBe("How can we make more stories like {customer}'s happen?")
    expect(meeting.rounds.map((r) => [r.title, r.timeboxMinutes])).toEqual([
      ['More stories like this', 15],
      ['What do John and customers like him need?', 20],
      ["What's in it for our customers?", 15],
      ['Build across departments', 15]
    ])
    expect(meeting.voteBudget).toBe(5)
    expect(meeting.stages.find((s) => s.kind === 'rounds')?.plannedMinutes).toBe(70)
    expect(meeting.carriedFrom).toEqual({ meetingId: earlierId, title: 'Q3 customer review' })
    expect(meeting.carried.map((a) => a.what)).toEqual([
      'Offer free hearing checks to music teachers',
      'Collect one customer story a week from support calls'
    ])
    expect(meeting.run.meetingStartedAt).toBeNull()
    expect(app.problems).toEqual([])
  })

  it('runs its first four stages from the keyboard, each screenshotted and checked by axe', async () => {
    const { page } = app
    await page.getByRole('button', { name: /Start with Welcome/ }).press('Enter')
    await expect.poll(() => currentStageName(page), WAIT).toBe('Welcome')
    await page.getByText('Help every customer hear the moments that matter to them.').waitFor(WAIT)
    await page.getByText(/^Welcome: \d+:\d\d left$/).waitFor(WAIT)
    await app.screenshot(page, 'stage-welcome')
    expect(await seriousAxeViolations(page)).toEqual([])

    // The cheat sheet opens with ? and closes with Escape.
    await page.keyboard.press('?')
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await sheet.waitFor(WAIT)
    await app.screenshot(page, 'cheat-sheet')
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await sheet.waitFor({ state: 'detached' })

    await page.keyboard.press('PageDown')
    await expect.poll(() => currentStageName(page), WAIT).toBe('Last quarter’s actions')
    const status = page.getByLabel('Status of “Offer free hearing checks to music teachers”')
    await status.selectOption({ label: 'Done' })
    const latest = page.getByLabel(
      'Latest metric value for “Offer free hearing checks to music teachers”'
    )
    await typeInto(latest, '38')
    await page.getByText('1 of 2 done').waitFor(WAIT)
    await app.screenshot(page, 'stage-last-quarter')
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.keyboard.press('PageDown')
    await expect.poll(() => currentStageName(page), WAIT).toBe('Customer story')
    await page.getByText(/clearly hear my daughter sing/).waitFor(WAIT)
    await page.keyboard.press('r')
    await page.getByRole('timer', { name: 'Reflection pause' }).waitFor(WAIT)
    await app.screenshot(page, 'stage-story')
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.keyboard.press('PageDown')
    await expect.poll(() => currentStageName(page), WAIT).toBe('Framing question')
    await page.getByText("How can we make more stories like John's happen?").waitFor(WAIT)
    await page.keyboard.press('e')
    const question = page.getByLabel(
      'Framing question ({customer} is replaced by the customer’s name)'
    )
    await typeInto(question, 'How can we give more customers a moment like {customer}’s?')
    await page.getByText('How can we give more customers a moment like John’s?').waitFor(WAIT)
    await app.screenshot(page, 'stage-framing')
    expect(await seriousAxeViolations(page)).toEqual([])

    // Ctrl+Shift+P opens Prepare mid-meeting and closes it again, back on the same stage.
    await page.keyboard.press('Control+Shift+P')
    await page.getByRole('heading', { name: 'Prepare the meeting' }).waitFor(WAIT)
    await page.keyboard.press('Control+Shift+P')
    await page.getByRole('heading', { name: 'Prepare the meeting' }).waitFor({ state: 'detached' })
    expect(await currentStageName(page)).toBe('Framing question')

    const meetingId = decodeURIComponent(page.url().split('#/meeting/')[1]!)
    const { meeting } = (await readMeetingFromDisk(app.workspaceDir, meetingId))!
    expect(meeting.framingQuestion).toBe(
      'How can we give more customers a moment like {customer}’s?'
    )
    expect(meeting.carried[0]).toMatchObject({ status: 'done', latestValue: '38' })
    expect(meeting.run.meetingStartedAt).not.toBeNull()
    expect(app.problems).toEqual([])
  })

  it('saves the setup as a template that a new meeting can start from', async () => {
    const { page } = app
    await page.keyboard.press('Control+Shift+P')
    const template = prepareSection(page, 'Save as a template')
    await typeInto(template.getByLabel('Template name'), 'Hearing-care review')
    await template
      .getByText('Saved the template “Hearing-care review”.', { exact: false })
      .waitFor(WAIT)

    await page.getByRole('button', { name: /All meetings/ }).click()
    const meetingId = await createMeetingInUi(
      page,
      'Q1 2027 customer review',
      'Your template: “Hearing-care review”'
    )
    await waitForPrepare(page)
    const { meeting } = (await readMeetingFromDisk(app.workspaceDir, meetingId))!
    expect(meeting.rounds.map((r) => r.title)).toEqual([
      'More stories like this',
      'What do John and customers like him need?',
      "What's in it for our customers?",
      'Build across departments'
    ])
    expect(meeting.attendees.map((a) => a.name)).toEqual(PEOPLE.map((p) => p.name))
    expect(meeting.voteBudget).toBe(5)
    // A template carries the setup, not last meeting's story or actions.
    expect(meeting.story.text).toBe('')
    expect(meeting.carried).toEqual([])
    expect(app.problems).toEqual([])
  })
})
