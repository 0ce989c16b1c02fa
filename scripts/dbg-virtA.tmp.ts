import { startWithMeeting } from './bench/meetingRig'
import { buildLargeMeeting } from './fixtures/largeMeeting'
const rig = await startWithMeeting(buildLargeMeeting({ ideas: 2000, actions: 40 }))
const page = rig.page
try {
  console.log('rounds elements', await page.evaluate(() => document.querySelectorAll('*').length), 'cards', await page.locator('li.idea').count())
  await page.locator('body').click({ position: { x: 1, y: 1 } })
  await page.evaluate(() => {
    const w = window as unknown as { __lt: number[][] }
    w.__lt = []
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__lt.push([Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask', buffered: false })
  })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => ((window as unknown as { __lt: number[][] }).__lt = []))
    const t0 = Date.now()
    await page.keyboard.press('PageDown')
    await page.locator('section.stage-converge').waitFor({ timeout: 60000 })
    console.log('converge shown in', Date.now() - t0, 'ms; elements', await page.evaluate(() => document.querySelectorAll('*').length), 'rows', await page.locator('li.converge-idea').count(), 'lists', await page.locator('ul.converge-ideas').count())
    console.log('long tasks', JSON.stringify(await page.evaluate(() => (window as unknown as { __lt: number[][] }).__lt)))
    await page.keyboard.press('PageUp')
    await page.locator('section.stage-rounds').waitFor({ timeout: 60000 })
  }
  const { profile } = await cdp.send('Profiler.stop')
  const self = new Map<string, number>()
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const dt = profile.timeDeltas ?? []
  ;(profile.samples ?? []).forEach((id, i) => {
    const n = byId.get(id)!
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`
    self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000)
  })
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0)}ms ${k}`).join('\n'))
  await page.keyboard.press('PageDown')
  await page.locator('section.stage-converge').waitFor({ timeout: 60000 })
  await page.waitForTimeout(1000)
  await page.screenshot({ path: '/tmp/virtA/converge.png' })
  await page.mouse.wheel(0, 3000)
  await page.waitForTimeout(1000)
  await page.screenshot({ path: '/tmp/virtA/converge-scrolled.png' })
  const prof = await page.evaluate(async () => {
    const marks: string[] = []
    return marks
  })
  void prof
} finally {
  await rig.close()
}
