import type { BrowserWindowConstructorOptions, WebContents } from 'electron'
import { BrowserWindow } from 'electron'
import { mainWindowOptions } from './windowOptions'

/** The pages of windows this app created; IPC is accepted only from these. */
const appContents = new WeakSet<WebContents>()

/** Whether `contents` is the page of a window created by `createAppWindow`. */
export const isAppWindow = (contents: WebContents): boolean => appContents.has(contents)

/**
 * Opens an app window on `url` (the app protocol, or the dev server while developing) and shows it
 * once its first paint is ready. Navigation, pop-ups and permissions are locked down app-wide in
 * index.ts, for every page.
 */
export function createAppWindow(
  options: BrowserWindowConstructorOptions,
  url: string
): BrowserWindow {
  // Electronegativity cannot follow the options into the factories in windowOptions.ts and
  // projectorWindow.ts, which set sandbox and contextIsolation to true and disable Auxclick (their
  // tests check it); a middle-click on a link would open a window, which the window-open handler denies.
  const window = new BrowserWindow(options) // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  appContents.add(window.webContents)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(url)
  return window
}

/** The facilitator's window. */
export const createMainWindow = (preloadPath: string, url: string): BrowserWindow =>
  createAppWindow(mainWindowOptions(preloadPath), url)
