import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  createMeetingInUi,
  departmentColumn,
  goToRoundsByKeyboard,
  ideaInput,
  WAIT
} from '../support/e2e/appSteps'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'
import { readMeetingFromDisk } from '../support/e2e/meetingFiles'

const BUILT_HTML = join(resolve(import.meta.dirname, '../..'), 'out/renderer/index.html')
const IDEA = '<img src=x onerror=window.__pwned=1>'
const TITLE = '<script>window.__pwned=2</script>Q4'

let app: NorthstarHarness

beforeEach(async () => {
  app = await launchNorthstar()
})

afterEach(async () => {
  await app.close()
})

/** The directives of the Content-Security-Policy meta tag of the built page. */
async function builtPolicy(): Promise<Map<string, string[]>> {
  const html = await readFile(BUILT_HTML, 'utf8')
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)
  expect(meta, 'the built index.html carries a CSP meta tag').not.toBeNull()
  return new Map(
    meta![1]!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values])
  )
}

describe('text that looks like HTML or script', () => {
  it('shows literally in the facilitator view, the projector and the library, and never runs', async () => {
    const { page } = app
    const meetingId = await createMeetingInUi(page, TITLE)
    await goToRoundsByKeyboard(page)
    await page
      .getByLabel('Department', { exact: true })
      .selectOption({ label: 'Customer Service (Alt+C)' })
    await ideaInput(page).fill(IDEA)
    await ideaInput(page).press('Enter')
    await departmentColumn(page, 'Customer Service').getByText(IDEA, { exact: true }).waitFor(WAIT)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), WAIT).toBe(TITLE)

    // The room's projector shows the same text, as text.
    const projector = await app.openProjectorPage()
    await projector.getByText(IDEA, { exact: true }).waitFor(WAIT)
    expect(
      await projector.evaluate(() => (window as { __pwned?: unknown }).__pwned)
    ).toBeUndefined()
    expect(await projector.locator('img[src="x"], script:not([src])').count()).toBe(0)
    await app.screenshot(projector, 'security-markup-as-text-projector')

    await page.goto(new URL(page.url()).origin + '/')
    await page.getByText(TITLE, { exact: true }).first().waitFor(WAIT)

    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
    expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0)
    const onDisk = await readMeetingFromDisk(app.workspaceDir, meetingId)
    expect(onDisk!.meeting.ideas.map((i) => i.text)).toEqual([IDEA])
    await app.screenshot(page, 'security-markup-as-text')
    expect(app.problems).toEqual([])
  })
})

describe('the Content-Security-Policy of the built renderer', () => {
  it('is present and strict: scripts only from the app itself, no inline, no eval, no plugins', async () => {
    const policy = await builtPolicy()
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    for (const values of policy.values()) {
      expect(values).not.toContain("'unsafe-eval'")
      expect(values).not.toContain('*')
    }
  })

  // eval cannot be probed from here: code run through the DevTools protocol (page.evaluate) is exempt
  // from the page's eval rule. The policy test above checks that 'unsafe-eval' is never allowed.
  it('is enforced: an injected inline script, inline event handler and foreign script are refused', async () => {
    const { page } = app
    await page.getByRole('button', { name: 'Create meeting' }).waitFor(WAIT)
    const outcome = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>
      const violations: string[] = []
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(`${e.effectiveDirective} ${e.blockedURI}`)
      )
      const inline = document.createElement('script')
      inline.textContent = 'window.__inlineRan = true'
      document.body.append(inline)

      const handler = document.createElement('div')
      handler.setAttribute('onclick', 'window.__handlerRan = true')
      document.body.append(handler)
      handler.click()

      const foreign = document.createElement('script')
      foreign.src = 'https://evil.example/x.js'
      document.body.append(foreign)

      await new Promise((done) => setTimeout(done, 300))
      return {
        inlineRan: w.__inlineRan === true,
        handlerRan: w.__handlerRan === true,
        violations
      }
    })
    expect(outcome.inlineRan).toBe(false)
    expect(outcome.handlerRan).toBe(false)
    expect(outcome.violations).toEqual(
      expect.arrayContaining([
        'script-src-elem inline',
        'script-src-attr inline',
        'script-src-elem https://evil.example/x.js'
      ])
    )
  })
})
