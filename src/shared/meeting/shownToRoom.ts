import type { Meeting } from './schema'

/**
 * The meeting as the room may see it: ideas the facilitator hid (room join's "Hide from projector")
 * are left out, so no view computed from it (projector, phones) shows or ranks them. Unchanged, the
 * same object, when nothing is hidden.
 */
export function shownToRoom(meeting: Meeting): Meeting {
  if (!meeting.ideas.some((idea) => idea.hidden)) return meeting
  return { ...meeting, ideas: meeting.ideas.filter((idea) => !idea.hidden) }
}
