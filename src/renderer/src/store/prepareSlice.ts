import type { UserTemplate } from '../../../shared/ipc/contract'
import type { ErrorScope } from './uiSlice'
import type { SliceCreator } from './types'

export interface PrepareSlice {
  /** Templates the user saved, for the Prepare view to show; loaded on demand. */
  templates: UserTemplate[]
  /** Reads the saved templates; a failure is shown under `scope`. */
  loadTemplates: (scope?: ErrorScope) => Promise<boolean>
  /** Snapshots the open actions of `fromMeetingId` into the open meeting (null stops carrying over). */
  carryOver: (fromMeetingId: string | null, scope?: ErrorScope) => Promise<boolean>
  /** Saves the open meeting's setup as a user template under `name`. */
  saveAsTemplate: (name: string, scope?: ErrorScope) => Promise<UserTemplate | null>
}

export const createPrepareSlice: SliceCreator<PrepareSlice> = (api) => (set, get) => ({
  templates: [],
  loadTemplates: async (scope = 'meeting') => {
    const result = await get().track(scope, api.listTemplates())
    if (result.ok) set({ templates: result.value })
    return result.ok
  },
  carryOver: (fromMeetingId, scope = 'meeting') =>
    get().changeMeeting(scope, (meetingId) => api.carryOver(meetingId, fromMeetingId)),
  saveAsTemplate: async (name, scope = 'meeting') => {
    const meetingId = get().current?.meeting.id
    if (!meetingId) return null
    const result = await get().track(scope, api.saveAsTemplate(meetingId, name))
    if (!result.ok) return null
    set((s) => ({
      templates: [...s.templates.filter((t) => t.id !== result.value.id), result.value]
    }))
    return result.value
  }
})
