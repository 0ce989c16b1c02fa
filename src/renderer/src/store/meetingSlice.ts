import type { MeetingState } from '../../../shared/ipc/contract'
import type { Command } from '../../../shared/meeting/commands/schema'
import type { ErrorScope } from './uiSlice'
import type { SliceCreator } from './types'

export interface MeetingSlice {
  /** The open meeting, exactly as main last sent it; null on the library screen. */
  current: MeetingState | null
  /** The meeting being opened, so the screen can say so. */
  openingId: string | null
  /** Opens a meeting; a refusal is shown under `scope` (by default, that meeting's library row). */
  openMeeting: (meetingId: string, scope?: ErrorScope) => Promise<boolean>
  /** Shows a meeting main has already opened (after create, or from a broadcast). */
  showMeeting: (state: MeetingState) => void
  /** Back to the library, whose rows are then re-read so their counts include this meeting's changes. */
  closeMeeting: () => void
  /** Sends one change to main; the refusal, if any, is shown under `scope`. */
  applyCommand: (command: Command, scope?: ErrorScope) => Promise<boolean>
  undo: () => Promise<boolean>
  redo: () => Promise<boolean>
  /** main's meetingChanged broadcast: another window (or this one) changed a meeting. */
  receiveMeetingChanged: (state: MeetingState) => void
}

export const createMeetingSlice: SliceCreator<MeetingSlice> = (api) => (set, get) => ({
  current: null,
  openingId: null,
  openMeeting: async (meetingId, scope = `row:${meetingId}`) => {
    set({ openingId: meetingId })
    const result = await get().track(scope, api.openMeeting(meetingId))
    // A later open (or going back to the library) wins over this one.
    if (get().openingId !== meetingId) return false
    set({ openingId: null })
    if (result.ok) get().showMeeting(result.value)
    // What main repaired as it loaded the file: the facilitator is told, once per opening.
    if (result.ok && result.value.notice) {
      get().showToast({ kind: 'info', message: result.value.notice })
    }
    return result.ok
  },
  showMeeting: (state) => set({ current: state }),
  closeMeeting: () => {
    set({ current: null, openingId: null })
    void get().loadLibrary()
  },
  applyCommand: async (command, scope = 'meeting') => {
    const meetingId = get().current?.meeting.id
    if (!meetingId) return false
    const result = await get().track(scope, api.applyCommand(meetingId, command))
    if (result.ok) get().receiveMeetingChanged(result.value)
    return result.ok
  },
  undo: async () => {
    const meetingId = get().current?.meeting.id
    if (!meetingId) return false
    const result = await get().track('meeting', api.undo(meetingId))
    if (result.ok) get().receiveMeetingChanged(result.value)
    return result.ok
  },
  redo: async () => {
    const meetingId = get().current?.meeting.id
    if (!meetingId) return false
    const result = await get().track('meeting', api.redo(meetingId))
    if (result.ok) get().receiveMeetingChanged(result.value)
    return result.ok
  },
  receiveMeetingChanged: (state) => {
    // Only the meeting on screen is replaced; changes to others arrive through the library.
    if (get().current?.meeting.id === state.meeting.id) set({ current: state })
    // A change saved after going back to the library (an idea still saving when "← All meetings"
    // was pressed) makes the list's counts stale: read them again.
    else if (get().current === null) void get().loadLibrary()
  }
})
