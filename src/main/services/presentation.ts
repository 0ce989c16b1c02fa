import { INITIAL_PRESENTATION } from '../../shared/ipc/contract'
import type { Api, ApiEventName, ApiEvents, PresentationState } from '../../shared/ipc/contract'
import { addMinute, newCountdown, pause, start } from '../../shared/run/countdown'

/** The projector window as the presentation needs it; Electron's implementation lives in windows/. */
export interface ProjectorWindowControl {
  open(): Promise<void>
  close(): Promise<void>
}

export interface PresentationDeps {
  broadcast: <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => void
  /** Epoch milliseconds; the countdown runs on this clock. */
  nowMs: () => number
  projectorWindow: ProjectorWindowControl
  /** Told after every change, once the new state is current (views that depend on it follow). */
  onChanged?: (state: PresentationState) => void
}

/** The presentation's half of the renderer's API (as `Api` words it), and main's own calls. */
export type PresentationApi = Pick<
  Api,
  'getPresentation' | 'setPresentation' | 'controlCountdown' | 'openProjector' | 'closeProjector'
> & {
  /** Called by the Electron shell when the user closes the projector window by hand. */
  projectorClosed(): void
  /** The state now (main's own read, for the views computed from it). */
  presentationNow(): PresentationState
}

/**
 * Live presentation state shared by the facilitator and projector windows: kept in main, never saved,
 * broadcast on every change so both windows render from the same stream.
 */
export function createPresentation(deps: PresentationDeps): PresentationApi {
  let state: PresentationState = INITIAL_PRESENTATION
  const publish = (next: PresentationState): PresentationState => {
    state = next
    deps.broadcast('presentationChanged', state)
    deps.onChanged?.(state)
    return state
  }

  return {
    getPresentation: () => Promise.resolve(state),

    setPresentation(patch) {
      const { reflectionSeconds, ...rest } = patch
      const next: PresentationState = { ...state, ...rest }
      if (reflectionSeconds !== undefined) {
        next.reflectionUntil =
          reflectionSeconds === null ? null : deps.nowMs() + reflectionSeconds * 1000
      }
      // A different meeting starts with a clean projector.
      if (rest.meetingId !== undefined && rest.meetingId !== state.meetingId) {
        Object.assign(next, { countdown: null, countdownRoundId: null, reflectionUntil: null })
      }
      return Promise.resolve(publish(next))
    },

    controlCountdown(roundId, action, timeboxMinutes) {
      const now = deps.nowMs()
      const fresh = state.countdownRoundId !== roundId || !state.countdown || action === 'reset'
      const base = fresh ? newCountdown(timeboxMinutes) : state.countdown!
      const countdown =
        action === 'start'
          ? start(base, now)
          : action === 'pause'
            ? pause(base, now)
            : action === 'addMinute'
              ? addMinute(base, now)
              : base
      return Promise.resolve(publish({ ...state, countdown, countdownRoundId: roundId }))
    },

    async openProjector() {
      await deps.projectorWindow.open()
      return publish({ ...state, projectorOpen: true })
    },

    async closeProjector() {
      await deps.projectorWindow.close()
      return publish({ ...state, projectorOpen: false })
    },

    presentationNow: () => state,

    projectorClosed() {
      if (state.projectorOpen) publish({ ...state, projectorOpen: false })
    }
  }
}
