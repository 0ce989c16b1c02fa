import { lstat, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import type { MeetingSummary } from '../../shared/meeting/schema'
import type { TrashEntry } from '../../shared/ipc/contract'
import { AppFailure } from '../../shared/result'
import { fsyncDir, mkdirDurably, renameWithRetry, writeFileDurably } from './durableWrite'
import { settleWrites } from './fileWriters'
import { isSafeId, meetingFile } from './layout'
import { decodeMeeting } from './meetingCodec'
import { summaryOf } from './summary'
import { TRASH_ENTRY_FILE } from './trashDebris'
import type { Workspace } from './workspace'
import { readTextIfExists } from './workspace'
import { folderNames } from './folderNames'

const ENTRY_FILE = TRASH_ENTRY_FILE
const trashRecordSchema = z.object({
  trashId: z.string(),
  meetingId: z.string(),
  title: z.string(),
  deletedAt: z.string()
})
type TrashRecord = z.infer<typeof trashRecordSchema>

/** The meeting's own files in meetings/: `<id>.json`, its `.bak` and pre-migration copies. */
async function filesOf(dir: string, id: string): Promise<string[]> {
  const names = await readdir(dir)
  return names.filter((name) => name.startsWith(`${id}.`) && !name.endsWith('.tmp'))
}

/**
 * Moves a meeting and its backups into `trash/<trashId>/`, with an entry.json describing it.
 * The move of the meeting file itself is the commit point: before it the meeting is still in the
 * library, after it the meeting is in the trash (an entry without its file is ignored and tidied).
 */
export async function moveToTrash(workspace: Workspace, id: string): Promise<TrashEntry> {
  const { layout, ctx } = workspace
  const file = meetingFile(layout, id)
  // Anything under the name may be deleted, even a file that cannot be read (a folder, a pipe).
  if (!isSafeId(id) || (await lstat(file).catch(() => null)) === null) {
    throw new AppFailure('not_found', { key: 'meetingNotInLibrary' })
  }
  await settleWrites(file)
  const record: TrashRecord = {
    trashId: ctx.newId(),
    meetingId: id,
    title: workspace.summary(id)?.title ?? '',
    deletedAt: ctx.now()
  }
  const folder = path.join(layout.trash, record.trashId)
  // The folder's name must be durable before the meeting moves into it (fsync of trash/).
  await mkdirDurably(folder)
  await writeFileDurably(path.join(folder, ENTRY_FILE), `${JSON.stringify(record)}\n`)
  const names = await filesOf(layout.meetings, id)
  // The meeting file first: it is what makes the meeting "in the trash".
  names.sort((a, b) => Number(b === `${id}.json`) - Number(a === `${id}.json`))
  for (const name of names) {
    await renameWithRetry(path.join(layout.meetings, name), path.join(folder, name))
  }
  await fsyncDir(folder)
  await fsyncDir(layout.meetings)
  await workspace.library.setArchived(id, false)
  workspace.forget(id)
  return { trashId: record.trashId, title: record.title, deletedAt: record.deletedAt }
}

async function readRecord(folder: string): Promise<TrashRecord | null> {
  const text = await readTextIfExists(path.join(folder, ENTRY_FILE))
  if (text === null) return null
  try {
    const parsed = trashRecordSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Deleted meetings that can be restored, most recently deleted first. */
export async function listTrash(workspace: Workspace): Promise<TrashEntry[]> {
  const entries: TrashEntry[] = []
  const names = await folderNames(workspace.layout.trash)
  for (const name of names) {
    const folder = path.join(workspace.layout.trash, name)
    const record = await readRecord(folder).catch(() => null)
    if (!record || record.trashId !== name) continue
    const meetingFile = path.join(folder, `${record.meetingId}.json`)
    if ((await lstat(meetingFile).catch(() => null)) === null) continue
    entries.push({ trashId: record.trashId, title: record.title, deletedAt: record.deletedAt })
  }
  return entries.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))
}

/**
 * Puts a deleted meeting back in the library. If its id is taken meanwhile (the same file imported
 * again), it comes back under a new id so nothing is overwritten.
 */
export async function restoreFromTrash(
  workspace: Workspace,
  trashId: string
): Promise<MeetingSummary> {
  const { layout } = workspace
  const folder = path.join(layout.trash, trashId)
  const record = isSafeId(trashId) ? await readRecord(folder) : null
  const trashedFile = record && path.join(folder, `${record.meetingId}.json`)
  const text = trashedFile && (await readTextIfExists(trashedFile))
  if (!record || !text) throw new AppFailure('not_found', { key: 'meetingGoneFromTrash' })
  const decoded = decodeMeeting(text)
  if (!decoded.ok) {
    throw new AppFailure('damaged_file', {
      key: 'restoreFailed',
      title: record.title,
      cause: decoded.error.reason,
      folder
    })
  }
  const sameId = isSafeId(record.meetingId) && !(await workspace.exists(record.meetingId))
  let summary: MeetingSummary
  if (sameId) {
    const id = record.meetingId
    const names = await filesOf(folder, id)
    // The meeting file last: once it is back, the meeting is in the library again.
    names.sort((a, b) => Number(a === `${id}.json`) - Number(b === `${id}.json`))
    for (const name of names) {
      await renameWithRetry(path.join(folder, name), path.join(layout.meetings, name))
    }
    await fsyncDir(layout.meetings)
    const { meeting } = await workspace.load(id)
    summary = workspace.summary(id) ?? summaryOf(meeting, false)
  } else {
    summary = await workspace.save({ ...decoded.value.meeting, id: await workspace.freshId() })
  }
  await rm(folder, { recursive: true, force: true })
  await fsyncDir(layout.trash)
  return summary
}
