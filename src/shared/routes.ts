/**
 * The renderer's addresses (hash routes), in one place for both sides: main opens windows on them
 * (the projector window), the renderer reads them on load. A new window or page (a phone page, say)
 * adds its route here.
 */
export const ROUTES = {
  /** The audience view on the projector window. */
  projector: '#/projector',
  /** The facilitator's open meeting: `#/meeting/<id>`, so a reload returns to it. */
  meetingPrefix: '#/meeting/'
} as const

/** Whether an address is the projector window's. */
export const isProjectorRoute = (hash: string): boolean => hash === ROUTES.projector

/** The address of an open meeting. */
export const meetingRoute = (meetingId: string): string =>
  `${ROUTES.meetingPrefix}${encodeURIComponent(meetingId)}`

/** The meeting id named in an address, if any. */
export function meetingIdFromRoute(hash: string): string | null {
  if (!hash.startsWith(ROUTES.meetingPrefix)) return null
  const id = decodeURIComponent(hash.slice(ROUTES.meetingPrefix.length))
  return id.length > 0 ? id : null
}
