import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMeetingInUi, WAIT } from '../support/e2e/appSteps'
import {
  axeViolations,
  focusedId,
  goToStage,
  ideaRow,
  seedIdeas,
  SEED_IDEAS,
  themeRegion
} from '../support/e2e/convergeSteps'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'
import { readMeetingFromDisk } from '../support/e2e/meetingFiles'

const [SERVICE, MUSIC, STORIES, FAMILY, TRIAL, REPLACE] = SEED_IDEAS.map(([, text]) => text)

let app: NorthstarHarness

beforeEach(async () => {
  app = await launchNorthstar()
})

afterEach(async () => {
  await app.close()
})

describe('converge, actions, recognition & close', () => {
  it('groups, votes, shortlists, commits actions with metrics and a Rule of Two, closes, and reads it all back from disk', async () => {
    const { page } = app
    const meetingId = await createMeetingInUi(page, 'Q4 customer review')
    await seedIdeas(app, meetingId)
    await goToStage(page, 'Converge')
    await ideaRow(page, MUSIC!).waitFor(WAIT)

    // Keyboard: select two ideas with Space, press T, name the theme.
    await page.getByLabel(`Select “${MUSIC}”`).focus()
    await page.keyboard.press('Space')
    await page.getByLabel(`Select “${SERVICE}”`).focus()
    await page.keyboard.press('Space')
    await page.keyboard.press('t')
    const themeName = page.getByLabel(/Theme for 2 ideas/)
    await themeName.waitFor(WAIT)
    await themeName.fill('Music at home')
    await themeName.press('Enter')
    const music = themeRegion(page, 'Music at home')
    await music.getByText(MUSIC!).waitFor(WAIT)
    await music.getByText(SERVICE!).waitFor(WAIT)
    // Focus stays on the first idea grouped, now drawn inside its theme.
    await expect.poll(() => focusedId(page), WAIT).toMatch(/^converge-idea-/)

    // A second theme from the form, then drag two ideas onto it.
    await page.getByLabel('New theme').fill('Families')
    await page.getByLabel('New theme').press('Enter')
    const families = themeRegion(page, 'Families')
    await families.waitFor(WAIT)
    await ideaRow(page, FAMILY!).dragTo(families)
    await families.getByText(FAMILY!).waitFor(WAIT)
    await ideaRow(page, TRIAL!).dragTo(families)
    await families.getByText(TRIAL!).waitFor(WAIT)

    // Rename a theme.
    await families.getByRole('button', { name: 'Rename' }).click()
    await page.getByLabel('New name for theme “Families”').fill('Families together')
    await page.getByLabel('New name for theme “Families”').press('Enter')
    await themeRegion(page, 'Families together').waitFor(WAIT)

    // Votes: a typed tally on a theme, + key on an idea, the + button on another.
    await page.getByLabel('Votes for “Music at home”').fill('7')
    await page.getByLabel('Votes for “Music at home”').press('Enter')
    await page.getByLabel(`Select “${REPLACE}”`).focus()
    for (let i = 0; i < 3; i++) await page.keyboard.press('+')
    await expect.poll(() => page.getByLabel(`Votes for “${REPLACE}”`).inputValue(), WAIT).toBe('3')
    await page.getByRole('button', { name: `One more vote for “${STORIES}”` }).click()
    await page.getByRole('button', { name: `One more vote for “${STORIES}”` }).click()
    await page.getByLabel('Votes for “Families together”').fill('4')
    await page.getByLabel('Votes for “Families together”').press('Tab')
    await page.getByLabel(`Impact of “${REPLACE}”`).selectOption('5')
    await page.getByLabel(`Effort of “${REPLACE}”`).selectOption('2')

    // 6 attendees × 3 dots = 18; 16 recorded. Going over warns but is saved.
    await page.getByText('3 dots per person × 6 attendees = 18 dots').waitFor(WAIT)
    await page.getByText('16 recorded').waitFor(WAIT)
    await page.getByLabel(`Votes for “${STORIES}”`).fill('5')
    await page.getByLabel(`Votes for “${STORIES}”`).press('Enter')
    await page.getByText('1 more dot recorded than the room has. Check the tallies.').waitFor(WAIT)
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: `One vote fewer for “${STORIES}”` }).click()
    }
    await page.getByText('16 recorded').waitFor(WAIT)

    const shortlist = page.getByRole('region', { name: 'Ranked shortlist' })
    await expect
      .poll(() => shortlist.locator('li .shortlist-label').allTextContents(), WAIT)
      .toEqual(['Theme Music at home', 'Theme Families together', REPLACE, STORIES])
    await ideaRow(page, REPLACE!).getByText('On the shortlist').waitFor(WAIT)
    expect(await axeViolations(page)).toEqual([])
    await app.screenshot(page, 'converge-stage')

    // Actions: one from a shortlisted idea (prefilled, linked), one from a theme, one from scratch.
    await goToStage(page, 'Actions')
    await page.getByRole('button', { name: `Make an action from “${REPLACE}”` }).click()
    await expect.poll(() => focusedId(page), WAIT).toBe('action-what')
    expect(await page.getByLabel('What will we do?').inputValue()).toBe(REPLACE)
    await page.getByText('Links back to 1 idea').waitFor(WAIT)
    await page.getByLabel('Owner').fill('Priya Raman')
    await page.getByLabel('Due date').fill('2027-01-15')
    await page.getByLabel('Priority').selectOption({ label: 'High' })
    // The customer benefit is required: submitting without it says so next to the field.
    await page.getByRole('button', { name: 'Add action' }).click()
    await page
      .getByText('Say what’s in it for our customers. An action needs a customer benefit.')
      .waitFor(WAIT)
    await expect.poll(() => focusedId(page), WAIT).toBe('action-customerBenefit')
    await page.getByLabel('What’s in it for our customers?').fill('No missed concerts or recitals')
    await page.getByLabel('Metric', { exact: true }).selectOption({ label: 'CSAT' })
    await page.getByLabel('Baseline').fill('4.1')
    await page.getByLabel('Target').fill('4.6')
    await page.getByLabel('Measure on').fill('2027-03-31')
    await page.getByRole('button', { name: 'Add action' }).click()
    const actionList = page.locator('section.action-list')
    const actionTitled = (what: string) => actionList.locator('.action-what', { hasText: what })
    await actionTitled(REPLACE!).waitFor(WAIT)
    // Focus returns to the first field of a fresh form.
    await expect.poll(() => focusedId(page), WAIT).toBe('action-what')
    expect(await page.getByLabel('What will we do?').inputValue()).toBe('')
    await page.getByText('✓ Has an action').waitFor(WAIT)

    await page.getByRole('button', { name: 'Make an action from “Music at home”' }).click()
    await page.getByText('Links back to 2 ideas').waitFor(WAIT)
    await page.getByLabel('What will we do?').fill('Ship a music mode for live singing')
    await page.getByLabel('Owner').fill('Jonas Berg')
    await page.getByLabel('Department').selectOption({ label: 'Product' })
    await page.getByLabel('Due date').fill('2027-02-28')
    await page.getByLabel('What’s in it for our customers?').fill('Hear their children sing')
    await page.getByLabel('Metric', { exact: true }).selectOption({ label: 'NPS' })
    await page.getByLabel('Baseline').fill('32')
    await page.getByLabel('Target').fill('40')
    await page.getByLabel('Measure on').fill('2027-03-31')
    await page.getByLabel('Owner').press('Enter')
    await actionTitled('Ship a music mode for live singing').waitFor(WAIT)

    await page.getByLabel('What will we do?').fill('Thank-you call within a week of a story')
    await page.getByLabel('Owner').fill('Maria Keller')
    await page.getByLabel('Department').selectOption({ label: 'Customer Service' })
    await page.getByLabel('Due date').fill('2026-12-20')
    await page.getByLabel('Priority').selectOption({ label: 'Low' })
    await page.getByLabel('What’s in it for our customers?').fill('They feel heard')
    await page.getByLabel('Metric', { exact: true }).selectOption({ label: 'Custom…' })
    await page.getByLabel('Metric name').fill('Stories received per month')
    await page.getByLabel('Baseline').fill('2')
    await page.getByLabel('Target').fill('6')
    await page.getByRole('button', { name: 'Add action' }).click()
    await actionTitled('Thank-you call within a week of a story').waitFor(WAIT)
    await actionList.getByText('Stories received per month: 2 → 6').waitFor(WAIT)

    // Edit an action: focus returns to its Edit button.
    await page
      .getByRole('button', { name: 'Edit action “Thank-you call within a week of a story”' })
      .click()
    await page.getByLabel('Owner').fill('Maria Keller-Ruiz')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await actionList.getByText(/Maria Keller-Ruiz · due 20 Dec 2026/).waitFor(WAIT)

    // Rule of Two on the music-mode action.
    await page
      .getByRole('button', {
        name: 'Open a Rule-of-Two escalation on “Ship a music mode for live singing”'
      })
      .click()
    await expect.poll(() => focusedId(page), WAIT).toBe('escalation-topic')
    await page.getByLabel('The disagreement').fill('Music mode before or after the battery fix?')
    await page.getByLabel('First person').fill('Jonas Berg')
    await page.getByLabel('Second person').fill('Priya Raman')
    await page.getByLabel('Opened on').fill('2026-11-23')
    await page
      .getByText(
        'They agree by 7 Dec 2026; with one more week, by 14 Dec 2026; then the leader decides.'
      )
      .waitFor(WAIT)
    await page.getByRole('button', { name: 'Open escalation' }).click()
    const escalation = page.locator('.escalation-item')
    await escalation.getByText('Agree by 7 Dec 2026').waitFor(WAIT)
    await escalation.getByText('With the extension: 14 Dec 2026').waitFor(WAIT)
    await page
      .getByLabel('Status of “Music mode before or after the battery fix?”')
      .selectOption({ label: 'Extended one week' })
    await page
      .getByLabel('Outcome of “Music mode before or after the battery fix?”')
      .fill('Battery fix first; music mode follows')
    await page.getByLabel('Outcome of “Music mode before or after the battery fix?”').press('Enter')
    await expect
      .poll(
        async () =>
          (await readMeetingFromDisk(app.workspaceDir, meetingId))?.meeting.escalations[0]?.outcome,
        WAIT
      )
      .toBe('Battery fix first; music mode follows')
    expect(await axeViolations(page)).toEqual([])
    await app.screenshot(page, 'actions-stage')

    // Recognition & close.
    await goToStage(page, 'Recognition & close')
    await page.getByLabel('Who').fill('Maria Keller')
    await page.getByLabel('For what').fill('bringing John’s email to the room')
    await page.getByLabel('For what').press('Enter')
    await page.getByText('bringing John’s email to the room').waitFor(WAIT)
    await expect.poll(() => focusedId(page), WAIT).toBe('recognition-who')
    await page.getByLabel('Who').fill('Sam Okafor')
    await page.getByLabel('For what').fill('calling back every family customer')
    await page.getByRole('button', { name: 'Recognise' }).click()
    await page.getByText('calling back every family customer').waitFor(WAIT)
    await page.getByLabel('Who').fill('Temp person')
    await page.getByLabel('For what').fill('to be removed')
    await page.getByLabel('For what').press('Enter')
    await page.getByRole('button', { name: 'Remove the recognition of Temp person' }).click()
    await expect.poll(() => page.getByText('to be removed').count(), WAIT).toBe(0)

    await page.getByLabel('Priority 1').fill('Music mode in every hearing aid')
    await page.getByLabel('Priority 2').fill('A family plan')
    await page.getByLabel('Priority 3').fill('Stories in every review')
    await page.getByLabel('Priority 3').press('Enter')
    await page.getByText('Priorities saved.').waitFor(WAIT)
    await page.getByLabel('Date of the next review').fill('2027-02-26')
    await page.getByText('Next review on 26 Feb 2027.').waitFor(WAIT)
    expect(await axeViolations(page)).toEqual([])
    await app.screenshot(page, 'close-stage')

    // Reload: everything is read back.
    await page.reload()
    await page.getByText('Next review on 26 Feb 2027.').waitFor(WAIT)
    expect(await page.getByLabel('Priority 2').inputValue()).toBe('A family plan')
    await goToStage(page, 'Actions')
    await page.getByText('Ship a music mode for live singing').first().waitFor(WAIT)

    const onDisk = await readMeetingFromDisk(app.workspaceDir, meetingId)
    const m = onDisk!.meeting
    const idea = (text: string) => m.ideas.find((i) => i.text === text)!
    const theme = (name: string) => m.themes.find((t) => t.name === name)!
    expect(m.themes.map((t) => [t.name, t.votes])).toEqual([
      ['Music at home', 7],
      ['Families together', 4]
    ])
    expect(idea(MUSIC!).themeId).toBe(theme('Music at home').id)
    expect(idea(SERVICE!).themeId).toBe(theme('Music at home').id)
    expect(idea(FAMILY!).themeId).toBe(theme('Families together').id)
    expect(idea(TRIAL!).themeId).toBe(theme('Families together').id)
    expect(idea(REPLACE!)).toMatchObject({ votes: 3, impact: 5, effort: 2, themeId: null })
    expect(idea(STORIES!).votes).toBe(2)

    expect(m.actions).toHaveLength(3)
    const [fromIdea, fromTheme, fromScratch] = m.actions
    expect(fromIdea).toMatchObject({
      what: REPLACE,
      owner: 'Priya Raman',
      dueDate: '2027-01-15',
      priority: 'high',
      customerBenefit: 'No missed concerts or recitals',
      metric: { kind: 'csat', baseline: '4.1', target: '4.6', measureOn: '2027-03-31' },
      sourceIdeaIds: [idea(REPLACE!).id]
    })
    expect(m.departments.find((d) => d.id === fromIdea!.departmentId)?.name).toBe('Operations')
    expect(fromTheme).toMatchObject({
      what: 'Ship a music mode for live singing',
      owner: 'Jonas Berg',
      metric: { kind: 'nps', baseline: '32', target: '40' }
    })
    expect([...fromTheme!.sourceIdeaIds].sort()).toEqual(
      [idea(MUSIC!).id, idea(SERVICE!).id].sort()
    )
    expect(fromScratch).toMatchObject({
      owner: 'Maria Keller-Ruiz',
      priority: 'low',
      metric: {
        kind: 'custom',
        customName: 'Stories received per month',
        baseline: '2',
        target: '6'
      },
      sourceIdeaIds: []
    })
    expect(m.escalations).toEqual([
      expect.objectContaining({
        topic: 'Music mode before or after the battery fix?',
        actionId: fromTheme!.id,
        personA: 'Jonas Berg',
        personB: 'Priya Raman',
        openedOn: '2026-11-23',
        status: 'extended',
        outcome: 'Battery fix first; music mode follows'
      })
    ])
    expect(m.recognitions.map((r) => [r.who, r.forWhat])).toEqual([
      ['Maria Keller', 'bringing John’s email to the room'],
      ['Sam Okafor', 'calling back every family customer']
    ])
    expect(m.priorities).toEqual([
      'Music mode in every hearing aid',
      'A family plan',
      'Stories in every review'
    ])
    expect(m.nextReviewDate).toBe('2027-02-26')
    expect(app.problems).toEqual([])
  })
})
