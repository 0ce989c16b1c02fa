/**
 * Profiles opening a large meeting from the library (`npx tsx scripts/bench/profileOpen.ts [ideas]`,
 * after `npx electron-vite build`): the page's CPU profile over CDP goes to
 * test-output/profiles/open.<ideas>.page.cpuprofile; run tsx with `--cpu-prof` for main's side.
 */
import { buildLargeMeeting } from '../fixtures/largeMeeting'
import { startWithMeeting, TIMEOUT } from './meetingRig'
import { recordPage } from './pageProfile'

const ideas = Number(process.argv[2] ?? 10_000)
const rig = await startWithMeeting(buildLargeMeeting({ ideas, actions: 40 }))
try {
  const page = rig.page
  await page.getByRole('button', { name: /All meetings/ }).click()
  await page.locator('li.meeting-row').first().waitFor(TIMEOUT)
  const stop = await recordPage(rig, page, `open.${ideas}`)
  const started = Date.now()
  const row = page.locator('li.meeting-row', { hasText: rig.meeting.facts.title }).first()
  await row.getByRole('button', { name: 'Open', exact: true }).click()
  await page.locator('section.stage-rounds').waitFor(TIMEOUT)
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
  console.log(`open → painted ${Date.now() - started} ms (wall clock, with the profiler on)`)
  await stop()
  console.log(`${await page.locator('*').count()} elements on the page`)
} finally {
  await rig.close()
}
