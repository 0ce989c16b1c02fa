import path from 'node:path'
import type { Meeting, MeetingSummary } from '../../shared/meeting/schema'
import { AppFailure } from '../../shared/result'
import { writeFileDurably } from './durableWrite'
import { isSafeId, preMigrationFile } from './layout'
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
): Promise<{ meeting: Meeting; migratedFrom: number | null; bytes: Buffer }> {
  const name = path.basename(file)
  let bytes: Buffer | null
  try {
    bytes = await readBytesIfExists(file)
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error
    throw new AppFailure('io_error', `${error.message} Nothing was imported.`)
  }
  if (bytes === null) throw new AppFailure('not_found', `The file “${name}” could not be found.`)
  const decoded = decodeMeeting(bytes)
  if (!decoded.ok) {
    throw new AppFailure(
      'damaged_file',
      `“${name}” could not be imported. ${decoded.error.message} Nothing was imported and the file was not changed.`
    )
  }
  return { ...decoded.value, bytes }
}

/**
 * Copies a meeting file from anywhere into the workspace after validating it. The original is never
 * changed. If its id is already used in the library (or unusable as a file name) it gets a new one.
 */
export async function importMeetingFile(
  workspace: Workspace,
  file: string
): Promise<{ meeting: Meeting; summary: MeetingSummary }> {
  const { meeting: read, migratedFrom, bytes } = await readForeignMeeting(file)
  const keepId = isSafeId(read.id) && !(await workspace.exists(read.id))
  const meeting = keepId ? read : { ...read, id: await workspace.freshId() }
  if (migratedFrom !== null) {
    await writeFileDurably(preMigrationFile(workspace.layout, meeting.id, migratedFrom), bytes)
  }
  const summary = await workspace.save(meeting)
  return { meeting, summary }
}
