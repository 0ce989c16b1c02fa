import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'

/**
 * The web preferences of every Northstar window (Electron's security checklist): the page runs
 * sandboxed, isolated from the preload, with no Node.js and no <webview>; it reaches main only
 * through the typed `window.api` the preload exposes.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Middle-click events are not used; without them a middle-click cannot open a link either.
    disableBlinkFeatures: 'Auxclick'
  }
}

/** The facilitator's window: shown once its first paint is ready, so it never flashes blank. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Northstar',
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    show: false,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath)
  }
}
