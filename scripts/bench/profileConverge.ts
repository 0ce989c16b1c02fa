/**
 * Profiles Page Down from Rounds to Converge in a large meeting (`npx tsx
 * scripts/bench/profileConverge.ts [ideas] [moves]`, after `npx electron-vite build`): the page's CPU
 * profile and trace over CDP go to test-output/profiles/converge.<ideas>.page.cpuprofile / .trace.json.
 */
import { buildLargeMeeting } from '../fixtures/largeMeeting'
import { startWithMeeting, TIMEOUT } from './meetingRig'
import { recordPage } from './pageProfile'

const ideas = Number(process.argv[2] ?? 2_000)
const moves = Number(process.argv[3] ?? 5)
const rig = await startWithMeeting(buildLargeMeeting({ ideas, actions: 40 }))
try {
  const page = rig.page
  await page.locator('body').click({ position: { x: 1, y: 1 } })
  const settle = () =>
    page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
  // One move out and back first, so the profile has warm code.
  await page.keyboard.press('PageDown')
  await page.locator('section.stage-converge').waitFor(TIMEOUT)
  await page.keyboard.press('PageUp')
  await page.locator('section.stage-rounds').waitFor(TIMEOUT)
  await settle()
  const stop = await recordPage(rig, page, `converge.${ideas}`)
  for (let i = 0; i < moves; i++) {
    const started = Date.now()
    await page.keyboard.press('PageDown')
    await page.locator('section.stage-converge').waitFor(TIMEOUT)
    await settle()
    console.log(`Page Down → painted ${Date.now() - started} ms (wall clock, profiler on)`)
    await page.keyboard.press('PageUp')
    await page.locator('section.stage-rounds').waitFor(TIMEOUT)
    await settle()
  }
  await stop()
} finally {
  await rig.close()
}
