import type { MeetingServiceDeps } from '../../../src/main/services/deps'
import { createMeetingService } from '../../../src/main/services/meetingService'
import type { ApiEventName, ApiEvents, ExportResult } from '../../../src/shared/ipc/contract'
import { tempDir, testContext } from '../storage/support'

export interface Harness {
  service: ReturnType<typeof createMeetingService>
  workspaceDir: string
  events: Array<{ event: ApiEventName; payload: ApiEvents[ApiEventName] }>
  /** Files the "user" picks in the open dialog, in order; null = cancel. */
  meetingPicks: Array<string | null>
  /** Folders the "user" picks in the export dialog; the last folder offered is recorded. */
  folderPicks: Array<string | null>
  offeredFolders: Array<string | null>
  /** The language each folder dialog was worded in. */
  dialogLanguages: string[]
  exported: Array<{ title: string; formats: string[]; folder: string }>
  opened: string[]
  shown: string[]
}

/** A meeting service on a fresh temp workspace with recorded, scriptable Electron parts. */
export async function serviceHarness(
  overrides: Partial<MeetingServiceDeps> = {},
  workspaceDir?: string
): Promise<Harness> {
  const ctx = testContext()
  const h: Harness = {
    service: undefined as never,
    workspaceDir: workspaceDir ?? (await tempDir()),
    events: [],
    meetingPicks: [],
    folderPicks: [],
    offeredFolders: [],
    dialogLanguages: [],
    exported: [],
    opened: [],
    shown: []
  }
  h.service = createMeetingService({
    workspaceDir: h.workspaceDir,
    now: ctx.now,
    newId: ctx.newId,
    broadcast: (event, payload) => h.events.push({ event, payload }),
    pickMeetingFile: () => Promise.resolve(h.meetingPicks.shift() ?? null),
    pickExportFolder: (last, language) => {
      h.offeredFolders.push(last)
      h.dialogLanguages.push(language)
      return Promise.resolve(h.folderPicks.shift() ?? null)
    },
    exportMeeting: (meeting, formats, folder): Promise<ExportResult> => {
      h.exported.push({ title: meeting.facts.title, formats, folder })
      return Promise.resolve({
        files: formats.map((format) => ({ format, path: `${folder}/minutes.${format}` })),
        warnings: []
      })
    },
    openPath: (file) => {
      h.opened.push(file)
      return Promise.resolve()
    },
    showInFolder: (file) => h.shown.push(file),
    ...overrides
  })
  return h
}

/** The names of the events broadcast so far, then forgets them. */
export function takeEvents(h: Harness): string[] {
  return h.events.splice(0).map((e) => e.event)
}
