import { lstat, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Low } from 'lowdb'
import { z } from 'zod'
import type { MeetingSummary } from '../../shared/meeting/schema'
import { meetingSummarySchema } from '../../shared/meeting/schema'
import { errorCode } from './errorCode'
import type { WorkspaceLayout } from './layout'
import { isSafeId, meetingFile } from './layout'
import { decodeMeeting } from './meetingCodec'
import { readRegularFile, UnreadableFileError } from './regularFile'
import { moveToQuarantine } from './quarantine'
import { openSmallJsonFile } from './smallJsonFile'
import { summaryOf } from './summary'

const entrySchema = z.object({
  summary: meetingSummarySchema,
  /** Size and mtime of the file the summary was taken from: a mismatch means "read it again". */
  size: z.number(),
  mtimeMs: z.number()
})
export type IndexEntry = z.infer<typeof entrySchema>
const indexFileSchema = z.object({ version: z.literal(1), entries: z.array(entrySchema) })
type IndexFile = z.infer<typeof indexFileSchema>

/** How long index writes are held back: the index is a cache, so a burst of saves writes it once. */
const INDEX_WRITE_DELAY_MS = 400

/**
 * The small index of the library: one MeetingSummary per meeting file, so listing 500 meetings reads
 * one file and stats the folder instead of parsing 500 files. It is a cache: on open it is checked
 * against meetings/ (missing files dropped, new or changed files read) and rebuilt if unreadable.
 */
export class MeetingIndex {
  readonly #entries = new Map<string, IndexEntry>()
  readonly #saveSeq = new Map<string, number>()
  #timer: NodeJS.Timeout | null = null

  private constructor(
    private readonly layout: WorkspaceLayout,
    private readonly db: Low<IndexFile>
  ) {}

  /** Loads index.json and brings it up to date with the files in meetings/. */
  static async open(layout: WorkspaceLayout, now: string): Promise<MeetingIndex> {
    const { db, status } = await openSmallJsonFile(layout.index, indexFileSchema, () => ({
      version: 1 as const,
      entries: []
    }))
    // Something that is not a file (a folder, a pipe) cannot be written over: set it aside.
    if (status === 'damaged') {
      const stats = await lstat(layout.index).catch(() => null)
      if (stats && !stats.isFile()) await moveToQuarantine(layout, layout.index, now)
    }
    const index = new MeetingIndex(layout, db)
    for (const entry of db.data.entries) index.#entries.set(entry.summary.id, entry)
    const changed = await index.#reconcile()
    if (changed || status !== 'ok') await index.writeNow()
    return index
  }

  async #reconcile(): Promise<boolean> {
    const ids = new Set<string>()
    for (const name of await readdir(this.layout.meetings)) {
      const match = /^(.+)\.json$/.exec(name)
      if (match?.[1] && isSafeId(match[1])) ids.add(match[1])
    }
    let changed = false
    for (const id of [...this.#entries.keys()]) {
      if (!ids.has(id)) changed = this.#entries.delete(id) || changed
    }
    for (const id of ids) {
      const file = meetingFile(this.layout, id)
      let stats
      try {
        stats = await stat(file)
      } catch (error) {
        if (errorCode(error) === 'ENOENT') continue
        // A symbolic link loop, a name Northstar may not look at: listed as unreadable, and
        // opening it says why and sets it aside; the other meetings work on.
        stats = await lstat(file).catch(() => null)
        if (!stats) continue
      }
      const known = this.#entries.get(id)
      if (known && known.size === stats.size && known.mtimeMs === stats.mtimeMs) continue
      this.#entries.set(id, await readEntry(file, id, stats, known))
      changed = true
    }
    return changed
  }

  get(id: string): IndexEntry | undefined {
    return this.#entries.get(id)
  }

  has(id: string): boolean {
    return this.#entries.has(id)
  }

  summaries(): MeetingSummary[] {
    return [...this.#entries.values()].map((entry) => entry.summary)
  }

  /** Claims a sequence number for a save so an older save finishing late cannot win. */
  nextSeq(id: string): number {
    const seq = (this.#saveSeq.get(id) ?? 0) + 1
    this.#saveSeq.set(id, seq)
    return seq
  }

  /** Records a saved summary (if no newer save has recorded one) and schedules an index write. */
  put(entry: IndexEntry, seq?: number): void {
    const id = entry.summary.id
    if (seq !== undefined && seq < (this.#saveSeq.get(id) ?? 0)) return
    this.#entries.set(id, entry)
    this.#schedule()
  }

  remove(id: string): void {
    if (this.#entries.delete(id)) this.#schedule()
  }

  #schedule(): void {
    if (this.#timer) return
    this.#timer = setTimeout(() => {
      this.#timer = null
      // A failed index write is harmless: the index is checked against the files on the next start.
      this.writeNow().catch(() => undefined)
    }, INDEX_WRITE_DELAY_MS)
    this.#timer.unref()
  }

  /** Writes index.json now (durably), cancelling a scheduled write. */
  async writeNow(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    this.db.data = { version: 1, entries: [...this.#entries.values()] }
    await this.db.write()
  }
}

/**
 * Reads one meeting file for the index. An unreadable file keeps its previous summary, or gets a
 * placeholder, until it changes: opening it is what sets it aside and tells the user, so nothing
 * silently disappears from the library.
 */
async function readEntry(
  file: string,
  id: string,
  stats: { size: number; mtimeMs: number },
  known: IndexEntry | undefined
): Promise<IndexEntry> {
  const bytes = await readRegularFile(file).catch((error: unknown) => {
    if (error instanceof UnreadableFileError) return null
    throw error
  })
  const decoded = bytes ? decodeMeeting(bytes) : null
  if (decoded?.ok) {
    const { meeting, overLimits } = decoded.value
    const summary = summaryOf({ ...meeting, id }, false, overLimits.length > 0)
    return { summary, size: stats.size, mtimeMs: stats.mtimeMs }
  }
  const placeholder: MeetingSummary = known?.summary ?? {
    id,
    title: `Unreadable meeting file ${path.basename(file)}`,
    quarter: '',
    date: '',
    updatedAt: new Date(stats.mtimeMs).toISOString(),
    ideaCount: 0,
    actionCount: 0,
    archived: false
  }
  // Its size and time are recorded like any file's, so a file already known to be damaged is not
  // parsed again at every start (a 200 MB one cost a second and most of a gigabyte each time).
  return { summary: placeholder, size: stats.size, mtimeMs: stats.mtimeMs }
}
