import { afterAll, beforeAll, describe, it } from 'vitest'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'
import { portugueseMeeting } from '../support/e2e/wholeMeeting/portuguese'
import { runWholeMeeting } from '../support/e2e/wholeMeeting/runWholeMeeting'

let app: NorthstarHarness

beforeAll(async () => {
  app = await launchNorthstar()
})

afterAll(async () => {
  await app?.close()
})

describe('a whole meeting in European Portuguese, run by keyboard', () => {
  // Every stage of a whole meeting with the projector open: longer than the e2e default on a loaded machine.
  it('is created in Portuguese, run through every stage and the projector, and exports Portuguese minutes', async () => {
    // The same steps as the English run (test/support/e2e/wholeMeeting/), every label read from the
    // pt-PT catalogues; screenshots in test-output/e2e/pt-full-*.png.
    await runWholeMeeting(app, portugueseMeeting)
  }, 300_000)
})
