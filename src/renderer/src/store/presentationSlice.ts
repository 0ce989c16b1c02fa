import type {
  CountdownAction,
  PresentationPatch,
  PresentationState
} from '../../../shared/ipc/contract'
import type { ErrorScope } from './uiSlice'
import { keepReply, type SliceCreator } from './types'

export interface PresentationSlice {
  /** What the projector shows besides the meeting (blank, freeze, theme, countdown…); null until loaded. */
  presentation: PresentationState | null
  /** Reads the presentation state from main (once at start; afterwards it arrives by broadcast). */
  loadPresentation: () => Promise<boolean>
  /** Changes blank/freeze/theme/meeting/reflection pause; a refusal is shown under `scope`. */
  setPresentation: (patch: PresentationPatch, scope?: ErrorScope) => Promise<boolean>
  /** Starts, pauses, extends or resets a round's countdown on main's clock. */
  controlCountdown: (
    roundId: string,
    action: CountdownAction,
    timeboxMinutes: number,
    scope?: ErrorScope
  ) => Promise<boolean>
  /** Opens (or focuses) the projector window. */
  openProjector: (scope?: ErrorScope) => Promise<boolean>
  closeProjector: (scope?: ErrorScope) => Promise<boolean>
  /** main's presentationChanged broadcast: the same state every window sees. */
  receivePresentationChanged: (state: PresentationState) => void
}

export const createPresentationSlice: SliceCreator<PresentationSlice> = (api) => (set, get) => {
  const keep = keepReply(set, get, 'presentation')
  return {
    presentation: null,
    loadPresentation: () => keep('meeting', api.getPresentation()),
    setPresentation: (patch, scope = 'meeting') => keep(scope, api.setPresentation(patch)),
    controlCountdown: (roundId, action, timeboxMinutes, scope = 'stage') =>
      keep(scope, api.controlCountdown(roundId, action, timeboxMinutes)),
    openProjector: (scope = 'meeting') => keep(scope, api.openProjector()),
    closeProjector: (scope = 'meeting') => keep(scope, api.closeProjector()),
    receivePresentationChanged: (state) => set({ presentation: state })
  }
}
