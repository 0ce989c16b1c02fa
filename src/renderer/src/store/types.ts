import type { StateCreator } from 'zustand/vanilla'
import type { RendererApi } from '../../../shared/ipc/contract'
import type { ExportSlice } from './exportSlice'
import type { LibrarySlice } from './librarySlice'
import type { MeetingSlice } from './meetingSlice'
import type { PrepareSlice } from './prepareSlice'
import type { ProjectedSlice } from './projectedSlice'
import type { PresentationSlice } from './presentationSlice'
import type { RoomSlice } from './roomSlice'
import type { UiSlice } from './uiSlice'

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
