import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { launchNorthstar } from '../../test/support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../../test/support/e2e/launchNorthstar'
import type { Meeting } from '../../src/shared/meeting/schema'
import { installStamps } from './pageProbes'

export const TIMEOUT = { timeout: 120_000 }

/**
 * For waitForFunction in a measured page: check every 20 ms instead of every frame (Playwright's
 * default), so the wait asks for no frames of its own and adds no work to the frame being timed.
 */
export const POLL = { polling: 20, ...TIMEOUT }

/** The built app in Chromium on the real meeting service, with one large meeting open in its page. */
export interface MeetingRig {
  app: NorthstarHarness
  /** The facilitator's page, on the meeting's live Rounds stage, with the stamp helpers installed. */
  page: Page
  meetingId: string
  meeting: Meeting
  close(): Promise<void>
}

/**
 * Leaves Prepare once the meeting's header is on screen. Right after a reload the page may not have
 * drawn the meeting yet (the e2e steps' leavePrepare does nothing on a page without a Prepare button,
 * and waits with vitest's expect, which a bench run outside vitest cannot use).
 */
export async function leaveLoadedPrepare(page: Page): Promise<void> {
  const prepare = page.getByRole('button', { name: 'Prepare', exact: true })
  await prepare.waitFor(TIMEOUT)
  if ((await prepare.getAttribute('aria-pressed', TIMEOUT)) === 'true') await prepare.click(TIMEOUT)
  await page.getByRole('button', { name: 'Prepare', exact: true, pressed: false }).waitFor(TIMEOUT)
}

/**
 * Imports `meeting` from a file (as the app's import does), moves its run to the Rounds stage of its
 * first round, and opens it in the facilitator's page (the address names it; leaving Prepare).
 */
export async function startWithMeeting(meeting: Meeting): Promise<MeetingRig> {
  const app = await launchNorthstar()
  const folder = await mkdtemp(path.join(os.tmpdir(), 'northstar-bench-'))
  try {
    const file = path.join(folder, 'large.json')
    await writeFile(file, JSON.stringify(meeting))
    const opened = await app.service.openFromPath(file)
    const meetingId = opened.meeting.id
    await app.service.commitCommand(meetingId, {
      type: 'run.goto',
      stage: 'rounds',
      roundId: opened.meeting.rounds[0]!.id
    })
    const page = app.page
    // Loaded again, the library lists the imported meeting: open it as a user does (the address
    // route did not survive the harness's reload, so the run waited on the library for Prepare).
    await page.reload()
    const row = page.locator('li.meeting-row', { hasText: opened.meeting.facts.title }).first()
    await row.getByRole('button', { name: 'Open', exact: true }).click(TIMEOUT)
    await leaveLoadedPrepare(page)
    await page.locator('section.stage-rounds').waitFor(TIMEOUT)
    await installStamps(page)
    return {
      app,
      page,
      meetingId,
      meeting: opened.meeting,
      close: async () => {
        await app.close()
        await rm(folder, { recursive: true, force: true })
      }
    }
  } catch (error) {
    await app.close()
    await rm(folder, { recursive: true, force: true })
    throw error
  }
}

/** "10,000" for 10000: figures' notes name sizes as people read them. */
export const sizeName = (ideas: number): string => ideas.toLocaleString('en-GB')
