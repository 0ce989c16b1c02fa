import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'
import { readMeetingFromDisk } from '../support/e2e/meetingFiles'

/** Waits for UI and disk; the shared test machines can be slow. */
const WAIT = { timeout: 15_000 }

const IDEA = 'Send a thank-you video when a customer’s child performs with our product'

let app: NorthstarHarness

beforeEach(async () => {
  app = await launchNorthstar()
})

afterEach(async () => {
  await app.close()
})

/** The stage marked current in the run-of-show rail. */
const currentStage = (page: Page) =>
  page.getByRole('navigation', { name: 'Run of show' }).locator('[aria-current="step"]')

async function createMeetingFromTemplate(page: Page, title: string): Promise<string> {
  await page.getByLabel('Title').fill(title)
  await page.getByRole('button', { name: 'Create meeting' }).click()
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe(title)
  await expect.poll(() => page.url(), WAIT).toMatch(/#\/meeting\/.+/)
  return decodeURIComponent(page.url().split('#/meeting/')[1]!)
}

async function goToRoundsByKeyboard(page: Page): Promise<void> {
  const expected = ['Last quarter’s actions', 'Customer story', 'Framing question', 'Rounds']
  for (const stage of expected) {
    await page.keyboard.press('PageDown')
    await expect
      .poll(() => currentStage(page).locator('.stage-name').textContent(), WAIT)
      .toBe(stage)
  }
}

const ideaInColumn = (page: Page, department: string) =>
  page.getByRole('region', { name: new RegExp(`^${department}`) }).getByText(IDEA)

describe('capturing an idea', () => {
  it('is saved to the meeting file and is still there after a reload', async () => {
    const { page } = app
    const meetingId = await createMeetingFromTemplate(page, 'Q4 customer review')
    await goToRoundsByKeyboard(page)

    await page.getByLabel('Department').selectOption({ label: 'Customer Service (Alt+C)' })
    await page.getByLabel('Idea', { exact: true }).fill(IDEA)
    await page.getByLabel('Idea', { exact: true }).press('Enter')
    await ideaInColumn(page, 'Customer Service').waitFor()
    expect(await page.getByLabel('Idea', { exact: true }).inputValue()).toBe('')
    await app.screenshot(page, 'capture-rounds')

    await page.reload()
    await ideaInColumn(page, 'Customer Service').waitFor()
    expect(await currentStage(page).locator('.stage-name').textContent()).toBe('Rounds')

    const onDisk = await readMeetingFromDisk(app.workspaceDir, meetingId)
    expect(onDisk, 'the meeting file exists in the workspace').not.toBeNull()
    const meeting = onDisk!.meeting as {
      ideas: Array<{ text: string; departmentId: string }>
      departments: Array<{ id: string; name: string }>
    }
    const saved = meeting.ideas.filter((idea) => idea.text === IDEA)
    expect(saved).toHaveLength(1)
    const department = meeting.departments.find((d) => d.id === saved[0]!.departmentId)
    expect(department?.name).toBe('Customer Service')
    expect(app.problems).toEqual([])
  })

  it('appears in every open window without reloading', async () => {
    const { page } = app
    const meetingId = await createMeetingFromTemplate(page, 'Two windows')
    await goToRoundsByKeyboard(page)

    const second = await app.openWindow()
    await second.goto(`${new URL(page.url()).origin}/#/meeting/${encodeURIComponent(meetingId)}`)
    await expect
      .poll(() => currentStage(second).locator('.stage-name').textContent())
      .toBe('Rounds')

    // "@prod" picks Product by name prefix, as the capture bar promises.
    await page.getByLabel('Idea', { exact: true }).fill(`@prod ${IDEA}`)
    await page.getByLabel('Idea', { exact: true }).press('Enter')
    await ideaInColumn(second, 'Product').waitFor()
    await app.screenshot(second, 'capture-second-window')
    expect(app.problems).toEqual([])
  })
})
