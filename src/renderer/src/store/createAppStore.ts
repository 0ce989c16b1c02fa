import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import type { RendererApi } from '../../../shared/ipc/contract'
import { createExportSlice } from './exportSlice'
import { createLibrarySlice } from './librarySlice'
import { createMeetingSlice } from './meetingSlice'
import { createPrepareSlice } from './prepareSlice'
import { createPresentationSlice } from './presentationSlice'
import { createProjectedSlice } from './projectedSlice'
import { createRoomSlice } from './roomSlice'
import type { AppState } from './types'
import { createUiSlice } from './uiSlice'

export type AppStore = StoreApi<AppState>

/**
 * Builds the renderer's one store from its slices, following main's live patches for this window's
 * audience. The API is injected so tests pass a fake and nothing touches `window.api` at import time.
 */
export function createAppStore({ api }: { api: RendererApi }): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createUiSlice(api)(...a),
    ...createLibrarySlice(api)(...a),
    ...createExportSlice(api)(...a),
    ...createMeetingSlice(api)(...a),
    ...createPresentationSlice(api)(...a),
    ...createRoomSlice(api)(...a),
    ...createPrepareSlice(api)(...a),
    ...createProjectedSlice(api)(...a)
  }))
  // Main sends each window only its own audience's patches.
  api.on('livePatch', (message) => {
    if (message.audience === 'projector') store.getState().receiveProjectedPatch(message)
    else store.getState().receiveMeetingPatch(message)
  })
  return store
}
