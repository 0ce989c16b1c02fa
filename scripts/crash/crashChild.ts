import { createMeetingService } from '../../src/main/services/meetingService'
import type { MeetingService } from '../../src/main/services/meetingService'

/** What every crash-test child starts with: its arguments and the real meeting service on disk. */
export interface CrashChild {
  meetingId: string
  /** Tags the ids and texts this child writes. */
  label: string
  service: MeetingService
  /** Prints one line; synchronous on Linux pipes and files, so an ACK is never printed before it is true. */
  say: (line: string) => void
}

/** Reads `<workspaceDir> <meetingId> <label>` and opens the real service (no dialogs, no export). */
export function startCrashChild(name: string): CrashChild {
  const [workspaceDir, meetingId, label] = process.argv.slice(2)
  if (!workspaceDir || !meetingId || !label) {
    process.stderr.write(`usage: ${name} <workspaceDir> <meetingId> <label>\n`)
    process.exit(2)
  }
  let counter = 0
  const unavailable = (): never => {
    throw new Error('not available in the crash test')
  }
  const service = createMeetingService({
    workspaceDir,
    now: () => new Date().toISOString(),
    newId: () => `${label}x${(counter++).toString(36)}`,
    broadcast: () => undefined,
    pickMeetingFile: unavailable,
    pickExportFolder: unavailable,
    exportMeeting: unavailable,
    openPath: unavailable,
    showInFolder: unavailable
  })
  return { meetingId, label, service, say: (line) => void process.stdout.write(`${line}\n`) }
}
