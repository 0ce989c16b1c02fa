import { mkdir, writeFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import type { MeetingRig } from './meetingRig'

/**
 * Starts the page's CPU profile and a timeline trace over CDP; the returned function stops both and
 * writes `test-output/profiles/<name>.page.cpuprofile` and `<name>.trace.json` (open the profile in
 * Chromium's DevTools, the trace in its Performance panel or ui.perfetto.dev).
 */
export async function recordPage(
  rig: MeetingRig,
  page: Page,
  name: string
): Promise<() => Promise<void>> {
  const cdp = await rig.app.context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  const events: unknown[] = []
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value))
  const traced = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve())
  )
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink',
    transferMode: 'ReportEvents'
  })
  return async () => {
    const { profile } = await cdp.send('Profiler.stop')
    await cdp.send('Tracing.end')
    await traced
    await mkdir('test-output/profiles', { recursive: true })
    await writeFile(`test-output/profiles/${name}.page.cpuprofile`, JSON.stringify(profile))
    await writeFile(`test-output/profiles/${name}.trace.json`, JSON.stringify(events))
  }
}
