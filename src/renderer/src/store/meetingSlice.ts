import type {
  CommandReceipt,
  LivePatch,
  MeetingState,
  WindowSnapshot
} from '../../../shared/ipc/contract'
import { adoptSnapshot, follow } from '../../../shared/live/follow'
import type { LiveCopy } from '../../../shared/live/follow'
import type { Command } from '../../../shared/meeting/commands/schema'
import type { Result } from '../../../shared/result'
import type { ErrorScope } from './uiSlice'
import type { SliceCreator } from './types'
import { strings } from '../strings'

export interface MeetingSlice {
  /**
   * The open meeting as main's facilitator view has it at `currentRev`; null on the library screen.
   * Kept current by applying main's patches, so objects a change did not touch keep their identity.
   */
  current: MeetingState | null
  currentRev: number
  /** The meeting being opened, so the screen can say so. */
  openingId: string | null
  /** Opens a meeting; a refusal is shown under `scope` (by default, that meeting's library row). */
  openMeeting: (meetingId: string, scope?: ErrorScope) => Promise<boolean>
  /** Shows a meeting from main's snapshot of it (after create or open, or to resync). */
  showMeeting: (snapshot: WindowSnapshot<'facilitator'>) => void
  closeMeeting: () => void
  /**
   * Sends one change to main; the refusal, if any, is shown under `scope`. Resolves (true) once the
   * change is on screen, with the ids it made in `lastNewIds`. `onAccepted` hears main's reply (its
   * revision and the ids it made) as soon as it comes, before the change is on screen.
   */
  sendCommand: (
    command: Command,
    scope?: ErrorScope,
    onAccepted?: (receipt: CommandReceipt) => void
  ) => Promise<boolean>
  /** Several changes as one: one save, one message, one undo step; all or none. */
  sendCommands: (commands: Command[], scope?: ErrorScope) => Promise<boolean>
  /** The ids main gave to what the last accepted change made (e.g. the new idea's id). */
  lastNewIds: string[]
  undo: () => Promise<boolean>
  redo: () => Promise<boolean>
  /**
   * Sends a change of the open meeting through `request` and resolves (true) once main's patches for
   * it are on screen; a refusal is shown under `scope`.
   */
  changeMeeting: (
    scope: ErrorScope,
    request: (meetingId: string) => Promise<Result<CommandReceipt>>,
    onAccepted?: (receipt: CommandReceipt) => void
  ) => Promise<boolean>
  /** The facilitator's patches from main: applied in order; a gap or a late reply asks for a snapshot. */
  receiveMeetingPatch: (message: LivePatch) => void
}

/** How long a reply may wait for its revision's patches before the window asks for a snapshot. */
const PATCH_GRACE_MS = 1_000

export const createMeetingSlice: SliceCreator<MeetingSlice> = (api) => (set, get) => {
  const waiters: Array<{ rev: number; meetingId: string; resolve: () => void }> = []
  let resyncing: Promise<void> | null = null

  const copyOf = (): LiveCopy<MeetingState> | null => {
    const { current, currentRev } = get()
    return current
      ? { audience: 'facilitator', meetingId: current.meeting.id, rev: currentRev, view: current }
      : null
  }

  /** Wakes every caller waiting for a revision this window now has (or for a meeting it left). */
  const settle = (): void => {
    const copy = copyOf()
    for (let i = waiters.length - 1; i >= 0; i--) {
      const waiter = waiters[i]!
      if (!copy || copy.meetingId !== waiter.meetingId || copy.rev >= waiter.rev) {
        waiters.splice(i, 1)
        waiter.resolve()
      }
    }
  }

  const take = (copy: LiveCopy<MeetingState>): void => {
    set({ current: copy.view, currentRev: copy.rev })
    settle()
  }

  /** Takes main's snapshot again (after a gap, or when patches did not come). */
  const resync = (meetingId: string): Promise<void> => {
    resyncing ??= api
      .liveSnapshot(meetingId)
      .then((result) => {
        const copy = copyOf()
        if (!result.ok || copy?.meetingId !== meetingId) return
        take(adoptSnapshot(copy, result.value as WindowSnapshot<'facilitator'>))
      })
      .finally(() => (resyncing = null))
    return resyncing
  }

  /** Resolves when this window shows revision `rev` (its patches arrive, or a snapshot is taken). */
  const reach = (meetingId: string, rev: number): Promise<void> =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        const copy = copyOf()
        if (copy?.meetingId === meetingId && copy.rev < rev) void resync(meetingId).then(settle)
      }, PATCH_GRACE_MS)
      waiters.push({
        rev,
        meetingId,
        resolve: () => {
          clearTimeout(timer)
          resolve()
        }
      })
      settle()
    })

  /** Sends a change and waits until it is on screen. */
  const changeMeeting = async (
    scope: ErrorScope,
    request: (meetingId: string) => Promise<Result<CommandReceipt>>,
    onAccepted?: (receipt: CommandReceipt) => void
  ): Promise<boolean> => {
    const meetingId = get().current?.meeting.id
    if (!meetingId) return false
    const result = await get().track(scope, request(meetingId))
    if (!result.ok) return false
    set({ lastNewIds: result.value.newIds })
    onAccepted?.(result.value)
    await reach(meetingId, result.value.rev)
    return true
  }

  return {
    current: null,
    currentRev: 0,
    openingId: null,
    lastNewIds: [],
    openMeeting: async (meetingId, scope = `row:${meetingId}`) => {
      set({ openingId: meetingId })
      const result = await get().track(scope, api.openMeeting(meetingId))
      // A later open (or going back to the library) wins over this one.
      if (get().openingId !== meetingId) return false
      set({ openingId: null })
      if (result.ok) get().showMeeting(result.value)
      // What main repaired as it loaded the file: the facilitator is told, once per opening.
      if (result.ok && result.value.view.notice) {
        get().showToast({ kind: 'info', message: strings.errors.notice(result.value.view.notice) })
      }
      return result.ok
    },
    showMeeting: (snapshot) => take(snapshot),
    changeMeeting,
    closeMeeting: () => {
      set({ current: null, currentRev: 0, openingId: null })
      settle()
      // Back in the library: its rows are read again so their counts include this meeting's changes.
      void get().loadLibrary()
    },
    sendCommand: (command, scope = 'meeting', onAccepted) =>
      changeMeeting(scope, (id) => api.commitCommand(id, command), onAccepted),
    sendCommands: (commands, scope = 'meeting') =>
      commands.length === 0
        ? Promise.resolve(true)
        : changeMeeting(scope, (id) => api.commitCommands(id, commands)),
    undo: () => changeMeeting('meeting', (id) => api.undo(id)),
    redo: () => changeMeeting('meeting', (id) => api.redo(id)),
    receiveMeetingPatch: (message) => {
      // A change saved after going back to the library (an idea still saving when "← All meetings"
      // was pressed) makes the list's counts stale: read them again.
      if (get().current === null && message.audience === 'facilitator') void get().loadLibrary()
      const followed = follow(copyOf(), message)
      if (followed.kind === 'applied') take(followed.copy)
      else if (followed.kind === 'gap') void resync(message.meetingId)
    }
  }
}
