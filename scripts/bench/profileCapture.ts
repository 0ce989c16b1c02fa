/**
 * Profiles the facilitator's page while ideas are typed into a large round (`npx tsx
 * scripts/bench/profileCapture.ts [ideas] [count]`, after `npx electron-vite build`): every idea in
 * the first round, as capture.bench does; the page's CPU profile over CDP goes to
 * test-output/profiles/capture.<ideas>.page.cpuprofile, its trace beside it.
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
  const events: unknown[] = []
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value))
  const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink',
    transferMode: 'ReportEvents'
  })
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
  const { profile } = await cdp.send('Profiler.stop')
  await cdp.send('Tracing.end')
  await traced
  await writeFile(`test-output/profiles/capture.${ideas}.trace.json`, JSON.stringify(events))
  await mkdir('test-output/profiles', { recursive: true })
  await writeFile(`test-output/profiles/capture.${ideas}.page.cpuprofile`, JSON.stringify(profile))
} finally {
  await rig.close()
}
