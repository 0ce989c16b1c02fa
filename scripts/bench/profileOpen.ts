/**
 * Profiles opening a large meeting from the library (`npx tsx scripts/bench/profileOpen.ts [ideas]`,
 * after `npx electron-vite build`): the page's CPU profile over CDP goes to
 * test-output/profiles/open.<ideas>.page.cpuprofile; run tsx with `--cpu-prof` for main's side.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { buildLargeMeeting } from '../fixtures/largeMeeting'
import { startWithMeeting, TIMEOUT } from './meetingRig'

const ideas = Number(process.argv[2] ?? 10_000)
const rig = await startWithMeeting(buildLargeMeeting({ ideas, actions: 40 }))
try {
  const page = rig.page
  await page.getByRole('button', { name: /All meetings/ }).click()
  await page.locator('li.meeting-row').first().waitFor(TIMEOUT)
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
  const started = Date.now()
  const row = page.locator('li.meeting-row', { hasText: rig.meeting.facts.title }).first()
  await row.getByRole('button', { name: 'Open', exact: true }).click()
  await page.locator('section.stage-rounds').waitFor(TIMEOUT)
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))))
  console.log(`open → painted ${Date.now() - started} ms (wall clock, with the profiler on)`)
  const { profile } = await cdp.send('Profiler.stop')
  await cdp.send('Tracing.end')
  await traced
  console.log(`${await page.locator('*').count()} elements on the page`)
  await writeFile(`test-output/profiles/open.${ideas}.trace.json`, JSON.stringify(events))
  await mkdir('test-output/profiles', { recursive: true })
  await writeFile(`test-output/profiles/open.${ideas}.page.cpuprofile`, JSON.stringify(profile))
} finally {
  await rig.close()
}
