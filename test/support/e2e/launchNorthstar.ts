import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { writeExports } from '../../../src/main/export/writeExports'
import { broadcastTo } from '../../../src/main/ipc/broadcast'
import { registerIpc } from '../../../src/main/ipc/registerIpc'
import { describeSender, isTrustedSender } from '../../../src/main/ipc/senderCheck'
import { childRoomHost } from '../../../src/main/room/childRoomHost'
import { meetingServiceWithRoom } from '../../../src/main/room/withRoomJoin'
import { originOf } from '../../../src/main/security/appOrigins'
import type { MeetingService } from '../../../src/main/services/meetingService'
import { APP_ORIGIN } from '../../../src/main/windows/appProtocol'
import type { WindowAudience } from '../../../src/shared/ipc/contract'
import { HARNESS_ENTRY_URL, routeAppProtocol } from './appProtocolRoute'
import { electronBinary, launchChromium } from './browser'
import type { ElectronStandIn, StandInContents } from './electronStandIn'
import { installElectronStandIn } from './electronStandIn'

const REPO = resolve(import.meta.dirname, '../../..')
const RENDERER_DIR = join(REPO, 'out/renderer')
const PRELOAD_FILE = join(REPO, 'out/preload/index.cjs')
const PHONE_DIR = join(REPO, 'out/phone')
/** The built room server entry: the app runs it in a utility process, the harness as a Node child. */
const ROOM_PROCESS = join(REPO, 'out/main/roomProcess.js')
/** Room join in tests listens on loopback only: 127.0.0.1 stands in for the room's Wi-Fi. */
const LOOPBACK_ONLY = () => ({
  loopback: [{ address: '127.0.0.1', family: 'IPv4' as const, internal: false }]
})
/** Where screenshots go, for a person to look at after a run. */
export const SCREENSHOT_DIR = join(REPO, 'test-output/e2e')

/**
 * A running Northstar: the built renderer in Chromium, served through the app's protocol handler,
 * with the built preload in each page talking to the real IPC registration and services.
 */
export interface NorthstarHarness {
  /** The temp workspace the meeting files are written to. */
  workspaceDir: string
  /** Where exports land (the export folder picker always answers this). */
  exportDir: string
  service: MeetingService
  context: BrowserContext
  /** The first window, already showing the app. */
  page: Page
  /** The address app windows open on (it stands for `app://northstar/index.html`). */
  entryUrl: string
  /** The origins the sender check accepts calls from, computed as main computes them. */
  origins: string[]
  /** Electron's IPC as the harness plays it: e.g. `eventFrom(page, frame)` for a hand-made call. */
  electron: ElectronStandIn
  /** Opens another window on the app, e.g. to check that broadcasts reach every window. */
  openWindow(): Promise<Page>
  /**
   * Presents (as the facilitator's Present does) and returns the projector window: a page on the
   * app's `#/projector` address, bound to the same service. Closing that page is a close by hand.
   */
  openProjectorPage(): Promise<Page>
  /** The projector page main has open now, if any (opened by the app or by openProjectorPage). */
  projectorPage(): Page | null
  /** Saves a PNG of the page under test-output/e2e/ and returns its path. */
  screenshot(page: Page, name: string): Promise<string>
  /** Console errors, uncaught page errors and unexpected service errors seen so far. */
  problems: string[]
  /** Every live patch message main sent, and to which audience, in order. */
  sent: Array<{ audience: string; payload: unknown }>
  /** Everything main sent the projector page: events delivered to it and replies to its calls. */
  projectorReceived: unknown[]
  /**
   * Opens the room's phone page (room join must be on) as a phone would: its own browser context
   * (another device: no window.api, its own storage) at a phone's viewport.
   */
  openPhone(options?: { width?: number; height?: number }): Promise<Page>
  /** Paths the app asked the system to open or show. */
  revealed: string[]
  /** The answer the "import a meeting file" picker gives next (null: the user cancels). */
  pickMeetingFileNext(path: string | null): void
  close(): Promise<void>
}

export interface LaunchOptions {
  /**
   * Run the preload in subframes too (Electron's `nodeIntegrationInSubFrames`; the app leaves it
   * off): lets a spec show that the sender check refuses a call from a subframe.
   */
  preloadInSubFrames?: boolean
  /**
   * Opens every app window (facilitator and projector) with `?uiLocale=<this>` in its address, e.g.
   * `pseudo` for the pseudo-locale run: the screens are worded in that catalogue.
   */
  uiLocale?: string
}

let announced = false
function announceRunner(): void {
  if (announced) return
  announced = true
  const electron = electronBinary()
  console.info(
    electron
      ? `Electron is installed at ${electron}, but these specs run the built renderer in Chromium.`
      : 'No Electron binary on this machine: running the built renderer and preload in Chromium, ' +
          'with their IPC carried to the real registerIpc and main-process services.'
  )
}

/** Starts the app on a fresh temp workspace. Close it in afterEach/afterAll. */
export async function launchNorthstar(options: LaunchOptions = {}): Promise<NorthstarHarness> {
  for (const built of [join(RENDERER_DIR, 'index.html'), PRELOAD_FILE]) {
    if (!existsSync(built)) throw new Error(`No ${built}: run "npm run build" first.`)
  }
  announceRunner()
  const workspaceDir = await mkdtemp(join(tmpdir(), 'northstar-e2e-'))
  const exportDir = join(workspaceDir, '..', `${workspaceDir.split(/[/\\]/).pop()}-exports`)
  await mkdir(exportDir, { recursive: true })
  await mkdir(SCREENSHOT_DIR, { recursive: true })

  const problems: string[] = []
  const sent: NorthstarHarness['sent'] = []
  const projectorReceived: unknown[] = []
  const revealed: string[] = []
  const pickedFiles: Array<string | null> = []
  let browser: Browser | null = null
  let service: MeetingService | null = null

  try {
    browser = await launchChromium()
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    // As main: the app's pages are served by its protocol handler; calls are accepted from the
    // app's origin and the entry page's.
    // The query goes before the `#` route: `index.html?uiLocale=pseudo#/projector`.
    const entryUrl = options.uiLocale
      ? `${HARNESS_ENTRY_URL}?uiLocale=${encodeURIComponent(options.uiLocale)}`
      : HARNESS_ENTRY_URL
    const origins = [APP_ORIGIN, originOf(entryUrl)].filter((o): o is string => o !== null)
    await routeAppProtocol(context, RENDERER_DIR)

    // The projector window as main would open it: one page at most, on the projector address.
    let projector: Page | null = null
    const electron = await installElectronStandIn(context, await readFile(PRELOAD_FILE, 'utf8'), {
      inSubFrames: options.preloadInSubFrames ?? false,
      onSent: (page, _channel, payload) => {
        if (page === projector) projectorReceived.push(payload)
      },
      onReply: (page, reply) => {
        if (page === projector) projectorReceived.push(reply)
      }
    })
    // The pages of windows the app opened (createAppWindow's list): IPC is accepted only from these.
    const appContents = new WeakSet<StandInContents>()
    const openAppWindow = async (url: string, onOpened: (page: Page) => void = () => {}) => {
      const page = await context.newPage()
      appContents.add(electron.contentsOf(page))
      onOpened(page)
      await page.goto(url)
      return page
    }
    const audienceOf = (contents: StandInContents): WindowAudience =>
      projector && contents === electron.contentsOf(projector) ? 'projector' : 'facilitator'

    const projectorWindow = {
      open: async () => {
        if (projector && !projector.isClosed()) return
        await openAppWindow(`${entryUrl}#/projector`, (opened) => {
          projector = opened
          opened.on('close', () => {
            if (projector !== opened) return
            projector = null
            service?.projectorClosed()
          })
        })
      },
      close: async () => {
        const closing = projector
        projector = null
        await closing?.close()
      }
    }
    // As main does: a meeting's patches reach only the windows of their audience.
    const toWindows = broadcastTo(audienceOf, () =>
      context.pages().map((page) => electron.contentsOf(page))
    )
    const { service: liveService } = meetingServiceWithRoom(
      {
        projectorWindow,
        workspaceDir,
        now: () => new Date().toISOString(),
        newId: () => randomUUID(),
        broadcast: (event, payload, audience) => {
          if (event === 'livePatch') sent.push({ audience: audience ?? 'all', payload })
          toWindows(event, payload, audience)
        },
        pickMeetingFile: () => Promise.resolve(pickedFiles.shift() ?? null),
        pickExportFolder: () => Promise.resolve(exportDir),
        // The real exporter (pdfmake and all): exports land in exportDir.
        exportMeeting: writeExports,
        openPath: (path) => {
          revealed.push(path)
          return Promise.resolve()
        },
        showInFolder: (path) => void revealed.push(path)
      },
      {
        host: childRoomHost(ROOM_PROCESS, PHONE_DIR),
        listInterfaces: LOOPBACK_ONLY
      }
    )
    service = liveService

    // The real registration, with main's sender check and audience, on the stand-in ipcMain.
    registerIpc(
      liveService,
      {
        isTrustedEvent: (event) =>
          isTrustedSender(
            describeSender(event, (contents) => appContents.has(contents)),
            origins
          ),
        callerOf: (event) => ({ audience: audienceOf(event.sender) }),
        onUnexpected: (error) =>
          problems.push(`service: ${error instanceof Error ? error.stack : String(error)}`)
      },
      electron.ipcMain
    )
    context.on('page', (page) => {
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`)
      })
      page.on('pageerror', (error) => problems.push(`page: ${error.message}`))
    })

    const openWindow = () => openAppWindow(entryUrl)
    const page = await openWindow()
    const runningBrowser = browser

    return {
      workspaceDir,
      exportDir,
      service: liveService,
      context,
      page,
      entryUrl,
      origins,
      electron,
      openWindow,
      openProjectorPage: async () => {
        await liveService.openProjector()
        if (!projector) throw new Error('The projector page did not open.')
        return projector
      },
      projectorPage: () => projector,
      openPhone: async ({ width = 360, height = 740 } = {}) => {
        const { url: roomUrl } = await liveService.getRoom()
        if (!roomUrl) throw new Error('Room join is off: turn it on before opening a phone.')
        const phoneContext = await runningBrowser.newContext({
          viewport: { width, height },
          isMobile: true,
          hasTouch: true
        })
        const phone = await phoneContext.newPage()
        phone.on('console', (message) => {
          if (message.type() === 'error') problems.push(`phone console: ${message.text()}`)
        })
        phone.on('pageerror', (error) => problems.push(`phone page: ${error.message}`))
        await phone.goto(roomUrl)
        return phone
      },
      screenshot: async (target, name) => {
        const path = join(SCREENSHOT_DIR, `${name}.png`)
        await target.screenshot({ path, fullPage: true })
        return path
      },
      problems,
      sent,
      projectorReceived,
      revealed,
      pickMeetingFileNext: (path) => void pickedFiles.push(path),
      close: async () => {
        await runningBrowser.close()
        await liveService.close()
        await rm(workspaceDir, { recursive: true, force: true })
        await rm(exportDir, { recursive: true, force: true })
      }
    }
  } catch (error) {
    await browser?.close().catch(() => undefined)
    await service?.close().catch(() => undefined)
    await rm(workspaceDir, { recursive: true, force: true })
    await rm(exportDir, { recursive: true, force: true })
    throw error
  }
}
