import { EventEmitter } from 'node:events'

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>

/** A page's top frame as Electron's WebFrameMain shows it to the main process. */
export interface FakeFrame {
  url: string
  parent: FakeFrame | null
  frameToken: string
}

export class FakeWebContents extends EventEmitter {
  readonly mainFrame: FakeFrame = { url: '', parent: null, frameToken: 'top' }
  readonly sent: Array<[string, unknown]> = []
  openHandler: ((details: { url: string }) => { action: string }) | null = null
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload])
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler
  }
}

/**
 * Just enough of Electron's main-process API to boot the built out/main/index.js in Node: every
 * call is recorded so a test can see what the app set up, and drive its events.
 */
export function createFakeElectron() {
  const appEvents = new EventEmitter()
  const state = {
    documentsDir: '',
    windows: [] as FakeBrowserWindow[],
    ipcHandlers: new Map<string, Handler>(),
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    privilegedSchemes: [] as unknown[],
    permissionRequest: null as
      null | ((wc: unknown, p: string, cb: (granted: boolean) => void, d: object) => void),
    sandboxEnabled: false,
    quitCalls: 0,
    openedExternally: [] as string[],
    messages: [] as unknown[]
  }

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents()
    url = ''
    constructor(readonly options: Record<string, unknown>) {
      super()
      this.fullScreen = options.fullscreen === true
      state.windows.push(this)
      appEvents.emit('web-contents-created', {}, this.webContents)
    }
    static getAllWindows = () => state.windows
    static getFocusedWindow = () => null
    loadURL(url: string): Promise<void> {
      this.url = url
      this.webContents.mainFrame.url = url
      return Promise.resolve()
    }
    destroyed = false
    fullScreen: boolean
    bounds: unknown = null
    isDestroyed = () => this.destroyed
    isMinimized = () => false
    show(): void {}
    showInactive(): void {}
    focus(): void {}
    restore(): void {}
    setFullScreen(on: boolean): void {
      this.fullScreen = on
    }
    setBounds(bounds: unknown): void {
      this.bounds = bounds
    }
    close(): void {
      this.destroyed = true
      state.windows = state.windows.filter((w) => w !== this)
      this.emit('closed')
    }
  }

  const laptop = {
    id: 1,
    bounds: { x: 0, y: 0, width: 1440, height: 900 },
    workArea: { x: 0, y: 25, width: 1440, height: 875 }
  }
  const projector = {
    id: 2,
    bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
    workArea: { x: 1440, y: 0, width: 1920, height: 1080 }
  }

  const electron: Record<string, unknown> = {
    app: {
      isPackaged: true,
      enableSandbox: () => void (state.sandboxEnabled = true),
      requestSingleInstanceLock: () => true,
      quit: () => void state.quitCalls++,
      on: (event: string, listener: (...args: unknown[]) => void) => appEvents.on(event, listener),
      whenReady: () => Promise.resolve(),
      getPath: (name: string) => {
        // userData holds small per-computer preferences (the projector's display).
        if (name === 'userData') return state.documentsDir
        if (name !== 'documents') throw new Error(`unexpected getPath(${name})`)
        return state.documentsDir
      }
    },
    BrowserWindow: FakeBrowserWindow,
    screen: {
      getPrimaryDisplay: () => laptop,
      getAllDisplays: () => [laptop, projector],
      on: () => {}
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, handler)
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof state.permissionRequest) =>
          (state.permissionRequest = h),
        setPermissionCheckHandler: () => {},
        setDevicePermissionHandler: () => {}
      }
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => state.ipcHandlers.set(channel, handler)
    },
    shell: {
      openExternal: (url: string) => {
        state.openedExternally.push(url)
        return Promise.resolve()
      },
      openPath: () => Promise.resolve(''),
      showItemInFolder: () => {}
    },
    dialog: {
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showMessageBox: (...args: unknown[]) => {
        state.messages.push(args)
        return Promise.resolve({ response: 0 })
      }
    }
  }
  return { electron, state, appEvents }
}

export const fake = createFakeElectron()
