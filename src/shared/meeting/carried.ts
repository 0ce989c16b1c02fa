import type { CarriedAction } from './schema'

/**
 * An action carried over twice or more that has still not moved: the review should call it out.
 * "Progress" is a status of done/in progress now, or progress recorded at the previous review.
 */
export function isStuckCarry(action: CarriedAction): boolean {
  const progressingNow = action.status === 'done' || action.status === 'inProgress'
  return action.timesCarried >= 2 && !action.progressedBefore && !progressingNow
}
