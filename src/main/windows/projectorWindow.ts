import type { BrowserWindowConstructorOptions, Display } from 'electron'
import type { DisplayInfo, ProjectorPlacement } from '../../shared/projector/placement'
import { ROUTES } from '../../shared/routes'
import { secureWebPreferences } from './windowOptions'

/**
 * The renderer address of the audience view. The page reads it on load (the renderer's projector
 * route); the projector window is the same app, showing only what the room should see.
 */
export const projectorAddress = (entryUrl: string): string => `${entryUrl}${ROUTES.projector}`

/** An Electron display in the plain shape `placeProjector` decides from. */
export function toDisplayInfo(display: Display, primaryId: number): DisplayInfo {
  return {
    id: display.id,
    bounds: { ...display.bounds },
    workArea: { ...display.workArea },
    primary: display.id === primaryId
  }
}

/**
 * The projector window: the same locked-down preferences as every window, placed where
 * `placeProjector` chose, full screen on an external display, black behind the first paint so the
 * room never sees a white flash.
 */
export function projectorWindowOptions(
  preloadPath: string,
  placement: ProjectorPlacement
): BrowserWindowConstructorOptions {
  return {
    title: 'Northstar — projector',
    ...placement.bounds,
    fullscreen: placement.fullscreen,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#000000',
    webPreferences: secureWebPreferences(preloadPath)
  }
}
