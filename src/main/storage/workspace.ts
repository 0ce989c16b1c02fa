import { lstat, stat } from 'node:fs/promises'
import path from 'node:path'
import { Low } from 'lowdb'
import type { CommandContext } from '../../shared/meeting/context'
import type { Meeting, MeetingSummary } from '../../shared/meeting/schema'
import type { NoticeReason } from '../../shared/errors/reasons'
import type { ErrorReason } from '../../shared/result'
import { AppFailure } from '../../shared/result'
import { DurableJsonFile } from './durableFile'
import { cleanStrayTempFiles, mkdirDurably, writeFileDurably } from './durableWrite'
import { errorCode } from './errorCode'
import { settleAllWrites, settleWrites, writeQueued } from './fileWriters'
import type { WorkspaceLayout } from './layout'
import {
  backupFile,
  beforeRepairFile,
  isSafeId,
  meetingFile,
  preMigrationFile,
  workspaceLayout
} from './layout'
import { Library, SettingsFile } from './library'
import type { DecodedMeeting } from './meetingCodec'
import { decodeMeeting, encodeMeetingChunks, isFromNewerVersion } from './meetingCodec'
import { MeetingIndex } from './meetingIndex'
import { moveToQuarantine } from './quarantine'
import { readRegularFile, UnreadableFileError } from './regularFile'
import { byNewest, summaryOf } from './summary'
import { tidyTrash } from './trashDebris'
import type { ReleaseLock } from './workspaceLock'
import { acquireWorkspaceLock, lockLost } from './workspaceLock'

/**
 * A file's text, or null when there is no such file; UnreadableFileError (naming the file and the
 * reason) for anything that is not a readable regular file (see regularFile.ts).
 */
export async function readTextIfExists(file: string): Promise<string | null> {
  return (await readRegularFile(file))?.toString('utf-8') ?? null
}

/** A file's bytes, or null when there is no such file; UnreadableFileError as readTextIfExists. */
export const readBytesIfExists = readRegularFile

/**
 * The meeting files of one workspace folder (see layout.ts): loading with validation, migration
 * backups and quarantine; durable saves through lowdb; the library index and archive flags.
 * Trash, import and templates build on it (trash.ts, importMeeting.ts, templates.ts).
 * Everything here runs in the main process only, one instance per workspace.
 */
export class Workspace {
  private constructor(
    readonly layout: WorkspaceLayout,
    readonly ctx: CommandContext,
    readonly index: MeetingIndex,
    readonly library: Library,
    readonly settings: SettingsFile,
    private readonly releaseLock: ReleaseLock
  ) {}

  /**
   * Opens (creating if needed) a workspace folder: the writer lock (see workspaceLock.ts), folders,
   * stray temp files, index, flags. Refuses with AppFailure('in_use') while another running
   * Northstar process has it open.
   */
  static async open(root: string, ctx: CommandContext): Promise<Workspace> {
    const layout = workspaceLayout(root)
    // Durably, up to the root's parent: a new workspace must not vanish in a power cut.
    await mkdirDurably(layout.root)
    const now = ctx.now()
    const releaseLock = await acquireWorkspaceLock(layout.root, now)
    try {
      for (const dir of [layout.root, layout.meetings, layout.templates, layout.trash]) {
        await mkdirDurably(dir)
        await cleanStrayTempFiles(dir)
      }
      await tidyTrash(layout.trash)
      const library = await Library.open(layout, now)
      const settings = await SettingsFile.open(layout, now)
      const index = await MeetingIndex.open(layout, now)
      return new Workspace(layout, ctx, index, library, settings, releaseLock)
    } catch (error) {
      await releaseLock()
      throw error
    }
  }

  /** Every meeting, newest first, from the index (no meeting file is parsed). */
  list(): MeetingSummary[] {
    return this.index
      .summaries()
      .map((summary) => ({ ...summary, archived: this.library.isArchived(summary.id) }))
      .sort(byNewest)
  }

  summary(id: string): MeetingSummary | undefined {
    const entry = this.index.get(id)
    return entry && { ...entry.summary, archived: this.library.isArchived(id) }
  }

  /** Whether a meeting with this id is in the library (indexed or on disk). */
  async exists(id: string): Promise<boolean> {
    if (this.index.has(id)) return true
    try {
      // lstat: a name taken by anything (a symbolic link loop, a folder) counts as taken.
      await lstat(meetingFile(this.layout, id))
      return true
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return false
      throw error
    }
  }

  /**
   * Reads, migrates and validates a meeting. A damaged file is moved to quarantine and the caller
   * gets an AppFailure('damaged_file') saying where it went and whether a last good copy was put back.
   * When the file was migrated, its original bytes are kept (once) as `<id>.v<N>.json` before any save;
   * when it was repaired (see repairMeeting), as `<id>.before-repair.json`, and `repairs` holds one
   * notice for the facilitator saying what changed and where the original is. A meeting over the
   * limits (`overLimits` not empty) is the caller's to keep read-only: it is never saved.
   */
  async load(id: string): Promise<DecodedMeeting> {
    if (!isSafeId(id)) throw new AppFailure('not_found', { key: 'meetingNotInLibrary' })
    const file = meetingFile(this.layout, id)
    await settleWrites(file)
    let bytes: Buffer | null
    try {
      bytes = await readBytesIfExists(file)
    } catch (error) {
      // A folder, a pipe, a link loop, a file Northstar may not read: set aside, the rest works on.
      if (error instanceof UnreadableFileError) return this.#setAside(id, file, error.reason)
      throw error
    }
    if (bytes === null) {
      this.index.remove(id)
      throw new AppFailure('not_found', { key: 'meetingGoneFromLibrary' })
    }
    const decoded = decodeMeeting(bytes)
    if (!decoded.ok && isFromNewerVersion(bytes.toString('utf-8'))) {
      throw new AppFailure('damaged_file', {
        key: 'fileNotOpened',
        file: path.basename(file),
        cause: decoded.error.reason
      })
    }
    if (!decoded.ok) return this.#setAside(id, file, decoded.error.reason)
    const { migratedFrom, overLimits, unknownFields } = decoded.value
    const repairs: NoticeReason[] =
      unknownFields.length === 0
        ? decoded.value.repairs
        : [
            ...decoded.value.repairs,
            { key: 'unknownFieldsLeftOut', fields: unknownFields, when: 'open' }
          ]
    // A file renamed by hand keeps the id its name says, so the index and the file agree.
    const meeting =
      decoded.value.meeting.id === id ? decoded.value.meeting : { ...decoded.value.meeting, id }
    if (migratedFrom !== null) await this.#keepPreMigrationCopy(id, migratedFrom, bytes)
    const stats = await stat(file)
    this.index.put({
      summary: summaryOf(meeting, false, overLimits.length > 0),
      size: stats.size,
      mtimeMs: stats.mtimeMs
    })
    if (repairs.length === 0) return { meeting, migratedFrom, repairs, overLimits, unknownFields }
    // The file as it was, before the repairs reach it with the next save (kept once).
    const copy = beforeRepairFile(this.layout, id)
    if ((await readTextIfExists(copy).catch(() => null)) === null)
      await writeFileDurably(copy, bytes)
    const notice: NoticeReason = { key: 'repairedOnOpen', notes: repairs, copy }
    return { meeting, migratedFrom, repairs: [notice], overLimits, unknownFields }
  }

  async #keepPreMigrationCopy(id: string, version: number, bytes: Uint8Array): Promise<void> {
    const copy = preMigrationFile(this.layout, id, version)
    if ((await readTextIfExists(copy)) !== null) return
    await writeFileDurably(copy, bytes)
  }

  /** Moves a damaged meeting file aside and puts back its last good copy if there is a valid one. */
  async #setAside(id: string, file: string, cause: ErrorReason): Promise<never> {
    const title = this.index.get(id)?.summary.title ?? ''
    const where = await moveToQuarantine(this.layout, file, this.ctx.now())
    const backupText = await readTextIfExists(backupFile(file)).catch(() => null)
    const backup = backupText === null ? null : decodeMeeting(backupText)
    if (backupText !== null && backup?.ok) {
      const written = await writeQueued(file, backupText)
      const meeting = { ...backup.value.meeting, id }
      const readOnly = backup.value.overLimits.length > 0
      this.index.put({ summary: summaryOf(meeting, false, readOnly), ...written })
      throw new AppFailure('damaged_file', {
        key: 'setAside',
        title,
        cause,
        where,
        restoredFrom: meeting.updatedAt
      })
    }
    this.index.remove(id)
    throw new AppFailure('damaged_file', {
      key: 'setAside',
      title,
      cause,
      where,
      restoredFrom: null
    })
  }

  /**
   * Saves a meeting durably (the last good copy is refreshed first) and updates the index.
   * Resolves only when the bytes containing this version are on disk.
   */
  /**
   * One lowdb database per meeting file, kept while the workspace is open: lowdb holds the data and
   * writes through the durable adapter (the file's single writer lives in fileWriters). Loading
   * bypasses lowdb's read so the raw bytes of a damaged file can be validated and quarantined.
   */
  readonly #dbs = new Map<string, Low<Meeting> & { adapter: DurableJsonFile<Meeting> }>()

  #dbFor(id: string): Low<Meeting> & { adapter: DurableJsonFile<Meeting> } {
    let db = this.#dbs.get(id)
    if (!db) {
      const file = meetingFile(this.layout, id)
      const adapter = new DurableJsonFile<Meeting>(
        file,
        { backupPath: backupFile(file) },
        encodeMeetingChunks
      )
      db = new Low<Meeting>(adapter, null as unknown as Meeting) as Low<Meeting> & {
        adapter: DurableJsonFile<Meeting>
      }
      this.#dbs.set(id, db)
    }
    return db
  }

  /**
   * Saves a meeting durably and records its summary. `readOnly`: the meeting is over a limit (an
   * import copies such a file in whole; the app never saves one otherwise), so the library marks it.
   */
  async save(meeting: Meeting, { readOnly = false } = {}): Promise<MeetingSummary> {
    if (!isSafeId(meeting.id)) throw new AppFailure('invalid_input', { key: 'badMeetingId' })
    // Another Northstar took the workspace over while this one was not heard from: never two writers.
    if (lockLost(this.layout.root)) {
      throw new AppFailure('in_use', { key: 'workspaceTakenOver', root: this.layout.root })
    }
    const db = this.#dbFor(meeting.id)
    const seq = this.index.nextSeq(meeting.id)
    db.data = meeting
    await db.write()
    const summary = summaryOf(meeting, false, readOnly)
    // The writer reports the size and time of what it wrote: no second look at the file.
    const stats = db.adapter.written ?? { size: -1, mtimeMs: -1 }
    this.index.put({ summary, size: stats.size, mtimeMs: stats.mtimeMs }, seq)
    return { ...summary, archived: this.library.isArchived(meeting.id) }
  }

  async setArchived(id: string, archived: boolean): Promise<MeetingSummary> {
    if (!this.index.has(id)) throw new AppFailure('not_found', { key: 'meetingNotInLibrary' })
    await this.library.setArchived(id, archived)
    const summary = this.summary(id)
    if (!summary) throw new AppFailure('not_found', { key: 'meetingNotInLibrary' })
    return summary
  }

  /** Stops tracking a meeting that left meetings/ (moved to the trash). */
  forget(id: string): void {
    this.index.remove(id)
    this.#dbs.delete(id)
  }

  /** A fresh id that no meeting in the library uses. */
  async freshId(): Promise<string> {
    for (;;) {
      const id = this.ctx.newId()
      if (isSafeId(id) && !(await this.exists(id))) return id
    }
  }

  /** Waits for every pending write and writes the index. */
  async flush(): Promise<void> {
    await settleAllWrites()
    await this.index.writeNow()
  }

  /** Flushes, then lets another Northstar process open the folder. */
  async close(): Promise<void> {
    try {
      await this.flush()
    } finally {
      await this.releaseLock()
    }
  }
}
