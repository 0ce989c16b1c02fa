import type { LivePatch, WindowSnapshot } from '../../../shared/ipc/contract'
import { adoptSnapshot, follow } from '../../../shared/live/follow'
import type { StageKind } from '../../../shared/meeting/schema'
import type { SliceCreator } from './types'

export interface ProjectedSlice {
  /**
   * The projector window's view of the presented meeting, computed in main (nothing private is in
   * it) and kept current by main's patches; null when nothing is presented.
   */
  projected: WindowSnapshot<'projector'> | null
  /** Follows the presented meeting (null: none): takes main's snapshot of the room's view of it. */
  followProjected: (meetingId: string | null) => Promise<void>
  /** The projector's patches from main: applied in order; a gap asks for a snapshot. */
  receiveProjectedPatch: (message: LivePatch) => void
  /** Turns the presented meeting to a stage (the one change a projector window may make). */
  gotoProjectedStage: (stage: StageKind) => Promise<boolean>
}

export const createProjectedSlice: SliceCreator<ProjectedSlice> = (api) => (set, get) => {
  let wanted: string | null = null
  let loading: Promise<void> | null = null

  const load = (meetingId: string): Promise<void> => {
    loading ??= api
      .liveSnapshot(meetingId)
      .then((result) => {
        // The presented meeting changed meanwhile: this answer is for nobody.
        if (!result.ok || wanted !== meetingId) return
        const snapshot = result.value as WindowSnapshot<'projector'>
        set({ projected: adoptSnapshot(get().projected, snapshot) as WindowSnapshot<'projector'> })
      })
      .finally(() => (loading = null))
    return loading
  }

  return {
    projected: null,
    followProjected: async (meetingId) => {
      wanted = meetingId
      if (meetingId === null) {
        set({ projected: null })
        return
      }
      if (get().projected?.meetingId === meetingId) return
      await loading
      if (wanted === meetingId && get().projected?.meetingId !== meetingId) await load(meetingId)
    },
    gotoProjectedStage: async (stage) => {
      const meetingId = get().projected?.meetingId
      if (!meetingId) return false
      const result = await get().track(
        'stage',
        api.commitCommand(meetingId, { type: 'run.goto', stage })
      )
      return result.ok
    },
    receiveProjectedPatch: (message) => {
      const followed = follow(get().projected, message)
      if (followed.kind === 'applied')
        set({ projected: followed.copy as WindowSnapshot<'projector'> })
      else if (followed.kind === 'gap') void load(message.meetingId)
    }
  }
}
