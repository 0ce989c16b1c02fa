/**
 * Profiles the projector page while ideas are committed in the facilitator page (`npx tsx
 * scripts/bench/profileProjector.ts [ideas] [count]`, after `npx electron-vite build`): as
 * projector.bench does, on a meeting of `ideas` ideas. The projector page's CPU profile and trace go to
 * test-output/profiles/projector.<ideas>.*; printed: the trace's main-thread time per event name,
 * per committed idea. For readable function names in the profile, build unminified first:
 * `NORTHSTAR_NO_MINIFY=1 npx electron-vite build`.
 */
import { readFile } from 'node:fs/promises'
import { buildLargeMeeting } from '../fixtures/largeMeeting'
import { POLL, startWithMeeting, TIMEOUT } from './meetingRig'
import { recordPage } from './pageProfile'

interface TraceEvent {
  name: string
  ph: string
  dur?: number
  tid: number
  pid: number
  args?: { name?: string; data?: { frames?: { processId: number }[] } }
}

const ideas = Number(process.argv[2] ?? 2_000)
const count = Number(process.argv[3] ?? 20)
const rig = await startWithMeeting(buildLargeMeeting({ ideas, actions: 40 }))
try {
  const projector = await rig.app.openProjectorPage()
  await projector.setViewportSize({ width: 1920, height: 1080 })
  await projector.locator('[data-idea-id]:not([hidden])').first().waitFor(TIMEOUT)
  const input = rig.page.getByLabel('Idea', { exact: true })
  const stop = await recordPage(rig, projector, `projector.${ideas}`)
  for (let i = 0; i < count; i++) {
    await input.fill(`profiled-${i} Call the family the week after the recital`)
    await input.press('Enter')
    await projector.waitForFunction(
      (text) =>
        Array.from(document.querySelectorAll('.pj-idea-newest')).some((card: Element) =>
          (card.textContent ?? '').includes(text)
        ),
      `profiled-${i} `,
      POLL
    )
    await projector.waitForTimeout(150)
  }
  await stop()
  const events = JSON.parse(
    await readFile(`test-output/profiles/projector.${ideas}.trace.json`, 'utf8')
  ) as TraceEvent[]
  // The projector page's renderer main thread (the trace names the traced page's process).
  const started = events.find((e) => e.name === 'TracingStartedInBrowser')
  const pid = started?.args?.data?.frames?.[0]?.processId
  const main = events.find(
    (e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain'
  )
  const thread = `${pid}:${main?.tid}`
  const totals = new Map<string, number>()
  for (const e of events)
    if (e.ph === 'X' && e.dur && `${e.pid}:${e.tid}` === thread)
      totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur)
  const rows = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)
  for (const [name, us] of rows)
    console.log(`${(us / 1000 / count).toFixed(2).padStart(8)} ms  ${name}`)
} finally {
  await rig.close()
}
