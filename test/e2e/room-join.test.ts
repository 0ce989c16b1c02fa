import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMeetingInUi, goToRoundsByKeyboard, WAIT } from '../support/e2e/appSteps'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'
import { ideaCard, seriousAxeViolations } from '../support/e2e/roundsSteps'

let app: NorthstarHarness

beforeAll(async () => {
  app = await launchNorthstar()
})

afterAll(async () => {
  await app.close()
})

/** Clicks a checkbox the app sets from main's answer, and waits for that answer. */
async function toggle(page: Page, label: string, checked: boolean): Promise<void> {
  const box = page.getByLabel(label)
  await box.click()
  await expect.poll(() => box.isChecked(), WAIT).toBe(checked)
}

/** A phone joins by its labels: picks a department, optionally a name, presses Join. */
async function joinAs(phone: Page, department: string): Promise<void> {
  await phone.getByLabel('Your department').selectOption({ label: department })
  await phone.getByRole('button', { name: 'Join' }).click()
  await phone.getByLabel('Your idea', { exact: true }).waitFor(WAIT)
}

async function sendIdea(phone: Page, text: string): Promise<void> {
  await phone.getByLabel('Your idea', { exact: true }).fill(text)
  await phone.getByRole('button', { name: 'Send idea' }).click()
  await expect.poll(() => phone.getByRole('status').textContent(), WAIT).toMatch(/^Sent/)
  expect(await phone.getByLabel('Your idea', { exact: true }).inputValue()).toBe('')
}

describe('room join: the room sends ideas and votes from phones', () => {
  it('phones join, add ideas, build on one and vote; the facilitator and projector show it', async () => {
    const { page } = app
    const meetingId = await createMeetingInUi(page, 'Room joins from phones')
    await goToRoundsByKeyboard(page)
    const projector = await app.openProjectorPage()

    // Off by default: nothing listens, no code on the projector.
    expect((await app.service.getRoom()).on).toBe(false)
    expect(await projector.getByText('Join from your phone').count()).toBe(0)

    // The facilitator turns it on from the header's panel.
    await page.getByRole('button', { name: 'Room join', exact: true }).click()
    await toggle(page, 'Let the room join from phones', true)
    const panel = page.getByRole('region', { name: /Room join: ideas and votes/ })
    await panel.getByRole('img', { name: /QR code to join/ }).waitFor(WAIT)
    const url = (await app.service.getRoom()).url!
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/j\/[\w-]{24}\/$/)
    expect(await panel.locator('.room-url').textContent()).toBe(url)
    await projector.getByRole('img', { name: /QR code to join/ }).waitFor(WAIT)
    await projector.getByText(url).waitFor(WAIT)
    await projector.getByText('Scan the code, or type the address.').waitFor(WAIT)
    await app.screenshot(projector, 'room-projector-rounds-card')

    // The join slide of its own, put up from the panel, and taken down again.
    await toggle(page, 'Show the join slide on the projector', true)
    const joinSlide = projector.getByRole('region', { name: 'Join from your phone' })
    await joinSlide.getByRole('img', { name: /QR code to join/ }).waitFor(WAIT)
    await joinSlide.getByText(url).waitFor(WAIT)
    expect(await joinSlide.getByRole('listitem').allTextContents()).toEqual([
      'Join this room’s Wi-Fi.',
      'Scan the code, or type the address.',
      'Pick your department and send ideas.'
    ])
    await app.screenshot(projector, 'room-projector-join-slide')
    await toggle(page, 'Show the join slide on the projector', false)
    await joinSlide.waitFor({ ...WAIT, state: 'detached' })

    // Phone 1, at 360 px wide: join, add an idea.
    const phone1 = await app.openPhone()
    await joinAs(phone1, 'Marketing')
    await phone1.getByText('Round: More stories like this').waitFor(WAIT)
    await sendIdea(phone1, 'Text every new customer a welcome video')
    await ideaCard(page, 'Text every new customer a welcome video').waitFor(WAIT)
    await expect
      .poll(() => ideaCard(page, 'welcome video').textContent(), WAIT)
      .toContain('from the room')
    await projector.getByText('Text every new customer a welcome video').waitFor(WAIT)

    // Phone 2 builds on it.
    const phone2 = await app.openPhone()
    await joinAs(phone2, 'Customer Service')
    await phone2.getByRole('button', { name: 'Build on idea #1' }).click()
    expect(await phone2.getByLabel('Build on an idea (optional)').inputValue()).not.toBe('')
    await sendIdea(phone2, 'Yes, and call them after a week')
    await expect
      .poll(() => ideaCard(page, 'call them after a week').textContent(), WAIT)
      .toMatch(/builds on #1/)
    await projector.getByText('Yes, and call them after a week').waitFor(WAIT)
    await page.getByRole('button', { name: 'Room join: 2 phones' }).waitFor(WAIT)

    // Its own ideas are listed and editable.
    await phone2.getByRole('button', { name: 'Edit your idea #2' }).click()
    await phone2
      .getByLabel('Edit your idea', { exact: true })
      .fill('Yes, and call them after two weeks')
    await phone2.getByRole('button', { name: 'Save' }).click()
    await ideaCard(page, 'call them after two weeks').waitFor(WAIT)

    // Bad input gets a clear message and changes nothing.
    await phone1.getByLabel('Your idea', { exact: true }).fill('   ')
    await phone1.getByRole('button', { name: 'Send idea' }).click()
    await expect
      .poll(() => phone1.getByRole('alert').textContent(), WAIT)
      .toBe('Type your idea first.')

    // Usable at 360 px: nothing wider than the screen, no serious accessibility finding.
    for (const phone of [phone1, phone2]) {
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360
      )
      expect(await seriousAxeViolations(phone)).toEqual([])
    }
    await app.screenshot(phone2, 'room-phone-ideas')

    // Converge: phones dot-vote within the meeting's dots per person (3 by default).
    await page.keyboard.press('Escape')
    await page.locator('body').click({ position: { x: 5, y: 5 } })
    await app.service.commitCommand(meetingId, { type: 'voteBudget.set', budget: 3 })
    await page.keyboard.press('PageDown')
    await phone1.getByText('Vote with your dots').waitFor(WAIT)
    const addDot = (phone: Page, n: number) =>
      phone.getByRole('button', { name: `Add a dot to idea #${n}` }).click()
    await addDot(phone1, 2)
    await expect
      .poll(() => phone1.getByText(/dots left/).textContent(), WAIT)
      .toBe('2 of 3 dots left')
    await addDot(phone1, 2)
    await addDot(phone1, 1)
    await expect
      .poll(() => phone1.getByText(/dots left/).textContent(), WAIT)
      .toBe('0 of 3 dots left')
    expect(await phone1.getByRole('button', { name: 'Add a dot to idea #1' }).isDisabled()).toBe(
      true
    )
    // Move a dot: off idea 1, onto idea 2.
    await phone1.getByRole('button', { name: 'Remove a dot from idea #1' }).click()
    await expect
      .poll(() => phone1.getByText(/dots left/).textContent(), WAIT)
      .toBe('1 of 3 dots left')
    await addDot(phone1, 2)
    await addDot(phone2, 1)
    await app.screenshot(phone1, 'room-phone-vote')
    await expect
      .poll(async () => {
        const { meeting } = (await app.service.openMeeting(meetingId)).view
        return meeting.ideas.map((i) => i.votes)
      }, WAIT)
      .toEqual([1, 3])
    await projector.getByText(/What we voted for/).waitFor(WAIT)

    // Lock the room: a new phone is refused, the two stay.
    await toggle(page, 'Lock the room (no new phones)', true)
    expect(await projector.getByText('Join from your phone').count()).toBe(0)
    const late = await app.openPhone()
    await expect.poll(() => late.getByRole('status').textContent(), WAIT).toMatch(/room is locked/)
    expect((await app.service.getRoom()).phones).toBe(2)

    // Off: every phone loses its connection, nothing listens.
    await toggle(page, 'Let the room join from phones', false)
    await expect
      .poll(() => phone1.getByRole('status').textContent(), WAIT)
      .toMatch(/Reconnecting|ended/)
    await page.getByRole('button', { name: 'Room join', exact: true }).waitFor(WAIT)

    // The phone ideas are in the minutes, marked as from the room.
    const minutes = await import('../../src/shared/minutes/minutesMarkdown')
    const { meeting } = (await app.service.openMeeting(meetingId)).view
    const markdown = minutes.minutesMarkdown(meeting)
    expect(markdown).toMatch(/welcome video[^\n]*from the room/)
    expect(app.problems.filter((p) => !p.includes('WebSocket'))).toEqual([])
  })

  it('five phones contribute ideas and votes to a meeting, and the PDF minutes include them', async () => {
    const { service } = app
    const { meeting } = (await service.createMeeting('Five phones', { kind: 'template' })).view
    await service.setPresentation({ meetingId: meeting.id })
    await service.commitCommand(meeting.id, {
      type: 'run.goto',
      stage: 'rounds',
      roundId: meeting.rounds[0]!.id
    })
    await service.setRoom({ on: true })
    const departments = meeting.departments.slice(0, 5).map((d) => d.name)
    const phones: Page[] = []
    for (const [i, department] of departments.entries()) {
      const phone = await app.openPhone()
      await joinAs(phone, department)
      await sendIdea(phone, `Phone idea ${i + 1} from ${department}`)
      phones.push(phone)
    }
    await service.commitCommand(meeting.id, { type: 'run.goto', stage: 'converge' })
    for (const phone of phones) {
      await phone.getByText('Vote with your dots').waitFor(WAIT)
      await phone.getByRole('button', { name: 'Add a dot to idea #1' }).click()
      await expect.poll(() => phone.getByText(/dots left/).textContent(), WAIT).toMatch(/^2 of 3/)
    }
    await expect
      .poll(async () => (await service.openMeeting(meeting.id)).view.meeting.ideas[0]!.votes, WAIT)
      .toBe(5)

    const result = await service.exportMinutes(meeting.id, ['pdf'], null)
    const pdf = result!.files[0]!.path
    const { stdout } = await promisify(execFile)('pdftotext', ['-raw', pdf, '-'])
    const flat = stdout.replace(/\s+/g, ' ')
    for (const [i, department] of departments.entries()) {
      expect(flat).toContain(`Phone idea ${i + 1} from ${department}`)
    }
    expect(flat).toMatch(/Phone idea 1 from [^·]*· from the room · 5 votes/)
  })
})
