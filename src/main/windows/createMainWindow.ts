import type { WebContents } from 'electron'
import { BrowserWindow } from 'electron'
import { mainWindowOptions } from './windowOptions'

/** The pages of windows this app created; IPC is accepted only from these. */
const appContents = new WeakSet<WebContents>()

/** Whether `contents` is the page of a window created by `createMainWindow`. */
export const isAppWindow = (contents: WebContents): boolean => appContents.has(contents)

/**
 * Opens the facilitator's window on `url` (the app protocol, or the dev server while developing).
 * Navigation, pop-ups and permissions are locked down app-wide in index.ts, for every page.
 */
export function createMainWindow(preloadPath: string, url: string): BrowserWindow {
  // Electronegativity cannot follow the options into mainWindowOptions(), which sets sandbox and
  // contextIsolation to true and disables Auxclick (test/main/windows/windowOptions.test.ts); a
  // middle-click on a link would open a window, which the window-open handler denies.
  const window = new BrowserWindow(mainWindowOptions(preloadPath)) // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  appContents.add(window.webContents)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(url)
  return window
}
