/**
 * Profiles the facilitator's page while ideas are typed into a large round (`npx tsx
 * scripts/bench/profileCapture.ts [ideas] [count]`, after `npx electron-vite build`): every idea in
 * the first round, as capture.bench does; the page's CPU profile over CDP goes to
 * test-output/profiles/capture.<ideas>.page.cpuprofile.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { buildLargeMeeting } from '../fixtures/largeMeeting'
import { startWithMeeting, TIMEOUT } from './meetingRig'

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
  await page.locator('[data-idea-id]').first().waitFor({ state: 'attached', ...TIMEOUT })
  await page.getByLabel('Idea', { exact: true }).focus(TIMEOUT)
  const cdp = await rig.app.context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  const started = Date.now()
  for (let i = 0; i < count; i++) {
    await page.keyboard.type(`profiled-${i} Call the family`)
    await page.keyboard.press('Enter')
    await page
      .locator('li.idea:not(.pending)', { hasText: `profiled-${i} ` })
      .waitFor({ state: 'attached', ...TIMEOUT })
  }
  console.log(`${count} ideas saved and shown in ${Date.now() - started} ms (profiler on)`)
  const { profile } = await cdp.send('Profiler.stop')
  await mkdir('test-output/profiles', { recursive: true })
  await writeFile(`test-output/profiles/capture.${ideas}.page.cpuprofile`, JSON.stringify(profile))
} finally {
  await rig.close()
}
