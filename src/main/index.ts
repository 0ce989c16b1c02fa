import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import type { WebContents } from 'electron'
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron'
import { flushBeforeQuit } from './app/flushBeforeQuit'
import { exportArgsFromArgv, meetingPathFromArgv } from './app/launchArgs'
import { meetingAddress, MeetingFileRequests } from './app/meetingFileRequests'
import { openMeetingFile } from './app/openMeetingFile'
import { electronServiceDeps } from './app/serviceDeps'
import { registerIpc } from './ipc/registerIpc'
import { describeSender, isTrustedSender } from './ipc/senderCheck'
import { isFromOrigins, originOf } from './security/appOrigins'
import { openExternalSafely } from './security/externalLinks'
import { guardNavigation } from './security/navigationGuards'
import { restrictPermissions } from './security/permissions'
import { utilityRoomHost } from './room/utilityRoomHost'
import { meetingServiceWithRoom } from './room/withRoomJoin'
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME } from './windows/appProtocol'
import { createAppProtocolHandler, registerAppScheme } from './windows/appProtocol'
import { createMainWindow, isAppWindow } from './windows/createMainWindow'
import { createProjectorControl } from './windows/projectorControl'
import { displayChoiceFile } from './windows/projectorDisplayChoice'

// The dev server is trusted only in an unpackaged build: an environment variable cannot point an
// installed app at another page.
const devUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const entryUrl = devUrl ?? APP_ENTRY_URL
const origins = [APP_ORIGIN, originOf(entryUrl)].filter((o): o is string => o !== null)
const preload = join(import.meta.dirname, '../preload/index.cjs')
const fileRequests = new MeetingFileRequests()

// Every renderer is sandboxed, whatever options a future window is created with.
app.enableSandbox()
registerAppScheme(protocol)
const exportArgs = exportArgsFromArgv(process.argv, app.isPackaged)
if (exportArgs) {
  // `Northstar --export <meeting file> --pdf out.pdf …`: the same export as `npm run export`, no window.
  void import('./export/cli')
    .then(({ runExportCli }) => runExportCli(exportArgs, { out: console.log, err: console.error }))
    .then((code) => app.exit(code))
} else if (!app.requestSingleInstanceLock()) app.quit()
else {
  start().catch((error: unknown) => {
    console.error('Northstar could not start', error)
    dialog.showErrorBox(
      'Northstar could not start',
      'Something went wrong while starting. Your saved meetings are safe; please start Northstar again.'
    )
    app.exit(1)
  })
}

async function start(): Promise<void> {
  fileRequests.request(meetingPathFromArgv(process.argv, process.cwd(), app.isPackaged))
  app.on('open-file', (event, path) => {
    event.preventDefault()
    fileRequests.request(path)
  })
  app.on('second-instance', (_event, argv, workingDirectory) => {
    fileRequests.request(meetingPathFromArgv(argv, workingDirectory, app.isPackaged))
    const window = BrowserWindow.getAllWindows()[0]
    if (window?.isMinimized()) window.restore()
    window?.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  await app.whenReady()
  protocol.handle(APP_SCHEME, createAppProtocolHandler(join(import.meta.dirname, '../renderer')))
  restrictPermissions(session.defaultSession, (url) => isFromOrigins(url, origins))
  // The app's one call to shell.openExternal, behind openExternalSafely (https: and mailto: only).
  const openLink = (url: string): void => void openExternalSafely(url, (u) => shell.openExternal(u)) // eng-disable OPEN_EXTERNAL_JS_CHECK
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, openLink))

  let projectorClosedByUser = (): void => {}
  const projectorWindow = createProjectorControl(
    preload,
    entryUrl,
    () => projectorClosedByUser(),
    displayChoiceFile(join(app.getPath('userData'), 'projector-display.json'))
  )
  const audienceOf = (contents: WebContents) =>
    projectorWindow.isProjector(contents) ? 'projector' : 'facilitator'
  // Room join: the phones' server runs in a utility process, started only when the facilitator turns
  // it on; the phone page is served from out/phone, never loaded in an app window.
  const { service } = meetingServiceWithRoom(
    {
      ...electronServiceDeps(join(app.getPath('documents'), 'Northstar'), audienceOf),
      projectorWindow
    },
    {
      host: utilityRoomHost(
        join(import.meta.dirname, 'roomProcess.js'),
        join(import.meta.dirname, '../phone')
      ),
      listInterfaces: networkInterfaces
    }
  )
  projectorClosedByUser = () => service.projectorClosed()
  registerIpc(
    service,
    {
      isTrustedEvent: (event) => isTrustedSender(describeSender(event, isAppWindow), origins),
      callerOf: (event) => ({ audience: audienceOf(event.sender) }),
      onUnexpected: (error) => console.error('Unexpected error in the meeting service', error)
    },
    ipcMain
  )

  // Files named at launch: the window opens straight onto the last one.
  let firstMeetingId: string | null = null
  for (const path of fileRequests.takePending()) {
    firstMeetingId = (await openMeetingFile(service, path))?.meeting.id ?? firstMeetingId
  }
  const window = createMainWindow(
    preload,
    firstMeetingId ? meetingAddress(entryUrl, firstMeetingId) : entryUrl
  )
  // The projector follows the facilitator: it never outlives the facilitator's window.
  window.on('closed', () => void service.closeProjector())
  // Files asked for later (double-click while running) open in the facilitator window: its address
  // names the open meeting, so changing the address is how the page switches to it.
  window.webContents.once('did-finish-load', () =>
    fileRequests.startOpening((path) => {
      void openMeetingFile(service, path).then((state) => {
        if (state && !window.isDestroyed())
          void window.loadURL(meetingAddress(entryUrl, state.meeting.id))
      })
    })
  )
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preload, entryUrl)
  })

  flushBeforeQuit(app, () => service.close())
}
