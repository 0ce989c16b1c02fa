/**
 * Profiles the facilitator's page while ideas are typed into a large round (`npx tsx
 * scripts/bench/profileCapture.ts [ideas] [count]`, after `npx electron-vite build`): every idea in
 * the first round, as capture.bench does; the page's CPU profile over CDP goes to
 * test-output/profiles/capture.<ideas>.page.cpuprofile, its trace beside it.
 */
import { buildLargeMeeting } from '../fixtures/largeMeeting'
import { startWithMeeting, TIMEOUT } from './meetingRig'
import { recordPage } from './pageProfile'

const ideas = Number(process.argv[2] ?? 10_000)
const count = Number(process.argv[3] ?? 10)
const large = buildLargeMeeting({ ideas, actions: 40 })
const roundId = large.rounds[0]!.id
const rig = await startWithMeeting({
  ...large,
  ideas: large.ideas.map((idea) => ({ ...idea, roundId }))
})
try {
  const page = rig.page
  await page
    .locator('[data-idea-id]')
    .first()
    .waitFor({ state: 'attached', ...TIMEOUT })
  await page.getByLabel('Idea', { exact: true }).focus(TIMEOUT)
  const stop = await recordPage(rig, page, `capture.${ideas}`)
  const saved = await page.locator('li.idea:not(.pending)').count()
  const started = Date.now()
  for (let i = 0; i < count; i++) {
    await page.keyboard.type(`profiled-${i} Call the family`)
    await page.keyboard.press('Enter')
    // Counted natively: a text locator over thousands of cards would be most of the profile.
    await page.waitForFunction(
      (n) => document.querySelectorAll('li.idea:not(.pending)').length >= n,
      saved + i + 1,
      TIMEOUT
    )
  }
  console.log(`${count} ideas saved and shown in ${Date.now() - started} ms (profiler on)`)
  await stop()
} finally {
  await rig.close()
}
