import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import type { RendererApi } from '../../../shared/ipc/contract'
import { createExportSlice } from './exportSlice'
import { createLibrarySlice } from './librarySlice'
import { createMeetingSlice } from './meetingSlice'
import { createPrepareSlice } from './prepareSlice'
import { createPresentationSlice } from './presentationSlice'
import type { AppState } from './types'
import { createUiSlice } from './uiSlice'

export type AppStore = StoreApi<AppState>

/**
 * Builds the renderer's one store from its slices. The API is injected so tests pass a fake and
 * nothing touches `window.api` at import time.
 */
export function createAppStore({ api }: { api: RendererApi }): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createUiSlice(api)(...a),
    ...createLibrarySlice(api)(...a),
    ...createExportSlice(api)(...a),
    ...createMeetingSlice(api)(...a),
    ...createPresentationSlice(api)(...a),
    ...createPrepareSlice(api)(...a)
  }))
}
