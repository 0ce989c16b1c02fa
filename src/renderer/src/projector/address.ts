/** The address the projector window loads (main's projectorAddress appends the same hash). */
export const PROJECTOR_HASH = '#/projector'

/** Whether this page is the projector window rather than the facilitator's. */
export const isProjectorAddress = (hash: string): boolean => hash === PROJECTOR_HASH
