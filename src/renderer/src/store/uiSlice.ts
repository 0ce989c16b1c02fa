import type { Result } from '../../../shared/result'
import { strings } from '../strings'
import type { SliceCreator } from './types'

/**
 * Where an error is shown: next to the part of the screen that made the request.
 * `row:<meetingId>` is a meeting's row in the library; `field:<name>` is one form field.
 */
export type ErrorScope =
  'library' | 'newMeeting' | 'meeting' | 'stage' | 'capture' | `row:${string}` | `field:${string}`

/** A short-lived notice at the bottom of the screen, optionally with an undo. */
export type Toast =
  { kind: 'deleted'; trashId: string; title: string } | { kind: 'info'; message: string }

export interface UiSlice {
  /** Human-readable messages by where they happened. */
  errors: Partial<Record<ErrorScope, string>>
  toast: Toast | null
  reportError: (scope: ErrorScope, message: string) => void
  clearError: (scope: ErrorScope) => void
  showToast: (toast: Toast) => void
  dismissToast: () => void
  /**
   * An idea search asked to show: search opens the idea's round; the Rounds stage then selects the
   * idea, scrolls to it once that round is on screen, and clears the request.
   */
  ideaJumpId: string | null
  requestIdeaJump: (ideaId: string | null) => void
  /**
   * Awaits an API call and files its outcome under `scope`: a refusal's message is shown there and a
   * success clears it. A broken channel becomes a plain sentence too, never a stack trace.
   */
  track: <T>(scope: ErrorScope, request: Promise<Result<T>>) => Promise<Result<T>>
}

export const createUiSlice: SliceCreator<UiSlice> = () => (set, get) => ({
  errors: {},
  toast: null,
  reportError: (scope, message) => set((s) => ({ errors: { ...s.errors, [scope]: message } })),
  clearError: (scope) => {
    if (get().errors[scope] === undefined) return
    set((s) => {
      const errors = { ...s.errors }
      delete errors[scope]
      return { errors }
    })
  },
  showToast: (toast) => set({ toast }),
  dismissToast: () => set({ toast: null }),
  ideaJumpId: null,
  requestIdeaJump: (ideaJumpId) => set({ ideaJumpId }),
  track: async (scope, request) => {
    let result: Awaited<typeof request>
    try {
      result = await request
    } catch {
      result = { ok: false, error: { code: 'internal', reason: { key: 'storageUnreachable' } } }
    }
    if (result.ok) get().clearError(scope)
    else get().reportError(scope, strings.errors.reason(result.error.reason))
    return result
  }
})
