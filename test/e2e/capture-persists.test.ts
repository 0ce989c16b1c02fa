import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  createMeetingInUi,
  currentStageName,
  departmentColumn,
  goToRoundsByKeyboard,
  ideaInput,
  WAIT
} from '../support/e2e/appSteps'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'
import { readMeetingFromDisk } from '../support/e2e/meetingFiles'

const IDEA = 'Send a thank-you video when a customer’s child performs with our product'

let app: NorthstarHarness

beforeEach(async () => {
  app = await launchNorthstar()
})

afterEach(async () => {
  await app.close()
})

describe('capturing an idea', () => {
  it('is saved to the meeting file and is still there after a reload', async () => {
    const { page } = app
    const meetingId = await createMeetingInUi(page, 'Q4 customer review')
    await goToRoundsByKeyboard(page)

    await page.getByLabel('Department').selectOption({ label: 'Customer Service (Alt+C)' })
    await ideaInput(page).fill(IDEA)
    await ideaInput(page).press('Enter')
    await departmentColumn(page, 'Customer Service').getByText(IDEA).waitFor()
    expect(await ideaInput(page).inputValue()).toBe('')
    await app.screenshot(page, 'capture-rounds')

    await page.reload()
    await departmentColumn(page, 'Customer Service').getByText(IDEA).waitFor()
    expect(await currentStageName(page)).toBe('Rounds')

    const onDisk = await readMeetingFromDisk(app.workspaceDir, meetingId)
    expect(onDisk, 'the meeting file exists in the workspace').not.toBeNull()
    const { meeting } = onDisk!
    const saved = meeting.ideas.filter((idea) => idea.text === IDEA)
    expect(saved).toHaveLength(1)
    const department = meeting.departments.find((d) => d.id === saved[0]!.departmentId)
    expect(department?.name).toBe('Customer Service')
    expect(app.problems).toEqual([])
  })

  it('appears in every open window without reloading', async () => {
    const { page } = app
    const meetingId = await createMeetingInUi(page, 'Two windows')
    await goToRoundsByKeyboard(page)

    const second = await app.openWindow()
    await second.goto(`${new URL(page.url()).origin}/#/meeting/${encodeURIComponent(meetingId)}`)
    await expect.poll(() => currentStageName(second), WAIT).toBe('Rounds')

    // "@prod" picks Product by name prefix, as the capture bar promises.
    await ideaInput(page).fill(`@prod ${IDEA}`)
    await ideaInput(page).press('Enter')
    await departmentColumn(second, 'Product').getByText(IDEA).waitFor()
    await app.screenshot(second, 'capture-second-window')
    expect(app.problems).toEqual([])
  })

  it('is taken back by Ctrl+Z and brought back by Ctrl+Shift+Z, on screen and on disk', async () => {
    const { page } = app
    const meetingId = await createMeetingInUi(page, 'Undo review')
    await goToRoundsByKeyboard(page)
    await ideaInput(page).fill(`@fin ${IDEA}`)
    await ideaInput(page).press('Enter')
    const idea = departmentColumn(page, 'Finance').getByText(IDEA)
    await idea.waitFor()

    const ideasOnDisk = async () =>
      (await readMeetingFromDisk(app.workspaceDir, meetingId))!.meeting.ideas.map((i) => i.text)
    // The capture field is empty and focused, so Ctrl+Z undoes the meeting change, not typing.
    await ideaInput(page).press('Control+z')
    await idea.waitFor({ state: 'detached' })
    await expect.poll(ideasOnDisk, WAIT).toEqual([])

    await ideaInput(page).press('Control+Shift+z')
    await idea.waitFor()
    await expect.poll(ideasOnDisk, WAIT).toEqual([IDEA])
    expect(app.problems).toEqual([])
  })
})
