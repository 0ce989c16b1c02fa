import type { LivePatch, LiveSnapshot } from './messages'
import { applyPatchList } from './applyPatches'

/** A window's copy of one view: the same shape as a snapshot. */
export type LiveCopy<View> = LiveSnapshot<View>

/** What a window does with a patch message: apply it, ignore it (old or for another meeting), or resync. */
export type Followed<View> =
  { kind: 'applied'; copy: LiveCopy<View> } | { kind: 'ignored' } | { kind: 'gap' }

/**
 * Follows one view's stream: the next revision is applied (structural sharing: untouched objects keep
 * their identity), an old or foreign one is ignored, and a revision past the next is a gap, after which
 * the window must take a snapshot before it applies anything else.
 */
export function follow<View extends object>(
  copy: LiveCopy<View> | null,
  message: LivePatch
): Followed<View> {
  if (!copy || copy.meetingId !== message.meetingId || copy.audience !== message.audience)
    return { kind: 'ignored' }
  if (message.rev <= copy.rev) return { kind: 'ignored' }
  if (message.rev > copy.rev + 1) return { kind: 'gap' }
  return {
    kind: 'applied',
    copy: { ...copy, rev: message.rev, view: applyPatchList(copy.view, message.patches) }
  }
}

/** A snapshot replaces the copy only when it is newer (a late answer must not step back in time). */
export function adoptSnapshot<View>(
  copy: LiveCopy<View> | null,
  snapshot: LiveSnapshot<View>
): LiveCopy<View> {
  if (copy && copy.meetingId === snapshot.meetingId && copy.audience === snapshot.audience) {
    return snapshot.rev >= copy.rev ? snapshot : copy
  }
  return snapshot
}
