import type { Rect } from '@tanstack/react-virtual'

/** What `listNear` reads of a virtualizer. */
export interface NearInstance {
  scrollOffset: number | null
  scrollRect: Rect | null
  options: { initialRect?: Rect }
  getTotalSize(): number
}

/** Rows drawn past the viewport's edges, both in the core's overscan and in `listNear`'s slack. */
export const OVERSCAN = 4

/**
 * Whether any of a list's rows is in the viewport or within `OVERSCAN` rows of it. The core always
 * draws at least its first (or last) rows plus the overscan, even for a list a whole page below (or
 * above) the viewport, as each theme on the Converge board is: such a list draws only its pinned
 * rows. Until the list's place in what scrolls is measured (`scrollMargin` null), it is not near:
 * it is measured before its first paint, and then drawn where it is.
 */
export function listNear(
  instance: NearInstance,
  scrollMargin: number | null,
  estimateSize: number
): boolean {
  if (scrollMargin === null) return false
  const offset = instance.scrollOffset ?? 0
  const view = instance.scrollRect?.height ?? instance.options.initialRect?.height ?? 0
  const slack = OVERSCAN * estimateSize
  const end = scrollMargin + instance.getTotalSize()
  return scrollMargin < offset + view + slack && end > offset - slack
}
