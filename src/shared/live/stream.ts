import type { OverLimit } from '../errors/reasons'
import type { PresentationState } from '../ipc/contract'
import type { LivePatch, LiveSnapshot } from './messages'
import { diffPatches } from './patches'
import type { Meeting } from '../meeting/schema'

/**
 * What an audience's view is computed from besides the meeting: whether undo/redo is possible, and
 * why the meeting is read-only when it is (over the limits, see overLimits.ts).
 */
export interface HistoryFlags {
  canUndo: boolean
  canRedo: boolean
  readOnly?: OverLimit[]
}

/** A meeting as main last published it, with its undo flags. */
export interface LiveSource extends HistoryFlags {
  meeting: Meeting
}

/**
 * A pure function from the meeting (and what is being presented) to what one audience may see. It
 * must leave out everything that audience must not receive: nothing it omits ever leaves main for it.
 */
export type AudienceView<View extends object> = (
  meeting: Meeting,
  presentation: PresentationState,
  history: HistoryFlags
) => View

export interface AudienceOptions {
  /**
   * `presented` (default): only the meeting on the projector (the room, phones). `every`: every open
   * meeting (the facilitator's windows).
   */
  follows?: 'presented' | 'every'
}

/** One audience's stream: its patches as they happen, and a snapshot to start from or resync to. */
export interface AudienceFeed<View extends object> {
  readonly name: string
  /** Called with every revision of this audience's view, in order; returns a function that stops it. */
  subscribe(listener: (message: LivePatch) => void): () => void
  /** The view now, at its revision. Follow with the patches whose `rev` is one more, and so on. */
  snapshot(meetingId: string): Promise<LiveSnapshot<View>>
}

interface Audience {
  name: string
  view: AudienceView<object>
  follows: 'presented' | 'every'
  listeners: Set<(message: LivePatch) => void>
}

/** One audience's view of one meeting: the revision and the view last sent (null: nobody follows). */
interface ViewState {
  rev: number
  view: object | null
}

interface MeetingStream {
  /** What was last published: snapshots are computed from this, never from an unsent state. */
  published: LiveSource | null
  views: Map<string, ViewState>
}

/**
 * The revisioned change stream of every open meeting, one view per audience, computed in main.
 *
 * Each accepted change is published once; for every audience that follows the meeting and has been
 * asked for a snapshot, the new view is diffed against the last one sent and, when it differs, the
 * revision goes up by one and `{ audience, meetingId, rev, patches }` goes to that audience's
 * listeners. Audiences are registered with `registerAudience(name, view)`, so a new one (attendees'
 * phones) needs no change here: give it a pure view function and send what its feed yields.
 */
export class LiveStream {
  readonly #audiences = new Map<string, Audience>()
  readonly #meetings = new Map<string, MeetingStream>()

  constructor(
    /** Reads an open meeting (loading it if needed), for a first snapshot. */
    private readonly load: (meetingId: string) => Promise<LiveSource>,
    private readonly presentation: () => PresentationState
  ) {}

  registerAudience<View extends object>(
    name: string,
    view: AudienceView<View>,
    options: AudienceOptions = {}
  ): AudienceFeed<View> {
    if (this.#audiences.has(name)) throw new Error(`The audience ${name} is registered already.`)
    const audience: Audience = {
      name,
      view,
      follows: options.follows ?? 'presented',
      listeners: new Set()
    }
    this.#audiences.set(name, audience)
    return {
      name,
      subscribe: (listener) => {
        audience.listeners.add(listener)
        return () => void audience.listeners.delete(listener)
      },
      snapshot: (meetingId) => this.snapshot(meetingId, name) as Promise<LiveSnapshot<View>>
    }
  }

  /** The revision of an audience's view of a meeting (0 before any change). */
  rev(meetingId: string, audience: string): number {
    return this.#meetings.get(meetingId)?.views.get(audience)?.rev ?? 0
  }

  /** Publishes an accepted change (or undo/redo) of a meeting to every audience following it. */
  publish(meetingId: string, source: LiveSource): void {
    const stream = this.#stream(meetingId)
    stream.published = source
    for (const audience of this.#audiences.values()) this.#update(meetingId, stream, audience)
  }

  /** The presentation changed: views that depend on it are brought up to date. */
  presentationChanged(): void {
    const presented = this.presentation().meetingId
    for (const [meetingId, stream] of this.#meetings) {
      for (const audience of this.#audiences.values()) {
        if (audience.follows === 'presented' && meetingId !== presented) {
          // Nobody in this audience follows it any more: stop computing it. A later snapshot starts a
          // new revision, so a window holding the old view takes the new one.
          const state = stream.views.get(audience.name)
          if (state?.view) stream.views.set(audience.name, { rev: state.rev + 1, view: null })
        } else this.#update(meetingId, stream, audience)
      }
    }
  }

  /** A meeting was closed for good (deleted): its views are dropped, its revisions kept. */
  forget(meetingId: string): void {
    const stream = this.#meetings.get(meetingId)
    if (!stream) return
    stream.published = null
    for (const [name, state] of stream.views) {
      stream.views.set(name, { rev: state.rev + (state.view ? 1 : 0), view: null })
    }
  }

  /** An audience's whole view of a meeting at its current revision. */
  async snapshot(meetingId: string, audienceName: string): Promise<LiveSnapshot> {
    const audience = this.#audiences.get(audienceName)
    if (!audience) throw new Error(`No audience is called ${audienceName}.`)
    const stream = this.#stream(meetingId)
    if (!stream.published) {
      const loaded = await this.load(meetingId)
      // A change published while loading is newer than what was read.
      stream.published ??= loaded
    }
    const source = stream.published
    let state = stream.views.get(audienceName)
    if (!state?.view) {
      state = { rev: state?.rev ?? 0, view: this.#viewOf(audience, source) }
      stream.views.set(audienceName, state)
    }
    return { audience: audienceName, meetingId, rev: state.rev, view: state.view }
  }

  #stream(meetingId: string): MeetingStream {
    let stream = this.#meetings.get(meetingId)
    if (!stream) {
      stream = { published: null, views: new Map() }
      this.#meetings.set(meetingId, stream)
    }
    return stream
  }

  #viewOf(audience: Audience, source: LiveSource): object {
    return audience.view(source.meeting, this.presentation(), {
      canUndo: source.canUndo,
      canRedo: source.canRedo,
      ...(source.readOnly === undefined ? {} : { readOnly: source.readOnly })
    })
  }

  #update(meetingId: string, stream: MeetingStream, audience: Audience): void {
    const state = stream.views.get(audience.name)
    // Nobody has taken a snapshot of this view: nobody can follow its patches, so none are made.
    if (!state?.view || !stream.published) return
    if (audience.follows === 'presented' && this.presentation().meetingId !== meetingId) return
    const next = this.#viewOf(audience, stream.published)
    const patches = diffPatches(state.view, next)
    if (patches.length === 0) return
    const rev = state.rev + 1
    stream.views.set(audience.name, { rev, view: next })
    const message: LivePatch = { audience: audience.name, meetingId, rev, patches }
    for (const listener of audience.listeners) listener(message)
  }
}
