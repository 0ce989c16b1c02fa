import { copyFile, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WAIT } from '../support/e2e/appSteps'
import { goToStage } from '../support/e2e/convergeSteps'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'

/** The committed over-limit file of the damaged-file corpus: 31 departments, the limit is 30. */
const OVER_LIMIT = resolve(import.meta.dirname, '../fixtures/damaged/over-limit.json')
const SAYS = /\(31 departments, the limit is 30\), so it opens read-only/

let app: NorthstarHarness

beforeEach(async () => {
  app = await launchNorthstar()
})

afterEach(async () => {
  await app.close()
})

describe('a meeting over the limits', () => {
  it('imports saying it opens read-only, shows a read-only banner, exports, and refuses a change', async () => {
    const { page } = app
    const outside = join(app.exportDir, 'over-limit.json')
    await copyFile(OVER_LIMIT, outside)
    app.pickMeetingFileNext(outside)
    await page.getByRole('button', { name: 'Import a meeting file…' }).click()
    const toast = page.locator('.toast')
    await expect.poll(() => toast.textContent(), WAIT).toMatch(SAYS)

    const row = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'Over-limit review', exact: true }) })
    // The library marks it before it is opened.
    await expect
      .poll(() => row.getByRole('heading', { level: 3 }).textContent(), WAIT)
      .toBe('Over-limit reviewRead-only: over a limit')
    await app.screenshot(page, 'read-only-library')
    await row.getByRole('button', { name: 'Open' }).click()
    const banner = page.locator('.read-only-banner')
    await expect
      .poll(() => banner.textContent(), WAIT)
      .toMatch(/^Read-only\. This meeting is larger/)
    expect(await banner.textContent()).toMatch(SAYS)
    expect(await banner.getAttribute('role')).toBe('status')
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true)
    await app.screenshot(page, 'read-only-banner')

    // Moving between stages reads it; a change is refused with the same sentence.
    await goToStage(page, 'Minutes')
    await page.getByRole('button', { name: 'Choose folder and export…' }).click()
    await page.getByText(/Exported \d files?\./).waitFor(WAIT)

    await page.getByRole('button', { name: /All meetings/ }).click()
    await row.getByRole('button', { name: 'Rename' }).click()
    await page.getByLabel('New title for “Over-limit review”').fill('Smaller review')
    await page.getByRole('button', { name: 'Save' }).click()
    // While renaming, the row shows the form instead of the title: find it by its alert.
    const refusal = page.getByRole('listitem').filter({ has: page.getByRole('alert') })
    await expect
      .poll(() => refusal.getByRole('alert').textContent(), WAIT)
      .toMatch(/Nothing was changed\. This meeting is larger .*31 departments, the limit is 30/)
    const copy = (await readFile(outside)).equals(await readFile(OVER_LIMIT))
    expect(copy, 'the file the user chose is not changed').toBe(true)
    expect(app.problems).toEqual([])
  })
})
