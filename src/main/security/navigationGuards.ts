import type { WebContents } from 'electron'

/** The parts of a WebContents the guards touch, so tests can pass a fake. */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/**
 * Keeps a window on the app: every navigation away is cancelled, webviews are never attached, and
 * `window.open` never creates a window. A link the user clicked (navigation or new window) is offered
 * to `openExternal`, which is expected to be `openExternalSafely` and refuses anything but https/mailto.
 * The app is a single page, so it never needs to navigate its own frames.
 */
export function guardNavigation(
  contents: GuardedContents,
  openExternal: (url: string) => void
): void {
  // Fired for the main frame and every sub-frame; when cancelled here Electron skips `will-navigate`.
  contents.on('will-frame-navigate', (event) => {
    event.preventDefault()
    if (event.isMainFrame) openExternal(event.url)
  })
  // A second lock on the main frame, in case the first is ever bypassed.
  contents.on('will-navigate', (event) => {
    event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    openExternal(url)
    return { action: 'deny' }
  })
}
