import type { ExportFormat, ExportResult } from '../../../shared/ipc/contract'
import type { UndrawableCharacter } from '../../../shared/minutes/glyphCoverage'
import type { ErrorScope } from './uiSlice'
import type { SliceCreator } from './types'

/** Where the minutes export stands; kept in the store so it survives moving between stages. */
export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'running'; meetingId: string }
  | { kind: 'cancelled'; meetingId: string }
  | { kind: 'done'; meetingId: string; result: ExportResult }

export interface ExportSlice {
  exportStatus: ExportStatus
  /** The folder this session last exported to (main also remembers it for its folder dialog). */
  lastExportFolder: string | null
  /**
   * Exports the open meeting's minutes. With `folder` null main asks for a folder first; a cancelled
   * dialog is not an error. Runs in main, so capture keeps working meanwhile.
   */
  exportMinutes: (
    formats: ExportFormat[],
    folder: string | null,
    scope?: ErrorScope
  ) => Promise<boolean>
  /** Opens an exported file, or shows it in its folder. */
  revealExport: (path: string, how: 'open' | 'show', scope?: ErrorScope) => Promise<boolean>
  /** What the PDF of the open meeting could not draw, as of the meeting's last change. */
  pdfCheck: { meetingId: string; updatedAt: string; undrawable: UndrawableCharacter[] } | null
  /** Asks main which characters the PDF minutes would not draw (nothing is written). */
  checkPdf: (scope?: ErrorScope) => Promise<void>
}

/** The folder part of a path written by main (either separator). */
export function folderOf(filePath: string): string | null {
  const cut = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'))
  return cut > 0 ? filePath.slice(0, cut) : null
}

export const createExportSlice: SliceCreator<ExportSlice> = (api) => (set, get) => ({
  exportStatus: { kind: 'idle' },
  lastExportFolder: null,
  exportMinutes: async (formats, folder, scope = 'stage') => {
    const meetingId = get().current?.meeting.id
    if (!meetingId || get().exportStatus.kind === 'running') return false
    set({ exportStatus: { kind: 'running', meetingId } })
    const result = await get().track(scope, api.exportMinutes(meetingId, formats, folder))
    if (!result.ok) {
      set({ exportStatus: { kind: 'idle' } })
      return false
    }
    if (result.value === null) {
      set({ exportStatus: { kind: 'cancelled', meetingId } })
      return false
    }
    const first = result.value.files[0]
    set({
      exportStatus: { kind: 'done', meetingId, result: result.value },
      lastExportFolder: (first && folderOf(first.path)) ?? get().lastExportFolder
    })
    return true
  },
  revealExport: async (path, how, scope = 'stage') =>
    (await get().track(scope, api.revealExport(path, how))).ok,
  pdfCheck: null,
  checkPdf: async (scope = 'stage') => {
    const meeting = get().current?.meeting
    if (!meeting) return
    const { id: meetingId, updatedAt } = meeting
    const result = await get().track(scope, api.checkMinutesPdf(meetingId))
    // A later change may have asked again meanwhile; keep only the answer for the newest state.
    if (result.ok && get().current?.meeting.updatedAt === updatedAt)
      set({ pdfCheck: { meetingId, updatedAt, undrawable: result.value } })
  }
})
