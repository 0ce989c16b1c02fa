import type { Patch } from './patches'

/**
 * One accepted change as one audience sees it: the patches that take that audience's view of the
 * meeting from revision `rev - 1` to `rev`. Revisions count per meeting and per audience, from 0 at
 * the first snapshot main took; a window that misses one asks for a snapshot.
 */
export interface LivePatch {
  audience: string
  meetingId: string
  rev: number
  patches: Patch[]
}

/** A whole view at a revision: what a window starts from, or resyncs to after a gap. */
export interface LiveSnapshot<View = unknown> {
  audience: string
  meetingId: string
  rev: number
  view: View
}

/** What an accepted change answers to the window that asked: its revision and the ids it made. */
export interface CommandReceipt {
  /** The caller's view revision once this change is in it (wait for it, or resync). */
  rev: number
  /** Ids the change gave to new things (a new idea, theme or action), in the order they were made. */
  newIds: string[]
}
