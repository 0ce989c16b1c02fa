import type { StateCreator, StoreApi } from 'zustand/vanilla'
import type { RendererApi } from '../../../shared/ipc/contract'
import type { ExportSlice } from './exportSlice'
import type { LibrarySlice } from './librarySlice'
import type { MeetingSlice } from './meetingSlice'
import type { PrepareSlice } from './prepareSlice'
import type { ProjectedSlice } from './projectedSlice'
import type { PresentationSlice } from './presentationSlice'
import type { RoomSlice } from './roomSlice'
import type { ErrorScope, UiSlice } from './uiSlice'
import type { Result } from '../../../shared/result'

/** The whole renderer state: one store composed of slices. */
export type AppState = ExportSlice &
  LibrarySlice &
  MeetingSlice &
  PrepareSlice &
  ProjectedSlice &
  PresentationSlice &
  RoomSlice &
  UiSlice

/** A slice creator that sees the whole state and receives the injected API. */
export type SliceCreator<Slice> = (api: RendererApi) => StateCreator<AppState, [], [], Slice>

/**
 * For calls whose reply is the new value of one state field (the presentation, the room): runs the
 * request under `scope` (a refusal is filed there) and keeps the reply, so this window is current
 * even before main's broadcast. Resolves whether it succeeded.
 */
export const keepReply =
  <K extends keyof AppState>(
    set: StoreApi<AppState>['setState'],
    get: StoreApi<AppState>['getState'],
    key: K
  ) =>
  async (scope: ErrorScope, request: Promise<Result<AppState[K]>>): Promise<boolean> => {
    const result = await get().track(scope, request)
    if (result.ok) set({ [key]: result.value } as Pick<AppState, K>)
    return result.ok
  }
