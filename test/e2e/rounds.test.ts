import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createMeetingInUi,
  departmentColumn,
  goToRoundsByKeyboard,
  ideaInput,
  WAIT
} from '../support/e2e/appSteps'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'
import { readMeetingFromDisk } from '../support/e2e/meetingFiles'
import {
  captureByKeyboard,
  captureHasFocus,
  coverageStrip,
  ideaCard,
  seriousAxeViolations,
  timerText
} from '../support/e2e/roundsSteps'

let app: NorthstarHarness

beforeAll(async () => {
  app = await launchNorthstar()
})

afterAll(async () => {
  await app.close()
})

describe('running the brainstorm rounds by keyboard', () => {
  it('captures, builds across departments, edits/moves/merges/deletes with undo, times the round, and searches', async () => {
    const { page } = app
    const meetingId = await createMeetingInUi(page, 'Rounds by keyboard')
    await goToRoundsByKeyboard(page)
    expect(await captureHasFocus(page)).toBe(true)

    // Departments by @prefix and by Alt+key.
    await captureByKeyboard(page, '@mark Share John’s story with every new customer')
    await page.keyboard.press('Alt+KeyP')
    await captureByKeyboard(page, 'A "record a performance" mode in the app')
    await captureByKeyboard(page, '@cust Call customers who mention their family')
    await page.keyboard.press('Alt+KeyF')
    await captureByKeyboard(page, 'Family plan at one price')
    await departmentColumn(page, 'Marketing')
      .getByText(/Share John’s story/)
      .waitFor()
    await departmentColumn(page, 'Product')
      .getByText(/record a performance/)
      .waitFor()
    await departmentColumn(page, 'Customer Service')
      .getByText(/Call customers/)
      .waitFor()
    await departmentColumn(page, 'Finance')
      .getByText(/Family plan/)
      .waitFor()
    // The cards show while main saves; the strip follows the saved meeting.
    await expect
      .poll(() => coverageStrip(page).textContent(), WAIT)
      .toMatch(/Not heard from yet:\s*Sales, Operations/)

    // Build across departments: Alt+↑ picks the newest idea (#4, Finance); Sales builds on it.
    await page.keyboard.press('Alt+ArrowUp')
    await page.getByText(/Next idea builds on #4 \(Finance\)/).waitFor()
    await captureByKeyboard(page, '@sales Offer the family plan to schools')
    await ideaCard(page, /Offer the family plan to schools/)
      .getByText('builds on #4 (Finance)')
      .waitFor()
    // ^N builds on idea N without selecting it.
    await captureByKeyboard(page, '@oper ^1 Print the story on the packaging')
    await ideaCard(page, /Print the story/)
      .getByText('builds on #1 (Marketing)')
      .waitFor()
    await expect
      .poll(() => coverageStrip(page).textContent(), WAIT)
      .toMatch(/Every department has contributed\..*2 ideas build on another department’s idea/)
    expect(await captureHasFocus(page)).toBe(true)
    await app.screenshot(page, 'rounds-captured')

    const ideasOnDisk = async () =>
      (await readMeetingFromDisk(app.workspaceDir, meetingId))!.meeting.ideas
    await expect.poll(async () => (await ideasOnDisk()).length, WAIT).toBe(6)

    // Edit #2 (Alt+↑ walks up from the newest), then undo and redo.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Alt+ArrowUp')
    await page.getByText(/#2 \(Product\) selected/).waitFor()
    await page.keyboard.press('Alt+Shift+KeyE')
    await page.getByLabel('Idea text').waitFor()
    await app.screenshot(page, 'rounds-edit')
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type('A "record my child’s performance" mode')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Priya')
    await page.keyboard.press('Enter')
    await ideaCard(page, /record my child’s performance/)
      .getByText('by Priya')
      .waitFor()
    expect(await captureHasFocus(page)).toBe(true)
    await page.keyboard.press('ControlOrMeta+z')
    await ideaCard(page, /A "record a performance" mode/).waitFor()
    await page.keyboard.press('ControlOrMeta+Shift+z')
    await ideaCard(page, /record my child’s performance/).waitFor()

    // Move #3 (Customer Service) to the second round; undo brings it back.
    await page.keyboard.press('Escape')
    for (let i = 0; i < 4; i++) await page.keyboard.press('Alt+ArrowUp')
    await page.getByText(/#3 \(Customer Service\) selected/).waitFor()
    await page.keyboard.press('Alt+Shift+KeyM')
    await page.getByLabel('Move to round').waitFor()
    await page.keyboard.press('Enter')
    await page.getByText(/Moved #3 to “What do our customers need\?”/).waitFor()
    await ideaCard(page, /Call customers/).waitFor({ state: 'detached' })
    await page.keyboard.press('ControlOrMeta+z')
    await ideaCard(page, /Call customers/).waitFor()

    // Merge #6 into #1, undo, redo.
    await page.keyboard.press('Alt+ArrowUp')
    await page.getByText(/#6 \(Operations\) selected/).waitFor()
    await page.keyboard.press('Alt+Shift+KeyG')
    await page.getByLabel('Merge into idea number').waitFor()
    await page.keyboard.type('1')
    await page.keyboard.press('Enter')
    await ideaCard(page, /Share John’s story[\s\S]*\+ Print the story/).waitFor()
    await page.keyboard.press('ControlOrMeta+z')
    await ideaCard(page, /^6\.\s*Print the story/).waitFor()
    await page.keyboard.press('ControlOrMeta+Shift+z')
    await ideaCard(page, /\+ Print the story/).waitFor()
    await expect.poll(async () => (await ideasOnDisk()).length, WAIT).toBe(5)

    // Delete the Sales idea (#5), undo, redo: the coverage strip follows.
    await page.keyboard.press('Alt+ArrowUp')
    await page.getByText(/#5 \(Sales\) selected/).waitFor()
    await page.keyboard.press('Alt+Shift+Delete')
    await ideaCard(page, /schools/).waitFor({ state: 'detached' })
    await expect
      .poll(() => coverageStrip(page).textContent(), WAIT)
      .toMatch(/Not heard from yet:\s*Sales, Operations/)
    await page.keyboard.press('ControlOrMeta+z')
    await ideaCard(page, /schools/).waitFor()
    await expect
      .poll(() => coverageStrip(page).textContent(), WAIT)
      .toMatch(/Not heard from yet:\s*Operations/)
    await page.keyboard.press('ControlOrMeta+Shift+z')
    await ideaCard(page, /schools/).waitFor({ state: 'detached' })
    expect(await captureHasFocus(page)).toBe(true)

    // The countdown: start, pause, add a minute, on main's clock.
    expect(await timerText(page)).toBe('15:00')
    await page.keyboard.press('Alt+Shift+KeyS')
    await page.getByText('running', { exact: true }).waitFor()
    await expect.poll(() => timerText(page), WAIT).toMatch(/^14:5\d$/)
    await page.keyboard.press('Alt+Shift+KeyS')
    await page.getByText('paused', { exact: true }).waitFor()
    const paused = await timerText(page)
    await page.waitForTimeout(1_200)
    expect(await timerText(page)).toBe(paused)
    await page.keyboard.press('Alt+Shift+KeyA')
    await expect.poll(() => timerText(page), WAIT).toMatch(/^15:5\d$/)
    expect(await seriousAxeViolations(page)).toEqual([])
    await app.screenshot(page, 'rounds-timer-paused')

    // The cross-department round: a build on the same department is called out.
    await page.keyboard.press('Alt+PageDown')
    await page
      .getByText(/What is changing around them/)
      .first()
      .waitFor()
    await app.screenshot(page, 'rounds-needs-checklist')
    await page.keyboard.press('Alt+PageDown')
    await page.getByRole('button', { name: /Build across departments/, pressed: true }).waitFor()
    await captureByKeyboard(page, '@mark Teachers’ newsletter')
    await page.keyboard.press('Alt+ArrowUp')
    await captureByKeyboard(page, '@mark A second teachers’ newsletter')
    await ideaCard(page, /A second teachers’ newsletter/)
      .getByText(/Same department/)
      .waitFor()
    // Numbers run across the meeting: after #1–#6 of round 1 these are #7 and #8.
    await coverageStrip(page)
      .getByText(/Built on their own department: #8/)
      .waitFor()
    await app.screenshot(page, 'rounds-cross-department')

    // Search: Ctrl/Cmd+F, type, Enter picks the idea of round 1 to build on, without leaving this round.
    await page.keyboard.press('ControlOrMeta+f')
    await page.getByRole('dialog', { name: 'Search this meeting' }).waitFor()
    await page.keyboard.type('child')
    await page
      .getByRole('dialog')
      .getByText(/record my child’s performance/)
      .waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await app.screenshot(page, 'rounds-search')
    await page.keyboard.press('Enter')
    await page
      .getByText(/Next idea builds on #2 \(Product, in “More stories like this”\)/)
      .waitFor()
    await page.getByRole('button', { name: /Build across departments/, pressed: true }).waitFor()
    expect(await captureHasFocus(page)).toBe(true)
    await captureByKeyboard(page, '@sales Sell the recording mode to music teachers')
    await ideaCard(page, /Sell the recording mode/)
      .getByText('builds on #2 (Product) in “More stories like this”')
      .waitFor()
    // ^N names an idea of any round by its meeting number.
    await captureByKeyboard(page, '^1 @fin Bundle the story booklet with the family plan')
    await ideaCard(page, /story booklet/)
      .getByText('builds on #1 (Marketing) in “More stories like this”')
      .waitFor()

    const { meeting } = (await readMeetingFromDisk(app.workspaceDir, meetingId))!
    const byText = (re: RegExp) => meeting.ideas.find((i) => re.test(i.text))!
    expect(byText(/record my child’s performance/).author).toBe('Priya')
    expect(byText(/Print the story/).text).toMatch(/^Share John’s story[\s\S]*\+ Print the story/)
    expect(meeting.ideas.some((i) => /schools/.test(i.text))).toBe(false)
    const crossRound = meeting.rounds.find((r) => r.kind === 'crossDepartment')!
    const second = byText(/A second teachers’ newsletter/)
    expect(second.roundId).toBe(crossRound.id)
    expect(second.buildsOnId).toBe(byText(/^Teachers’ newsletter/).id)
    expect(byText(/Sell the recording mode/).buildsOnId).toBe(byText(/record my child’s/).id)
    expect(byText(/Sell the recording mode/).number).toBe(9)
    expect(await ideaInput(page).inputValue()).toBe('')
    expect(app.problems).toEqual([])
  })
})
