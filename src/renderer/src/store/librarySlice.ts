import type { MeetingSource } from '../../../shared/ipc/contract'
import type { MeetingSummary } from '../../../shared/meeting/schema'
import { strings } from '../strings'
import type { SliceCreator } from './types'

export interface LibrarySlice {
  /** Meetings in the workspace, newest first, as main listed them. */
  meetings: MeetingSummary[]
  libraryStatus: 'idle' | 'loading' | 'ready'
  loadLibrary: () => Promise<void>
  /** Creates a meeting and opens it. Resolves true when it is open. */
  createMeeting: (title: string, source: MeetingSource) => Promise<boolean>
  duplicateMeeting: (meetingId: string) => Promise<boolean>
  renameMeeting: (meetingId: string, title: string) => Promise<boolean>
  archiveMeeting: (meetingId: string, archived: boolean) => Promise<boolean>
  /** Moves a meeting to the trash and offers an Undo toast. */
  deleteMeeting: (meetingId: string) => Promise<boolean>
  /** Brings back the meeting named in the current Undo toast. */
  undoDelete: () => Promise<boolean>
  importMeeting: () => Promise<boolean>
}

/** Replaces a summary in place, or puts a new one first (the list is newest first). */
function upsert(list: MeetingSummary[], summary: MeetingSummary): MeetingSummary[] {
  const index = list.findIndex((m) => m.id === summary.id)
  if (index === -1) return [summary, ...list]
  return list.map((m, i) => (i === index ? summary : m))
}

/*
 * Mutations patch the list at once so the screen answers immediately; main's libraryChanged event
 * then reloads the authoritative list.
 */
export const createLibrarySlice: SliceCreator<LibrarySlice> = (api) => (set, get) => ({
  meetings: [],
  libraryStatus: 'idle',
  loadLibrary: async () => {
    if (get().libraryStatus === 'idle') set({ libraryStatus: 'loading' })
    const result = await get().track('library', api.listMeetings())
    if (result.ok) set({ meetings: result.value, libraryStatus: 'ready' })
    else set({ libraryStatus: 'ready' })
  },
  createMeeting: async (title, source) => {
    const result = await get().track('newMeeting', api.createMeeting(title, source))
    if (!result.ok) return false
    get().showMeeting(result.value)
    return true
  },
  duplicateMeeting: async (meetingId) => {
    const result = await get().track(`row:${meetingId}`, api.duplicateMeeting(meetingId))
    if (result.ok) set((s) => ({ meetings: upsert(s.meetings, result.value) }))
    return result.ok
  },
  renameMeeting: async (meetingId, title) => {
    const result = await get().track(`row:${meetingId}`, api.renameMeeting(meetingId, title))
    if (result.ok) set((s) => ({ meetings: upsert(s.meetings, result.value) }))
    return result.ok
  },
  archiveMeeting: async (meetingId, archived) => {
    const result = await get().track(`row:${meetingId}`, api.archiveMeeting(meetingId, archived))
    if (result.ok) set((s) => ({ meetings: upsert(s.meetings, result.value) }))
    return result.ok
  },
  deleteMeeting: async (meetingId) => {
    const result = await get().track(`row:${meetingId}`, api.deleteMeeting(meetingId))
    if (!result.ok) return false
    set((s) => ({ meetings: s.meetings.filter((m) => m.id !== meetingId) }))
    const { trashId, title } = result.value
    get().showToast({ kind: 'deleted', trashId, title })
    return true
  },
  undoDelete: async () => {
    const toast = get().toast
    if (toast?.kind !== 'deleted') return false
    const result = await get().track('library', api.restoreMeeting(toast.trashId))
    if (!result.ok) return false
    set((s) => ({ meetings: upsert(s.meetings, result.value) }))
    get().showToast({ kind: 'info', message: strings.toast.restored(result.value.title) })
    return true
  },
  importMeeting: async () => {
    const result = await get().track('library', api.importMeeting())
    // null: the user closed the file picker, which is not an error.
    if (!result.ok || result.value === null) return false
    const { notice, ...summary } = result.value
    set((s) => ({ meetings: upsert(s.meetings, summary) }))
    // What the import repaired or left out, and whether the meeting opens read-only, is said too.
    const imported = strings.toast.imported(summary.title)
    get().showToast({
      kind: 'info',
      message: notice ? `${imported} ${strings.errors.notice(notice)}` : imported
    })
    return true
  }
})
