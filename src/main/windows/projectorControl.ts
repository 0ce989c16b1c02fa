import type { BrowserWindow } from 'electron'
import { screen } from 'electron'
import { placeProjector } from '../../shared/projector/placement'
import type { ProjectorWindowControl } from '../services/presentation'
import { createAppWindow } from './createMainWindow'
import { projectorAddress, projectorWindowOptions, toDisplayInfo } from './projectorWindow'

/** Where the projector should be now, given the displays connected at this moment. */
function currentPlacement() {
  const primaryId = screen.getPrimaryDisplay().id
  return placeProjector(
    screen.getAllDisplays().map((d) => toDisplayInfo(d, primaryId)),
    null
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
  onClosedByUser: () => void
): ProjectorWindowControl {
  let window: BrowserWindow | null = null

  const moveToBestDisplay = (): void => {
    const placement = currentPlacement()
    if (!window || window.isDestroyed() || !placement) return
    window.setFullScreen(false)
    window.setBounds(placement.bounds)
    if (placement.fullscreen) window.setFullScreen(true)
  }
  screen.on('display-added', moveToBestDisplay)
  screen.on('display-removed', moveToBestDisplay)

  return {
    open() {
      if (window && !window.isDestroyed()) {
        window.showInactive()
        return Promise.resolve()
      }
      const placement = currentPlacement()
      if (!placement) return Promise.resolve()
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
