import type {
  ApiEventName,
  ApiEvents,
  ExportFormat,
  ExportResult,
  WindowAudience
} from '../../shared/ipc/contract'
import type { Locale } from '../../shared/i18n/locale'
import type { Meeting } from '../../shared/meeting/schema'
import type { UndrawableCharacter } from '../../shared/minutes/glyphCoverage'
import type { RoomControl } from '../room/roomBridge'
import type { ProjectorWindowControl } from './presentation'

/** What the meeting service needs from the outside: Electron dialogs and shell, export, clock, ids. */
export interface MeetingServiceDeps {
  workspaceDir: string
  /** The current time as an ISO timestamp. */
  now: () => string
  newId: () => string
  /** Sends an event to the windows of one audience, or to every window when none is named. */
  broadcast: <E extends ApiEventName>(
    event: E,
    payload: ApiEvents[E],
    audience?: WindowAudience
  ) => void
  /** Native open dialog in Electron; tests inject. Null when the user cancels. */
  pickMeetingFile: () => Promise<string | null>
  /** The folder dialog, worded in the exported meeting's language. */
  pickExportFolder: (lastFolder: string | null, language: Locale) => Promise<string | null>
  exportMeeting: (
    meeting: Meeting,
    formats: ExportFormat[],
    folder: string
  ) => Promise<ExportResult>
  /** The characters the PDF minutes cannot draw; defaults to asking the PDF worker thread. */
  checkPdf?: (meeting: Meeting) => Promise<UndrawableCharacter[]>
  openPath: (path: string) => Promise<void>
  showInFolder: (path: string) => void
  /** Epoch milliseconds for the round countdown; defaults to Date.now. */
  nowMs?: () => number
  /** The projector window (Electron); without one, opening only records that it is open. */
  projectorWindow?: ProjectorWindowControl
  /** Room join (phones); without it, the room methods refuse with a plain sentence. */
  room?: RoomControl
}
