import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { StageKind } from '../../src/shared/meeting/schema'
import {
  createMeetingInUi,
  currentStageName,
  departmentColumn,
  ideaInput,
  WAIT
} from '../support/e2e/appSteps'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'
import {
  change,
  expectProjectorHeading,
  fillMeetingForTheRoom,
  leavePrepare,
  projectorText,
  SECRETS,
  waitForProjectorPage
} from '../support/e2e/projectorSteps'

let app: NorthstarHarness

beforeEach(async () => {
  app = await launchNorthstar()
})

afterEach(async () => {
  await app.close()
})

/** axe-core's serious and critical findings, as "rule: what (where)" lines. */
async function seriousAxeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

/** What each stage's projector slide is headed (the rounds slide is headed by the round). */
const SLIDE_HEADINGS: Record<StageKind, RegExp> = {
  welcome: /^Projector review$/,
  lastQuarter: /^Last quarter’s actions$/,
  story: /^Our customer’s story$/,
  framing: /^The question for today$/,
  rounds: /Round 1 of 4/,
  converge: /^What we voted for$/,
  actions: /^Our actions$/,
  close: /^Thank you$/,
  minutes: /^Thank you$/
}

/** What must be readable on each slide. */
const SLIDE_CONTENT: Record<StageKind, RegExp> = {
  welcome: /Every customer hears the moments that matter/,
  lastQuarter: /Done[\s\S]*Call ten customers who left last quarter/,
  story: /Hernando stood at the head of the conference table/,
  framing: /How can we make more stories like John's happen\?/,
  rounds: /A music mode that lifts a child’s voice[\s\S]*builds on #1 \(Marketing\)/,
  converge: /#1[\s\S]*Music and schools[\s\S]*7 votes/,
  actions: /Run a free-trial pilot with five music teachers[\s\S]*Tom/,
  close: /bringing John’s email to us[\s\S]*Next review/,
  minutes: /Teacher pilot/
}

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 }
]

describe('the projector window', () => {
  it('follows every stage, shows only what the room should see, and passes axe-core', async () => {
    const { page, service } = app
    const meetingId = await createMeetingInUi(page, 'Projector review')
    await leavePrepare(page)
    await fillMeetingForTheRoom(service, meetingId)

    await page.keyboard.press('Control+P')
    const projector = await waitForProjectorPage(app.projectorPage)
    // Screenshots show settled slides, not ideas mid-way through their arrival animation.
    await projector.emulateMedia({ reducedMotion: 'reduce' })
    await expect
      .poll(() => page.getByRole('button', { name: 'Stop presenting' }).count(), WAIT)
      .toBe(1)

    const stages = (await service.openMeeting(meetingId)).view.meeting.stages.map((s) => s.kind)
    for (const [index, stage] of stages.entries()) {
      if (index > 0) await page.keyboard.press('PageDown')
      await expectProjectorHeading(projector, SLIDE_HEADINGS[stage])
      await expect.poll(() => projectorText(projector), WAIT).toMatch(SLIDE_CONTENT[stage])
      for (const size of SIZES) {
        await projector.setViewportSize(size)
        await app.screenshot(
          projector,
          `projector-${index + 1}-${stage}-${size.width}x${size.height}`
        )
      }
      const text = await projectorText(projector)
      for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret)
      // No facilitator controls on the projector.
      expect(await projector.getByRole('button').count()).toBe(0)
      expect(await projector.getByRole('textbox').count()).toBe(0)
      expect(await seriousAxeViolations(projector), `axe on the ${stage} slide`).toEqual([])
    }
    expect(await seriousAxeViolations(page), 'axe on the facilitator window').toEqual([])

    // The whole page never contained a private field, not even hidden.
    const html = await projector.content()
    for (const secret of Object.values(SECRETS)) expect(html).not.toContain(secret)
    // Nor did any message main sent it: the projector's view is computed in main without them.
    expect(app.projectorReceived.length).toBeGreaterThan(0)
    const received = JSON.stringify(app.projectorReceived)
    for (const secret of Object.values(SECRETS)) expect(received).not.toContain(secret)
    expect(app.problems).toEqual([])
  })

  it('shows an idea committed in the facilitator window, live, grouped by department', async () => {
    const { page, service } = app
    const meetingId = await createMeetingInUi(page, 'Live ideas')
    await leavePrepare(page)
    await change(service, meetingId, [{ type: 'run.goto', stage: 'rounds' }])
    await expect.poll(() => currentStageName(page), WAIT).toBe('Rounds')
    const projector = await app.openProjectorPage()
    await projector.setViewportSize({ width: 1280, height: 720 })
    await expectProjectorHeading(projector, /Round 1 of 4/)

    await ideaInput(page).fill('@prod Let parents record the recital from the device')
    await ideaInput(page).press('Enter')
    await departmentColumn(page, 'Product')
      .getByText(/record the recital/)
      .waitFor(WAIT)
    const column = projector.getByRole('region', { name: /^P?\s*Product/ })
    await column.getByText('Let parents record the recital from the device').waitFor(WAIT)
    // Focus stays in the capture bar after the commit.
    expect(await ideaInput(page).evaluate((el) => el === document.activeElement)).toBe(true)

    // The countdown on main's clock shows on the projector.
    const roundId = (await service.openMeeting(meetingId)).view.meeting.rounds[0]!.id
    await service.controlCountdown(roundId, 'start', 15)
    await expect.poll(() => projector.getByRole('timer').textContent(), WAIT).toMatch(/^14:5\d/)
    await app.screenshot(projector, 'projector-round-live-1280x720')

    // The light theme, for bright rooms: same slide, still no serious axe findings.
    await page.getByRole('button', { name: 'Light projector' }).click()
    await expect
      .poll(() => projector.locator('main.projector').getAttribute('data-theme'), WAIT)
      .toBe('light')
    await projector.emulateMedia({ reducedMotion: 'reduce' })
    await app.screenshot(projector, 'projector-round-light-1280x720')
    expect(await seriousAxeViolations(projector), 'axe on the light theme').toEqual([])
    expect(app.problems).toEqual([])
  })

  it('blanks and freezes from either window, and closing it never closes the meeting', async () => {
    const { page, service } = app
    const meetingId = await createMeetingInUi(page, 'Blank and freeze')
    await leavePrepare(page)
    await change(service, meetingId, [{ type: 'run.goto', stage: 'rounds' }])
    const projector = await app.openProjectorPage()
    await expectProjectorHeading(projector, /Round 1 of 4/)

    // Blank from the facilitator (Ctrl+B), back from the projector (B).
    await page.keyboard.press('Control+B')
    await expect.poll(() => projector.locator('main.pj-blank').count(), WAIT).toBe(1)
    // Only the screen reader's "blank" heading is there; the room sees black.
    expect(await projector.locator('main.pj-blank > :not(.visually-hidden)').count()).toBe(0)
    expect(
      await projector
        .locator('main.pj-blank')
        .evaluate((el) => getComputedStyle(el).backgroundColor)
    ).toBe('rgb(0, 0, 0)')
    await app.screenshot(projector, 'projector-blank')
    await projector.keyboard.press('b')
    await expectProjectorHeading(projector, /Round 1 of 4/)

    // Freeze from the projector (F): the facilitator's new idea stays off the screen until unfrozen.
    await projector.keyboard.press('f')
    await expect
      .poll(() => page.getByRole('button', { name: 'Freeze' }).getAttribute('aria-pressed'), WAIT)
      .toBe('true')
    await ideaInput(page).fill('@cust Phone every family the week after they buy')
    await ideaInput(page).press('Enter')
    await departmentColumn(page, 'Customer Service')
      .getByText(/Phone every family/)
      .waitFor(WAIT)
    await page.keyboard.press('PageDown')
    await expect.poll(() => currentStageName(page), WAIT).toBe('Converge')
    expect(await projectorText(projector)).not.toContain('Phone every family')
    await expectProjectorHeading(projector, /Round 1 of 4/)
    await page.keyboard.press('Control+Shift+F')
    await expectProjectorHeading(projector, /^What we voted for$/)
    await page.keyboard.press('PageUp')
    await expect.poll(() => projectorText(projector), WAIT).toContain('Phone every family')

    // Page Down on the projector moves the meeting on, as in a presentation tool.
    await projector.keyboard.press('PageDown')
    await expect.poll(() => currentStageName(page), WAIT).toBe('Converge')

    // Esc stops presenting: the projector closes, the meeting stays open in the facilitator window.
    // The page may close between the key going down and coming up: that is the point.
    await projector.keyboard.press('Escape').catch(() => undefined)
    await expect.poll(() => projector.isClosed(), WAIT).toBe(true)
    expect((await service.getPresentation()).projectorOpen).toBe(false)
    await page.getByRole('button', { name: 'Present' }).waitFor(WAIT)
    expect(await currentStageName(page)).toBe('Converge')
    expect(app.problems).toEqual([])
  })

  it('shows a calm reflection screen with the story during the reflection pause', async () => {
    const { page, service } = app
    const meetingId = await createMeetingInUi(page, 'Reflection')
    await fillMeetingForTheRoom(service, meetingId)
    await change(service, meetingId, [{ type: 'run.goto', stage: 'story' }])
    const projector = await app.openProjectorPage()
    await expectProjectorHeading(projector, /^Our customer’s story$/)
    await service.setPresentation({ reflectionSeconds: 60 })
    await expectProjectorHeading(projector, /^A moment to reflect$/)
    expect(await projectorText(projector)).toMatch(/Hernando stood/)
    await app.screenshot(projector, 'projector-reflection')
    await service.setPresentation({ reflectionSeconds: null })
    await expectProjectorHeading(projector, /^Our customer’s story$/)
  })
})
