/** A display as Electron's `screen` API reports it (the fields we use). */
export interface DisplayInfo {
  id: number
  bounds: { x: number; y: number; width: number; height: number }
  workArea: { x: number; y: number; width: number; height: number }
  primary: boolean
}

export interface ProjectorPlacement {
  displayId: number
  bounds: { x: number; y: number; width: number; height: number }
  /** Full screen on an external display; a normal draggable window on the laptop's own screen. */
  fullscreen: boolean
  /** True when the saved choice was not available and another display was picked. */
  fellBack: boolean
}

const WINDOWED = { width: 1280, height: 720 }

/**
 * Where the projector window goes: the saved display if it is still connected and not the laptop's own
 * screen, else the first external display (left to right), else a window on the primary display.
 */
export function placeProjector(
  displays: readonly DisplayInfo[],
  savedDisplayId: number | null
): ProjectorPlacement | null {
  const primary = displays.find((d) => d.primary) ?? displays[0]
  if (!primary) return null
  const externals = displays
    .filter((d) => d.id !== primary.id)
    .sort((a, b) => a.bounds.x - b.bounds.x || a.id - b.id)
  const saved = externals.find((d) => d.id === savedDisplayId)
  const target = saved ?? externals[0]
  if (target) {
    return {
      displayId: target.id,
      bounds: { ...target.bounds },
      fullscreen: true,
      fellBack: savedDisplayId !== null && !saved
    }
  }
  const area = primary.workArea
  const width = Math.min(WINDOWED.width, area.width)
  const height = Math.min(WINDOWED.height, area.height)
  return {
    displayId: primary.id,
    bounds: {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height
    },
    fullscreen: false,
    fellBack: savedDisplayId !== null && savedDisplayId !== primary.id
  }
}
