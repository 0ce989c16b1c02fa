import type { BrowserWindow, WebContents } from 'electron'
import { screen } from 'electron'
import { placeProjector } from '../../shared/projector/placement'
import type { ProjectorWindowControl } from '../services/presentation'
import { createAppWindow } from './createMainWindow'
import type { DisplayChoice } from './projectorDisplayChoice'
import { projectorAddress, projectorWindowOptions, toDisplayInfo } from './projectorWindow'

/** Where the projector should be now, given the displays connected and the remembered choice. */
function currentPlacement(choice: DisplayChoice | undefined) {
  const primaryId = screen.getPrimaryDisplay().id
  return placeProjector(
    screen.getAllDisplays().map((d) => toDisplayInfo(d, primaryId)),
    choice?.load() ?? null
  )
}

/**
 * Electron's side of the projector: one window at most, on the best display, following displays as
 * they are plugged in or out. `onClosedByUser` tells the presentation when someone closes the window
 * by hand (closing it never closes the meeting).
 */
export function createProjectorControl(
  preloadPath: string,
  entryUrl: string,
  onClosedByUser: () => void,
  choice?: DisplayChoice
): ProjectorWindowControl & { isProjector(contents: WebContents): boolean } {
  let window: BrowserWindow | null = null
  // Moves we make ourselves (e.g. falling back when a display goes) are not the facilitator's choice.
  let placingUntil = 0

  const moveToBestDisplay = (): void => {
    const placement = currentPlacement(choice)
    if (!window || window.isDestroyed() || !placement) return
    placingUntil = Date.now() + 1_000
    window.setFullScreen(false)
    window.setBounds(placement.bounds)
    if (placement.fullscreen) window.setFullScreen(true)
  }
  screen.on('display-added', moveToBestDisplay)
  screen.on('display-removed', moveToBestDisplay)
  // A projector that changes resolution or arrangement keeps the window filling it.
  screen.on('display-metrics-changed', moveToBestDisplay)

  /** The facilitator dragged the window to another external display: that becomes the choice. */
  const rememberDisplay = (moved: BrowserWindow): void => {
    if (Date.now() < placingUntil) return
    const display = screen.getDisplayMatching(moved.getBounds())
    if (display.id !== screen.getPrimaryDisplay().id) choice?.save(display.id)
  }

  return {
    isProjector: (contents) => !!window && !window.isDestroyed() && window.webContents === contents,
    open() {
      if (window && !window.isDestroyed()) {
        window.showInactive()
        return Promise.resolve()
      }
      const placement = currentPlacement(choice)
      if (!placement) return Promise.resolve()
      placingUntil = Date.now() + 1_000
      const opened = createAppWindow(
        projectorWindowOptions(preloadPath, placement),
        projectorAddress(entryUrl)
      )
      opened.on('closed', () => {
        if (window === opened) {
          window = null
          onClosedByUser()
        }
      })
      opened.on('moved', () => rememberDisplay(opened))
      window = opened
      return Promise.resolve()
    },
    close() {
      const closing = window
      window = null
      if (closing && !closing.isDestroyed()) closing.close()
      return Promise.resolve()
    }
  }
}
