import type { MeetingState } from '../../shared/ipc/contract'
import type { History } from '../../shared/meeting/history'
import { startHistory } from '../../shared/meeting/history'
import type { Meeting } from '../../shared/meeting/schema'
import type { Workspace } from '../storage/workspace'
import { isDiskError, ioFailure } from './ioFailure'

/** An open meeting: its undo history, whose `present` is the truth (saved or about to be). */
interface OpenMeeting {
  history: History
  /** Told when the meeting is opened: what load repaired (see repairMeeting); null if nothing. */
  notice: string | null
}

export const stateOf = (history: History): MeetingState => ({
  meeting: history.present,
  canUndo: history.past.length > 0,
  canRedo: history.future.length > 0
})

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
        .then(({ meeting, repairs }) => ({
          history: startHistory(meeting),
          notice: repairs.length > 0 ? repairs.join(' ') : null
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
    const entry = { history: startHistory(meeting), notice: null }
    this.#open.set(meeting.id, Promise.resolve(entry))
    return stateOf(entry.history)
  }

  forget(id: string): void {
    this.#open.delete(id)
  }

  /**
   * Moves an open meeting to a new history state and saves it durably. On a disk error the new
   * state stays in memory (the next successful save carries it) and the error says so.
   */
  async commit(
    open: OpenMeeting,
    next: History,
    onState: (state: MeetingState) => void
  ): Promise<MeetingState> {
    open.history = next
    const state = stateOf(next)
    const ws = await this.workspace()
    try {
      await ws.save(next.present)
    } catch (error) {
      if (!isDiskError(error)) throw error
      onState(state)
      throw ioFailure(error, ws.layout.meetings, true)
    }
    onState(state)
    return state
  }
}
