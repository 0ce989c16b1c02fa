import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createMeetingService } from '../../../src/main/services/meetingService'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security/contentSecurityPolicy'
import { API_METHODS, channelFor, eventChannelFor } from '../../../src/shared/ipc/contract'
import type { Result } from '../../../src/shared/result'
import { fake } from './fakeElectron'

// The Electron runtime cannot run here; the built main process runs against a recording fake.
vi.mock('electron', async () => (await import('./fakeElectron')).fake.electron)

const buildDir = resolve('test-output/boot-build')
const builtMain = join(buildDir, 'main', 'index.js')
const { state, appEvents } = fake
let scratch: string
let launchFile: string
let launchMeetingId: string

/** Makes a meeting file outside the workspace, as if received by email. */
async function meetingFileElsewhere(title: string): Promise<{ file: string; id: string }> {
  const dir = await mkdtemp(join(scratch, 'elsewhere-'))
  let n = 0
  const other = createMeetingService({
    workspaceDir: dir,
    now: () => '2026-11-23T09:00:00.000Z',
    newId: () => `${title.replace(/\W/g, '')}${++n}`,
    broadcast: () => {},
    pickMeetingFile: () => Promise.resolve(null),
    pickExportFolder: () => Promise.resolve(null),
    exportMeeting: () => Promise.reject(new Error('unused')),
    openPath: () => Promise.resolve(),
    showInFolder: () => {}
  })
  const {
    view: { meeting }
  } = await other.createMeeting(title, { kind: 'template' })
  await other.close()
  return { file: join(dir, 'meetings', `${meeting.id}.json`), id: meeting.id }
}

const trusted = () => ({
  sender: state.windows[0]!.webContents,
  senderFrame: state.windows[0]!.webContents.mainFrame
})
const call = (method: string, event: unknown, ...args: unknown[]) =>
  state.ipcHandlers.get(channelFor(method as never))!(event, ...args)

beforeAll(async () => {
  // A build of its own, of the current sources: out/ may be stale, or in use by the e2e tests.
  await rm(buildDir, { recursive: true, force: true })
  execFileSync('npx', ['electron-vite', 'build', '--outDir', buildDir, '--logLevel', 'error'])
  scratch = await mkdtemp(join(tmpdir(), 'northstar-boot-'))
  state.documentsDir = join(scratch, 'Documents')
  const launch = await meetingFileElsewhere('Q2 review')
  launchFile = launch.file
  const argv = process.argv
  process.argv = ['/opt/Northstar/northstar', '--no-sandbox', launchFile]
  try {
    await import(pathToFileURL(builtMain).href)
    await vi.waitFor(() => expect(state.windows).toHaveLength(1))
  } finally {
    process.argv = argv
  }
  const listed = (await call('listMeetings', trusted())) as Result<Array<{ id: string }>>
  launchMeetingId = listed.ok ? (listed.value[0]?.id ?? '') : ''
})
afterAll(() => rm(scratch, { recursive: true, force: true }))

describe('the built main process, booted against a fake Electron', () => {
  it('sandboxes every renderer and registers app:// as a secure standard scheme', () => {
    expect(state.sandboxEnabled).toBe(true)
    expect(state.privilegedSchemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ secure: true, standard: true })
      })
    ])
  })

  it('opens one locked-down window straight onto the meeting file named on the command line', () => {
    const window = state.windows[0]!
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      preload: join(buildDir, 'preload', 'index.cjs')
    })
    expect(launchMeetingId).not.toBe('')
    expect(window.url).toBe(`app://northstar/index.html#/meeting/${launchMeetingId}`)
  })

  it('keeps the workspace in Documents/Northstar, where the launch file was imported', async () => {
    const files = await readdir(join(state.documentsDir, 'Northstar', 'meetings'))
    expect(files).toContain(`${launchMeetingId}.json`)
  })

  it('serves the built renderer from app:// with the CSP header', async () => {
    const serve = state.protocolHandlers.get('app')!
    const page = await serve(new Request('app://northstar/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await page.text()).toContain('<div id="root">')
    expect((await serve(new Request('app://northstar/..%2fmain%2findex.js'))).status).toBe(404)
  })

  it('answers IPC from its own window, and refuses a foreign page', async () => {
    expect([...state.ipcHandlers.keys()].sort()).toEqual(API_METHODS.map(channelFor).sort())
    expect(await call('listMeetings', trusted())).toMatchObject({ ok: true })
    const foreign = {
      sender: state.windows[0]!.webContents,
      senderFrame: { url: 'https://evil.test/', parent: null, frameToken: 'top' }
    }
    expect(await call('listMeetings', foreign)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' }
    })
  })

  it('keeps the window on the app and hands only safe links to the system', () => {
    const contents = state.windows[0]!.webContents
    for (const url of ['https://example.com/', 'file:///etc/passwd']) {
      const preventDefault = vi.fn()
      contents.emit('will-frame-navigate', { url, isMainFrame: true, preventDefault })
      expect(preventDefault).toHaveBeenCalled()
    }
    expect(contents.openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' })
    expect(state.openedExternally).toEqual(['https://example.com/'])
  })

  it('refuses the camera to the page', () => {
    let granted: boolean | undefined
    state.permissionRequest!(null, 'media', (g) => (granted = g), {
      requestingUrl: 'app://northstar/'
    })
    expect(granted).toBe(false)
  })

  it('shows a file opened by a second launch in the open window', async () => {
    const contents = state.windows[0]!.webContents
    const before = state.windows[0]!.url
    contents.emit('did-finish-load')
    const later = await meetingFileElsewhere('Q3 review')
    appEvents.emit('second-instance', {}, ['/opt/Northstar/northstar', later.file], '/')
    await vi.waitFor(() => {
      const window = state.windows[0]!
      expect(window.url).not.toBe(before)
      expect(window.url).toMatch(/^app:\/\/northstar\/index\.html#\/meeting\/.+/)
    })
    const openedId = state.windows[0]!.url.split('#/meeting/')[1]!
    const listed = await call('listMeetings', trusted())
    expect(listed).toMatchObject({ ok: true })
    const titles = (listed as { value: Array<{ id: string; title: string }> }).value
    expect(titles.find((m) => m.id === decodeURIComponent(openedId))?.title).toBe('Q3 review')
  })

  it('opens the projector full screen on the external display, as an app window', async () => {
    const reply = await call('openProjector', trusted())
    expect(reply).toMatchObject({ ok: true, value: { projectorOpen: true } })
    expect(state.windows).toHaveLength(2)
    const projector = state.windows[1]!
    expect(projector.url).toBe('app://northstar/index.html#/projector')
    expect(projector.options).toMatchObject({ x: 1440, y: 0, width: 1920, height: 1080 })
    expect(projector.fullScreen).toBe(true)
    expect(projector.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true
    })
    // The projector's page may call the API too, and hears the same events.
    const fromProjector = {
      sender: projector.webContents,
      senderFrame: projector.webContents.mainFrame
    }
    expect(await call('getPresentation', fromProjector)).toMatchObject({ ok: true })
    expect(await call('openProjector', trusted())).toMatchObject({ ok: true })
    expect(state.windows).toHaveLength(2)
  })

  it('tells every window when the projector is closed by hand', () => {
    const facilitator = state.windows[0]!.webContents
    state.windows[1]!.close()
    const presentations = facilitator.sent.filter(
      ([channel]) => channel === eventChannelFor('presentationChanged')
    )
    expect(presentations.at(-1)?.[1]).toMatchObject({ projectorOpen: false })
  })

  it('saves pending work before it quits', async () => {
    const preventDefault = vi.fn()
    appEvents.emit('before-quit', { preventDefault })
    expect(preventDefault).toHaveBeenCalled()
    await vi.waitFor(() => expect(state.quitCalls).toBe(1))
    // The second before-quit, from that quit, goes through.
    const again = vi.fn()
    appEvents.emit('before-quit', { preventDefault: again })
    expect(again).not.toHaveBeenCalled()
  })
})
