import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMeetingInUi, WAIT } from '../support/e2e/appSteps'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'
import { readMeetingFromDisk } from '../support/e2e/meetingFiles'

let app: NorthstarHarness

beforeEach(async () => {
  app = await launchNorthstar()
})

afterEach(async () => {
  await app.close()
})

/** The library row of the meeting with this exact title. */
const row = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('button', { name: title, exact: true }) })

const listedTitles = (page: Page) => page.locator('.meeting-list .title-button').allTextContents()

async function backToLibrary(page: Page) {
  await page.getByRole('button', { name: /All meetings/ }).click()
  await page.getByRole('heading', { name: 'Your meetings' }).waitFor()
}

describe('meeting library', () => {
  it('creates, copies, renames, duplicates, archives, deletes with undo, and imports', async () => {
    const { page } = app
    const q3 = await createMeetingInUi(page, 'Q3 review')
    await backToLibrary(page)
    await createMeetingInUi(page, 'Q4 review', 'A copy of “Q3 review”')
    await backToLibrary(page)
    await expect.poll(() => listedTitles(page), WAIT).toEqual(['Q4 review', 'Q3 review'])

    // A refused rename is explained inside that meeting's row, and the title stays.
    await row(page, 'Q4 review').getByRole('button', { name: 'Rename' }).click()
    await page.getByLabel('New title for “Q4 review”').fill('   ')
    await page.getByRole('button', { name: 'Save' }).click()
    const refusal = page.getByRole('listitem').filter({ has: page.getByRole('alert') })
    await expect.poll(() => refusal.getByRole('alert').textContent(), WAIT).toMatch(/title/i)
    await page.getByLabel('New title for “Q4 review”').fill('Q4 customer review')
    await page.getByRole('button', { name: 'Save' }).click()
    await row(page, 'Q4 customer review').waitFor()
    await expect(page.getByRole('alert').count()).resolves.toBe(0)

    await row(page, 'Q3 review').getByRole('button', { name: 'Duplicate' }).click()
    await row(page, 'Q3 review (copy)').waitFor()

    await row(page, 'Q3 review (copy)').getByRole('button', { name: 'Archive' }).click()
    await row(page, 'Q3 review (copy)').waitFor({ state: 'detached' })
    await page.getByLabel('Show archived meetings').check()
    await row(page, 'Q3 review (copy)').getByText('Archived', { exact: true }).waitFor()
    await page.getByLabel('Show archived meetings').uncheck()

    await row(page, 'Q3 review').getByRole('button', { name: 'Delete' }).click()
    const toast = page.getByRole('status')
    await expect.poll(() => toast.textContent(), WAIT).toContain('Deleted “Q3 review”.')
    await row(page, 'Q3 review').waitFor({ state: 'detached' })
    expect(await readMeetingFromDisk(app.workspaceDir, q3)).toBeNull()
    await toast.getByRole('button', { name: 'Undo' }).click()
    await row(page, 'Q3 review').waitFor()
    expect((await readMeetingFromDisk(app.workspaceDir, q3))?.meeting.facts.title).toBe('Q3 review')

    // Import a meeting file from outside the workspace (the harness answers the file picker).
    const outside = join(app.exportDir, 'from-a-colleague.json')
    const source = (await readMeetingFromDisk(app.workspaceDir, q3))!.meeting
    await writeFile(
      outside,
      JSON.stringify({
        ...source,
        id: 'colleague-1',
        facts: { ...source.facts, title: 'Imported' }
      })
    )
    app.pickMeetingFileNext(outside)
    await page.getByRole('button', { name: 'Import a meeting file…' }).click()
    await row(page, 'Imported').waitFor()
    await expect.poll(() => toast.textContent(), WAIT).toContain('Imported “Imported”.')
    await app.screenshot(page, 'library')

    await row(page, 'Imported').getByRole('button', { name: 'Open' }).click()
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT)
      .toBe('Imported')
    expect(app.problems).toEqual([])
  })
})
