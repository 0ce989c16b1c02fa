import { afterAll, beforeAll, describe, it } from 'vitest'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'
import { englishMeeting } from '../support/e2e/wholeMeeting/english'
import { runWholeMeeting } from '../support/e2e/wholeMeeting/runWholeMeeting'

let app: NorthstarHarness

beforeAll(async () => {
  app = await launchNorthstar()
})

afterAll(async () => {
  await app?.close()
})

describe('a whole meeting, run by keyboard', () => {
  // Every stage of a whole meeting with the projector open: longer than the e2e default on a loaded machine.
  it('is prepared, run through every stage, exported, and found again after a reload and on disk', async () => {
    // The steps and checks are in test/support/e2e/wholeMeeting/; screenshots in test-output/e2e/full-meeting/.
    await runWholeMeeting(app, englishMeeting)
  }, 300_000)
})
