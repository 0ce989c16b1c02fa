import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { currentStageName, sentencePattern, WAIT } from '../appSteps'
import { createMeetingByKeyboard } from '../fullMeetingSteps'
import type { NorthstarHarness } from '../launchNorthstar'
import { projectorClipping } from '../layoutSteps'
import {
  addAttendees,
  prepareSection,
  seriousAxeViolations,
  typeInto,
  waitForPrepare
} from '../prepareSteps'
import { expectProjectorHeading } from '../projectorSteps'
import { shoot } from './script'
import type { MeetingRun, MeetingScript } from './script'

/** The `lang` of a window's document. */
export const htmlLang = (page: Page): Promise<string> =>
  page.evaluate(() => document.documentElement.lang)

/** The labels of the buttons matching `selector` whose text is cut off (wider than the button). */
export const clippedButtons = (page: Page, selector: string): Promise<string[]> =>
  page
    .locator(selector)
    .evaluateAll((buttons) =>
      buttons.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => b.textContent ?? '')
    )

/** The run-of-show steps with a part (number, name, minutes) reaching past the step's right edge. */
export const railOverflow = (page: Page): Promise<string[]> =>
  page.locator('.stage-rail .stage-step').evaluateAll((steps) =>
    steps
      .filter((step) => {
        const edge = step.getBoundingClientRect().right
        return Array.from(step.children).some(
          (part) => part.getBoundingClientRect().right > edge + 1
        )
      })
      .map((step) => step.textContent ?? '')
  )

/** The framing question as the template words it for the story's customer. */
export const framingQuestion = (m: MeetingScript): string =>
  m.template.framing.replace('{customer}', m.story.customer)

/**
 * Library → Prepare: the meeting is created in its language from the library form, then its facts,
 * attendees and customer story are typed in by keyboard. Returns the run, on Prepare.
 */
export async function prepareMeeting(app: NorthstarHarness, m: MeetingScript): Promise<MeetingRun> {
  const { page } = app
  const { s } = m
  const meetingId = await createMeetingByKeyboard(page, m.title, undefined, m.locale)
  const run: MeetingRun = { app, page, projector: null, m, s, meetingId }
  await waitForPrepare(page, s)
  await expect.poll(() => htmlLang(page), WAIT).toBe(m.htmlLang)
  const f = s.prepare.facts
  const facts = prepareSection(page, f.heading)
  await typeInto(facts.getByLabel(f.quarter), m.facts.quarter)
  await facts.getByLabel(f.date).fill(m.facts.date)
  await facts.getByLabel(f.date).press('Tab')
  await typeInto(facts.getByLabel(f.place), m.facts.place)
  await typeInto(facts.getByLabel(f.facilitator), m.facts.facilitator)
  await addAttendees(page, m.people, s)
  // Every remove button shows its whole label ("Remove Νίκος Παπαδόπουλος"), wrapped, not cut off.
  expect(await clippedButtons(page, '.attendee-row > button')).toEqual([])

  const fields = s.prepare.story.fields
  const story = prepareSection(page, s.prepare.story.heading)
  const field = (name: keyof typeof fields) => story.getByLabel(fields[name], { exact: true })
  await typeInto(field('customer'), m.story.customer)
  await typeInto(field('segment'), m.story.segment)
  await typeInto(field('text'), m.story.text, 'Tab')
  await typeInto(field('channel'), m.story.channel)
  await typeInto(field('broughtBy'), m.story.broughtBy)
  await typeInto(field('impact'), m.story.impact, 'Tab')
  const keepSegmentPrivate = story.getByLabel(s.prepare.story.privateOf(fields.segment))
  await keepSegmentPrivate.focus()
  await page.keyboard.press('Space')
  await expect.poll(() => keepSegmentPrivate.isChecked(), WAIT).toBe(true)
  await prepareSection(page, s.prepare.framing.heading).getByText(framingQuestion(m)).waitFor(WAIT)
  // The placeholder is edited in the screens' language ({cliente} in pt-PT) and stored as {customer}.
  expect(await page.getByLabel(s.prepare.framing.label).inputValue()).toBe(
    m.template.framing.replace('{customer}', s.prepare.framing.customerToken)
  )
  await shoot(run, '01-prepare')
  expect(await seriousAxeViolations(page)).toEqual([])
  return run
}

/** The projector shows `heading` and every word of it fits on the screen. */
export async function projectorShows(run: MeetingRun, heading: string): Promise<void> {
  const escaped = heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  await expectProjectorHeading(run.projector!, new RegExp(escaped))
  expect(await projectorClipping(run.projector!), heading).toEqual([])
}

/**
 * Welcome → Last quarter → Customer story (with a reflection pause) → Framing question, by Page Down,
 * with the projector open from Welcome on, in the meeting's language.
 */
export async function openingStages(run: MeetingRun): Promise<void> {
  const { page, s, m } = run
  await page.getByRole('button', { name: s.prepare.start }).press('Enter')
  await expect.poll(() => currentStageName(page, s), WAIT).toBe(s.stages.welcome)
  const schedule = s.stagesIntro.schedule
  await page
    .getByText(
      sentencePattern(`${schedule.stageOf(s.stages.welcome)} ${schedule.under('M:SS')}`, {
        'M:SS': '\\d+:\\d\\d'
      })
    )
    .waitFor(WAIT)
  // The quarter and the date worded in the meeting's language ("T4 2026 · 3/12/2026").
  await page
    .getByText(`${s.dates.quarter(m.facts.quarter)} · ${s.dates.day(m.facts.date)}`, {
      exact: false
    })
    .waitFor(WAIT)
  run.projector = await run.app.openProjectorPage()
  await expect.poll(() => htmlLang(run.projector!), WAIT).toBe(m.htmlLang)
  await projectorShows(run, m.title)
  await run.projector.getByText(s.projector.welcome.purpose).waitFor(WAIT)
  // Every stage's name fits its step of the rail, in this language too.
  expect(await railOverflow(page)).toEqual([])
  await shoot(run, '02-welcome')
  await page.keyboard.press('PageDown')
  await expect.poll(() => currentStageName(page, s), WAIT).toBe(s.stages.lastQuarter)
  await projectorShows(run, s.projector.lastQuarter.heading)
  await shoot(run, '03-last-quarter')
  await page.keyboard.press('PageDown')
  await expect.poll(() => currentStageName(page, s), WAIT).toBe(s.stages.story)
  await page.getByText(m.storyPhrase).waitFor(WAIT)
  await page.keyboard.press('r')
  await page.getByRole('timer', { name: s.stagesIntro.story.pausing }).waitFor(WAIT)
  await run.projector.getByRole('timer', { name: s.projector.reflectionTimer }).waitFor(WAIT)
  await shoot(run, '04-customer-story')
  // R again ends the pause, on the projector too, before the room moves on.
  await page.keyboard.press('r')
  await expect
    .poll(
      () => run.projector!.getByRole('timer', { name: s.projector.reflectionTimer }).count(),
      WAIT
    )
    .toBe(0)
  await page.keyboard.press('PageDown')
  await expect.poll(() => currentStageName(page, s), WAIT).toBe(s.stages.framing)
  await page.getByText(framingQuestion(m)).waitFor(WAIT)
  await projectorShows(run, s.projector.framing.heading)
  await run.projector.getByText(framingQuestion(m)).waitFor(WAIT)
  await shoot(run, '05-framing-question')
}
