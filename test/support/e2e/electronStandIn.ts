import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import type { BrowserContext, Frame, Page } from 'playwright-core'

/*
 * Electron's IPC, played by Playwright: the real built preload (out/preload/index.cjs) runs in each
 * page against a stand-in `contextBridge` and `ipcRenderer`; every `ipcRenderer.invoke` travels over
 * a Playwright binding to a stand-in `ipcMain` in the test process, on which the real `registerIpc`
 * registers its handlers. The handlers get an event shaped like Electron's (`sender`, `senderFrame`)
 * built from the calling page and frame, so the real sender check sees which frame called.
 * `webContents.send` on a page's stand-in delivers to the preload's `ipcRenderer.on` listeners.
 */

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

/** `ipcMain` as registerIpc uses it, plus the way in for calls arriving from pages. */
export interface StandInIpcMain extends Pick<IpcMain, 'handle'> {
  /** Runs the handler registered for `channel`, as Electron does for `ipcRenderer.invoke`. */
  invoke(event: IpcMainInvokeEvent, channel: string, args: unknown[]): Promise<unknown>
}

export function standInIpcMain(): StandInIpcMain {
  const handlers = new Map<string, Handler>()
  return {
    handle(channel, handler) {
      if (handlers.has(channel)) {
        throw new Error(`Attempted to register a second handler for '${channel}'`)
      }
      handlers.set(channel, handler as Handler)
    },
    invoke(event, channel, args) {
      const handler = handlers.get(channel)
      // Electron's own words when nothing handles a channel.
      if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`))
      return Promise.resolve(handler(event, ...args))
    }
  }
}

/** A page's stand-in `webContents`: its main frame's token, and `send` into its preload. */
export type StandInContents = Pick<WebContents, 'send' | 'mainFrame'>

/** Per launch: the hidden names the stand-ins use in the page, random so no page can count on them. */
export interface StandInNames {
  invoke: string
  deliver: string
  /** The path segment large replies are fetched under (see installElectronStandIn). */
  reply: string
}

export const standInNames = (): StandInNames => {
  const suffix = randomUUID().replaceAll('-', '')
  return {
    invoke: `__northstarInvoke_${suffix}`,
    deliver: `__northstarDeliver_${suffix}`,
    reply: `__northstarReply_${suffix}`
  }
}

/** Replies longer than this (as JSON text) travel as fetched bytes rather than through the binding. */
const LARGE_REPLY_CHARS = 64 * 1024

/** The page's mark when a large reply's text is in, before it is parsed (benches time from it). */
export const LARGE_REPLY_MARK = 'northstar-harness:large-reply'

/**
 * The page's mark when a message from main is handed to the preload's listeners, before the first
 * runs (only the latest is kept: a listener reads it while that message is delivered).
 */
export const DELIVERY_MARK = 'northstar-harness:delivery'

/** The page's mark each time a call leaves the preload for the stand-in's carry. */
export const INVOKE_MARK = 'northstar-harness:invoke'

/** How many stamps per page (and channel) CarryStamps keeps: the newest, so long runs stay small. */
const STAMPS_KEPT = 50

/**
 * When the stand-in's carries started and ended on the test process's side, as
 * performance.timeOrigin + now() (the clock the pages stamp with too). With the pages' own stamps
 * (INVOKE_MARK, and whatever the page stamps when a message arrives), a bench splits a change's time
 * into the app's share (pages and main) and the carries that stand in for Electron's IPC.
 */
export interface CarryStamps {
  /** When calls from `page` reached the stand-in ipcMain, oldest first. */
  calls(page: Page): readonly number[]
  /** When main handed `page` a message on `channel`, before it was carried into the page. */
  sends(page: Page, channel: string): readonly number[]
  /** Forgets every stamp (e.g. before a bench's sample). */
  clear(): void
}

function carryStamps(): CarryStamps & {
  called(page: Page): void
  sent(page: Page, channel: string): void
} {
  let calls = new WeakMap<Page, number[]>()
  let sends = new WeakMap<Page, Map<string, number[]>>()
  const stamp = (list: number[]) => {
    list.push(performance.timeOrigin + performance.now())
    if (list.length > STAMPS_KEPT) list.shift()
  }
  const channelsOf = (page: Page) =>
    sends.get(page) ?? sends.set(page, new Map<string, number[]>()).get(page)!
  return {
    calls: (page) => calls.get(page) ?? [],
    sends: (page, channel) => sends.get(page)?.get(channel) ?? [],
    clear() {
      calls = new WeakMap()
      sends = new WeakMap()
    },
    called: (page) => stamp(calls.get(page) ?? calls.set(page, []).get(page)!),
    sent(page, channel) {
      const channels = channelsOf(page)
      stamp(channels.get(channel) ?? channels.set(channel, []).get(channel)!)
    }
  }
}

/**
 * The init script that runs the preload in a page before its own scripts, as Electron does: the
 * preload's `require('electron')` gets the stand-ins, and nothing else can be required (a sandboxed
 * preload can require little more). Subframes get no preload, as in Electron by default, unless
 * `inSubFrames` (Electron's `nodeIntegrationInSubFrames`). Built as a string so nothing the test
 * transpiler adds can leak into the page; the preload is the built file's text, unchanged.
 */
export function preloadInitScript(
  preloadSource: string,
  names: StandInNames,
  inSubFrames: boolean
): string {
  return `(() => {
    const invoke = window[${JSON.stringify(names.invoke)}];
    // The page keeps no handle on the raw channel: only the preload's closure has it.
    try { delete window[${JSON.stringify(names.invoke)}]; } catch {}
    if (window.top !== window && !${JSON.stringify(inSubFrames)}) return;
    const listeners = new Map();
    // A large reply is fetched as gzip bytes from the page's own origin (see installElectronStandIn).
    const fetchReply = async (token) => {
      const response = await fetch('/' + ${JSON.stringify(names.reply)} + '/' + token);
      const bytes = response.body.pipeThrough(new DecompressionStream('gzip'));
      const text = await new Response(bytes).text();
      performance.mark(${JSON.stringify(LARGE_REPLY_MARK)});
      return text;
    };
    const ipcRenderer = {
      // The reply comes as JSON text (see installElectronStandIn) and is read back here.
      invoke: (channel, ...args) => {
        performance.mark(${JSON.stringify(INVOKE_MARK)});
        return invoke(channel, args)
          .then((reply) => (reply !== null && typeof reply === 'object' ? fetchReply(reply.fetch) : reply))
          .then((text) => (text === undefined ? undefined : JSON.parse(text)));
      },
      on(channel, listener) {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel).add(listener);
        return ipcRenderer;
      },
      removeListener(channel, listener) {
        listeners.get(channel)?.delete(listener);
        return ipcRenderer;
      }
    };
    const contextBridge = {
      exposeInMainWorld(key, value) {
        Object.defineProperty(window, key, { value: Object.freeze(value), enumerable: true });
      }
    };
    Object.defineProperty(window, ${JSON.stringify(names.deliver)}, {
      value: (channel, payload) => {
        performance.clearMarks(${JSON.stringify(DELIVERY_MARK)});
        performance.mark(${JSON.stringify(DELIVERY_MARK)});
        for (const listener of [...(listeners.get(channel) ?? [])]) {
          listener({ sender: ipcRenderer }, payload);
        }
      }
    });
    const require = (name) => {
      if (name === 'electron') return { contextBridge, ipcRenderer };
      throw new Error('A sandboxed preload cannot require ' + String(name));
    };
    const module = { exports: {} };
    (function (require, module, exports) {
${preloadSource}
    })(require, module, module.exports);
  })();`
}

/** Electron's frame tokens: one per Playwright frame, stable for the frame's life. */
function frameTokens(): (frame: Frame) => string {
  const tokens = new WeakMap<Frame, string>()
  return (frame) => {
    let token = tokens.get(frame)
    if (!token) {
      token = randomUUID()
      tokens.set(frame, token)
    }
    return token
  }
}

export interface ElectronStandIn {
  ipcMain: StandInIpcMain
  /** The page's stand-in `webContents` (one per page, made on first use). */
  contentsOf(page: Page): StandInContents
  /** The event Electron would hand an `ipcMain` handler for a call from `frame` of `page`. */
  eventFrom(page: Page, frame: Frame): IpcMainInvokeEvent
  /** When the carries started and ended on this side (see CarryStamps). */
  stamps: CarryStamps
}

/**
 * Installs the stand-ins in every page of `context`: the preload runs in each page, and calls travel
 * to the returned `ipcMain`. `onSent` sees every message main sends a page; `onReply` every reply.
 */
export async function installElectronStandIn(
  context: BrowserContext,
  preloadSource: string,
  options: {
    inSubFrames?: boolean
    onSent?: (page: Page, channel: string, payload: unknown) => void
    onReply?: (page: Page, reply: unknown) => void
  } = {}
): Promise<ElectronStandIn> {
  const names = standInNames()
  const ipcMain = standInIpcMain()
  const largeReplies = new Map<string, Buffer>()
  // Registered after the app protocol's route, so it is asked first (Playwright runs the newest
  // matching route first); any origin, so the fetch is same-origin for whichever page asks.
  await context.route(`**/${names.reply}/*`, async (route) => {
    const token = new URL(route.request().url()).pathname.split('/').pop() ?? ''
    const body = largeReplies.get(token)
    largeReplies.delete(token)
    await route.fulfill(
      body ? { status: 200, contentType: 'application/octet-stream', body } : { status: 404 }
    )
  })
  const tokenOf = frameTokens()
  const stamps = carryStamps()
  const contents = new WeakMap<Page, StandInContents>()

  const contentsOf = (page: Page): StandInContents => {
    let standIn = contents.get(page)
    if (standIn) return standIn
    // Electron delivers a window's messages in the order they were sent: each waits for the last.
    let delivered: Promise<unknown> = Promise.resolve()
    standIn = {
      get mainFrame() {
        return { frameToken: tokenOf(page.mainFrame()) } as WebContents['mainFrame']
      },
      send(channel: string, payload: unknown) {
        stamps.sent(page, channel)
        options.onSent?.(page, channel, payload)
        const expression = `window[${JSON.stringify(names.deliver)}]?.(${JSON.stringify(channel)}, ${JSON.stringify(payload)})`
        // A page that is closing or reloading misses the message, as a window would.
        delivered = delivered.then(() => page.evaluate(expression).catch(() => undefined))
      }
    }
    contents.set(page, standIn)
    return standIn
  }

  const eventFrom = (page: Page, frame: Frame): IpcMainInvokeEvent =>
    ({
      sender: contentsOf(page),
      senderFrame: {
        url: frame.url(),
        parent: frame.parentFrame() === null ? null : { url: frame.parentFrame()!.url() },
        frameToken: tokenOf(frame)
      }
    }) as unknown as IpcMainInvokeEvent

  await context.exposeBinding(names.invoke, async (source, channel: unknown, args: unknown) => {
    stamps.called(source.page)
    const reply = await ipcMain.invoke(
      eventFrom(source.page, source.frame),
      String(channel),
      Array.isArray(args) ? args : []
    )
    options.onReply?.(source.page, reply)
    // As JSON text, one string for the binding to carry: Playwright's own serialisation of a reply
    // walks every value and the page decodes it from the protocol value by value (about 3 s for a
    // 10,000-idea snapshot), where Electron structured-clones it in tens of milliseconds. IPC replies
    // are JSON data (meetings are JSON files), so the text reads back the same.
    if (reply === undefined) return undefined
    const text = JSON.stringify(reply)
    if (text.length <= LARGE_REPLY_CHARS) return text
    // A large reply (a meeting's snapshot) still cost about 1 s per 3 MB as one string through the
    // binding (most of it native work in the page's DevTools agent, which takes a call argument in as
    // script). The page fetches it instead, gzipped (fewer bytes through the protocol, unzipped by
    // the browser's native stream): a 10,000-idea snapshot then takes about a quarter of that, still
    // more than Electron's structured clone (tens of ms). See README "Figures (issue 9)".
    const token = randomUUID()
    largeReplies.set(token, gzipSync(text, { level: 1 }))
    // A page that closes before fetching its reply does not keep it here.
    setTimeout(() => largeReplies.delete(token), 60_000).unref()
    return { fetch: token }
  })
  await context.addInitScript({
    content: preloadInitScript(preloadSource, names, options.inSubFrames ?? false)
  })
  return { ipcMain, contentsOf, eventFrom, stamps }
}
