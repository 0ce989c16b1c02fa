import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/main/security/contentSecurityPolicy'
import { APP_ENTRY_URL, createAppProtocolHandler } from '../../src/main/windows/appProtocol'
import { API_ARGS } from '../../src/shared/ipc/contract'
import { API_METHODS } from '../../src/shared/ipc/methods'
import { launchNorthstar } from '../support/e2e/launchNorthstar'
import type { NorthstarHarness } from '../support/e2e/launchNorthstar'
import type { AppError } from '../../src/shared/result'
import { buildLargeMeeting } from '../../scripts/fixtures/largeMeeting'

let app: NorthstarHarness

beforeAll(async () => {
  app = await launchNorthstar()
})

afterAll(async () => {
  await app.close()
})

/** What a page can do with window.api, run inside the page. */
const inPage = <T>(script: string): Promise<T> => app.page.evaluate<T>(script)

type Reply = { ok: boolean; value?: unknown; error?: AppError }
const RENDERER_DIR = join(resolve(import.meta.dirname, '../..'), 'out/renderer')

describe('the e2e harness’s window.api', () => {
  it('has exactly the contract’s methods plus on(), like the preload', async () => {
    const keys = await inPage<string[]>('Object.keys(window.api).sort()')
    expect(keys).toEqual([...Object.keys(API_ARGS), 'on'].sort())
    expect(keys).toEqual([...API_METHODS, 'on'].sort())
    // The raw channel the stand-in ipcRenderer uses is the preload's alone, not the page's.
    const globals = await inPage<string[]>('Object.getOwnPropertyNames(window)')
    expect(
      globals.filter((name) => /invoke|ipcRenderer|contextBridge|^require$/i.test(name))
    ).toEqual([])
    await expect(
      inPage(`(() => { window.api.on('nope', () => {}); return 'no error' })()`)
    ).rejects.toThrow(/Unknown event/)
  })

  it('validates arguments like Electron’s IPC and answers with an envelope', async () => {
    const result = await inPage<{ ok: boolean; error?: { code: string } }>(
      `window.api.openMeeting('')`
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const missing = await inPage<{ ok: boolean; error?: AppError }>(
      `window.api.openMeeting('no-such-meeting')`
    )
    expect(missing.ok).toBe(false)
    // A reason with plain values crosses, never a stack.
    expect(missing.error).toEqual({ code: 'not_found', reason: { key: 'meetingGoneFromLibrary' } })
  })

  it('carries a large reply (a 2,000-idea meeting’s snapshot, fetched) whole, as main sent it', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'northstar-harness-'))
    try {
      const file = join(folder, 'large.json')
      await writeFile(file, JSON.stringify(buildLargeMeeting({ ideas: 2_000, actions: 40 })))
      const { meeting } = await app.service.openFromPath(file)
      const sent = await app.service.liveSnapshot(meeting.id)
      expect(JSON.stringify(sent).length).toBeGreaterThan(64 * 1024)
      const received = await inPage<Reply>(
        `window.api.liveSnapshot(${JSON.stringify(meeting.id)}).then((r) => ({ ok: r.ok, value: r.value }))`
      )
      expect(received).toEqual({ ok: true, value: sent })
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  it('exports minutes with the real exporter into the folder the picker answers', async () => {
    const created = await inPage<{ ok: true; value: { meetingId: string } }>(
      `window.api.createMeeting('Export check', { kind: 'template' })`
    )
    const exported = await inPage<{
      ok: boolean
      value: { files: Array<{ format: string; path: string }> } | null
    }>(`window.api.exportMinutes(${JSON.stringify(created.value.meetingId)}, ['pdf', 'md'], null)`)
    expect(exported.ok).toBe(true)
    const files = exported.value!.files
    expect(files.map((f) => f.format).sort()).toEqual(['md', 'pdf'])
    for (const file of files) expect(dirname(file.path)).toBe(app.exportDir)
    const pdf = files.find((f) => f.format === 'pdf')!
    expect((await readFile(pdf.path)).subarray(0, 5).toString()).toBe('%PDF-')
    expect(await readFile(files.find((f) => f.format === 'md')!.path, 'utf8')).toContain(
      'Export check'
    )
  })
})

describe('the harness is faithful to the app', () => {
  it('refuses a malformed argument sent through the page, by the contract’s own validation', async () => {
    const created = await inPage<{ ok: true; value: { meetingId: string } }>(
      `window.api.createMeeting('Validation check', { kind: 'template' })`
    )
    const meetingId = JSON.stringify(created.value.meetingId)
    const before = (await app.service.openMeeting(created.value.meetingId)).view.meeting.ideas
    for (const call of [
      `window.api.openMeeting(42)`,
      `window.api.renameMeeting(${meetingId})`,
      `window.api.commitCommand(${meetingId}, { type: 'idea.add', roundId: 'r', departmentId: 'd', text: 42 })`,
      `window.api.commitCommand(${meetingId}, { type: 'no.such.command' })`,
      `window.api.setPresentation({ blank: true, extra: 1 })`
    ]) {
      const reply = await inPage<Reply>(call)
      expect(reply, call).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
      expect(reply.error!.reason, call).toMatchObject({ key: 'schema', subject: 'request' })
    }
    expect((await app.service.openMeeting(created.value.meetingId)).view.meeting.ideas).toEqual(
      before
    )
  })

  it('refuses calls from a page of a window the app did not open, and from a foreign origin', async () => {
    // A page with the preload, on the app's own address, but not one of the app's windows.
    const stray = await app.context.newPage()
    await stray.goto(app.entryUrl)
    const fromStray = await stray.evaluate<Reply>('window.api.listMeetings()')
    expect(fromStray).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    await stray.close()

    // One of the app's windows, sent to another origin: the preload still runs, main refuses.
    const window = await app.openWindow()
    await app.context.route('https://elsewhere.test/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<p>elsewhere</p>' })
    )
    await window.goto('https://elsewhere.test/')
    const fromElsewhere = await window.evaluate<Reply>('window.api.listMeetings()')
    expect(fromElsewhere).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    await window.close()

    // The app's own window answers.
    expect(await inPage<Reply>('window.api.listMeetings()')).toMatchObject({ ok: true })
  })

  it('serves the page through the app protocol handler: its CSP header is the handler’s', async () => {
    const handled = await createAppProtocolHandler(RENDERER_DIR)(new Request(APP_ENTRY_URL))
    const window = await app.openWindow()
    const response = await window.goto(app.entryUrl)
    const headers = response!.headers()
    expect(headers['content-security-policy']).toBe(handled.headers.get('content-security-policy'))
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(
      Buffer.from(await response!.body()).equals(Buffer.from(await handled.arrayBuffer()))
    ).toBe(true)
    // The handler's own answers reach the page: it serves only GET and HEAD.
    const posted = await window.evaluate<number>(
      `fetch('/index.html', { method: 'POST' }).then((r) => r.status)`
    )
    expect(posted).toBe(405)
    await window.close()
  })
})

describe('messages from main', () => {
  it('reach the page’s window.api.on listeners through the preload, in the order sent', async () => {
    await inPage(`(() => {
      window.__heard = []
      window.__stop = window.api.on('presentationChanged', (p) => window.__heard.push(p.reflectionUntil))
    })()`)
    const sent: Array<number | null> = []
    for (let seconds = 1; seconds <= 20; seconds++) {
      sent.push((await app.service.setPresentation({ reflectionSeconds: seconds })).reflectionUntil)
    }
    await expect.poll(() => inPage<unknown[]>('window.__heard')).toHaveLength(20)
    expect(await inPage<unknown[]>('window.__heard')).toEqual(sent)
    await inPage('window.__stop()')
    await app.service.setPresentation({ reflectionSeconds: null })
    await new Promise((done) => setTimeout(done, 200))
    expect(await inPage<unknown[]>('window.__heard')).toHaveLength(20)
  })
})

describe('a subframe, even one given the preload', () => {
  let framed: NorthstarHarness
  beforeAll(async () => {
    framed = await launchNorthstar({ preloadInSubFrames: true })
  })
  afterAll(async () => {
    await framed.close()
  })

  it('gets no preload by default, as in Electron', async () => {
    await app.page.evaluate(`new Promise((done) => {
      const frame = document.createElement('iframe')
      frame.onload = done
      document.body.append(frame)
    })`)
    const child = app.page.frames().find((frame) => frame !== app.page.mainFrame())!
    expect(await child.evaluate<string>('typeof window.api')).toBe('undefined')
  })

  it('is refused by the sender check, while the top frame is served', async () => {
    const { page } = framed
    await page.evaluate(`new Promise((done) => {
      const frame = document.createElement('iframe')
      frame.onload = done
      document.body.append(frame)
    })`)
    const child = page.frames().find((frame) => frame !== page.mainFrame())!
    expect(await child.evaluate<string>('typeof window.api')).toBe('object')
    const fromChild = await child.evaluate<Reply>('window.api.listMeetings()')
    expect(fromChild).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await page.evaluate<Reply>('window.api.listMeetings()')).toMatchObject({ ok: true })
  })
})
