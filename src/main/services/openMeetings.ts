import type { MeetingState } from '../../shared/ipc/contract'
import type { History } from '../../shared/meeting/history'
import { startHistory } from '../../shared/meeting/history'
import type { Meeting } from '../../shared/meeting/schema'
import type { Notice, OverLimit } from '../../shared/errors/reasons'
import { AppFailure } from '../../shared/result'
import type { Workspace } from '../storage/workspace'
import { isDiskError, ioFailure } from './ioFailure'

/** An open meeting: its undo history, whose `present` is the truth (saved or about to be). */
interface OpenMeeting {
  history: History
  /** Told when the meeting is opened: what load repaired (see repairMeeting); null if nothing. */
  notice: Notice | null
  /** Why the meeting is open read-only (what is over the limits, see overLimits.ts); null if it is not. */
  readOnly: OverLimit[] | null
}

export const stateOf = (open: Pick<OpenMeeting, 'history' | 'readOnly'>): MeetingState =>
  open.readOnly === null
    ? {
        meeting: open.history.present,
        canUndo: open.history.past.length > 0,
        canRedo: open.history.future.length > 0
      }
    : { meeting: open.history.present, canUndo: false, canRedo: false, readOnly: open.readOnly }

/**
 * Over the limits: nothing is changed or saved (reading, moving between stages and exporting
 * still work).
 */
export function refuseIfReadOnly(open: Pick<OpenMeeting, 'readOnly'>): void {
  if (open.readOnly !== null)
    throw new AppFailure('read_only', { key: 'readOnly', overLimits: open.readOnly })
}

/**
 * The meetings open in this process, each with its undo history. Loading is shared, so two
 * windows opening the same meeting at once get one history.
 */
export class OpenMeetings {
  readonly #open = new Map<string, Promise<OpenMeeting>>()

  constructor(private readonly workspace: () => Promise<Workspace>) {}

  /** The open meeting, loading it (and starting its history) on first use. */
  get(id: string): Promise<OpenMeeting> {
    let entry = this.#open.get(id)
    if (!entry) {
      entry = this.workspace()
        .then((ws) => ws.load(id))
        .then(({ meeting, repairs, overLimits }) => ({
          history: startHistory(meeting),
          notice: repairs.length > 0 ? repairs : null,
          readOnly: overLimits.length > 0 ? overLimits : null
        }))
      this.#open.set(id, entry)
      // A failed load is not cached: the next attempt reads the file again.
      entry.catch(() => this.#open.delete(id))
    }
    return entry
  }

  /** The current version of a meeting: in memory if open, else read from disk. */
  async current(id: string): Promise<Meeting> {
    const open = this.#open.get(id)
    if (open) return (await open).history.present
    return (await (await this.workspace()).load(id)).meeting
  }

  /** Starts tracking a meeting just created. */
  adopt(meeting: Meeting): MeetingState {
    const entry = { history: startHistory(meeting), notice: null, readOnly: null }
    this.#open.set(meeting.id, Promise.resolve(entry))
    return stateOf(entry)
  }

  forget(id: string): void {
    this.#open.delete(id)
  }

  /**
   * Moves an open meeting to a new history state and saves it durably. Display-only audiences are
   * told at once (`accepted`); the rest once it is on disk (`saved`). On a disk error the new state
   * stays in memory (the next successful save carries it), is published, and the error says so. Any
   * other refusal of the save (the workspace taken over) takes the change back, and the display-only
   * audiences are sent the state as it was. A read-only meeting (only moved between stages, see
   * refuseIfReadOnly) is never saved.
   */
  async commit(
    open: OpenMeeting,
    next: History,
    onState: (state: MeetingState, phase: 'accepted' | 'saved') => void
  ): Promise<MeetingState> {
    const previous = open.history
    open.history = next
    const state = stateOf(open)
    onState(state, 'accepted')
    if (open.readOnly !== null) {
      onState(state, 'saved')
      return state
    }
    let ws: Workspace | null = null
    try {
      ws = await this.workspace()
      await ws.save(next.present)
    } catch (error) {
      if (!ws || !isDiskError(error)) {
        // Not saved and never will be: unless a later change already builds on it, it is undone.
        if (open.history === next) {
          open.history = previous
          onState(stateOf(open), 'accepted')
        }
        throw error
      }
      onState(state, 'saved')
      throw ioFailure(error, ws.layout.meetings, true)
    }
    onState(state, 'saved')
    return state
  }
}
