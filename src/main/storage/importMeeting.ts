import path from 'node:path'
import type { Meeting, MeetingSummary } from '../../shared/meeting/schema'
import { AppFailure } from '../../shared/result'
import { writeFileDurably } from './durableWrite'
import { isSafeId, preMigrationFile } from './layout'
import type { Notice, NoticeReason } from '../../shared/errors/reasons'
import type { DecodedMeeting } from './meetingCodec'
import { decodeMeeting } from './meetingCodec'
import { UnreadableFileError } from './regularFile'
import type { Workspace } from './workspace'
import { readBytesIfExists } from './workspace'

/** Whether `file` is a meeting file inside this workspace's meetings folder; its id if so. */
export function workspaceMeetingId(workspace: Workspace, file: string): string | null {
  const resolved = path.resolve(file)
  if (path.dirname(resolved) !== workspace.layout.meetings) return null
  const match = /^(.+)\.json$/.exec(path.basename(resolved))
  return match?.[1] && isSafeId(match[1]) ? match[1] : null
}

/** Reads and validates a meeting file from anywhere on disk, without touching it. */
export async function readForeignMeeting(
  file: string
): Promise<DecodedMeeting & { bytes: Buffer }> {
  const name = path.basename(file)
  let bytes: Buffer | null
  try {
    bytes = await readBytesIfExists(file)
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error
    throw new AppFailure('io_error', { key: 'importUnreadable', cause: error.reason })
  }
  if (bytes === null) throw new AppFailure('not_found', { key: 'importMissing', file: name })
  const decoded = decodeMeeting(bytes)
  if (!decoded.ok) {
    throw new AppFailure('damaged_file', {
      key: 'importFailed',
      file: name,
      cause: decoded.error.reason
    })
  }
  return { ...decoded.value, bytes }
}

/**
 * What the user is told after importing `name`, as reasons the renderer words: what was repaired, which fields this version does
 * not know were left out, and that a meeting over the limits opens read-only. Null if nothing.
 */
export function importNotice(name: string, decoded: DecodedMeeting): Notice | null {
  const changes: NoticeReason[] = [...decoded.repairs]
  if (decoded.unknownFields.length > 0)
    changes.push({ key: 'unknownFieldsLeftOut', fields: decoded.unknownFields, when: 'import' })
  const said: Notice = []
  if (changes.length > 0) said.push({ key: 'importChanged', file: name, notes: changes })
  if (decoded.overLimits.length > 0)
    said.push({ key: 'overLimitsReadOnly', overLimits: decoded.overLimits })
  return said.length > 0 ? said : null
}

/**
 * Copies a meeting file from anywhere into the workspace after validating it. The original is never
 * changed. If its id is already used in the library (or unusable as a file name) it gets a new one.
 * `notice` says what the import changed (see importNotice).
 */
export async function importMeetingFile(
  workspace: Workspace,
  file: string
): Promise<{ meeting: Meeting; summary: MeetingSummary; notice: Notice | null }> {
  const decoded = await readForeignMeeting(file)
  const { meeting: read, migratedFrom, bytes } = decoded
  const keepId = isSafeId(read.id) && !(await workspace.exists(read.id))
  const meeting = keepId ? read : { ...read, id: await workspace.freshId() }
  if (migratedFrom !== null) {
    await writeFileDurably(preMigrationFile(workspace.layout, meeting.id, migratedFrom), bytes)
  }
  const summary = await workspace.save(meeting, { readOnly: decoded.overLimits.length > 0 })
  return { meeting, summary, notice: importNotice(path.basename(file), decoded) }
}
