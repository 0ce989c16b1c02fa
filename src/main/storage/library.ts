import type { Low } from 'lowdb'
import { z } from 'zod'
import type { WorkspaceLayout } from './layout'
import { moveToQuarantine } from './quarantine'
import { openSmallJsonFile } from './smallJsonFile'

const libraryFileSchema = z.object({ archivedIds: z.array(z.string().max(64)).max(100_000) })
type LibraryFile = z.infer<typeof libraryFileSchema>

const settingsFileSchema = z.object({ lastExportFolder: z.string().max(4_096).nullable() })
export type Settings = z.infer<typeof settingsFileSchema>

/** library.json: which meetings are archived. Written durably and awaited (it is the only record). */
export class Library {
  private constructor(private readonly db: Low<LibraryFile>) {}

  static async open(layout: WorkspaceLayout, now: string): Promise<Library> {
    const { db, status } = await openSmallJsonFile(layout.library, libraryFileSchema, () => ({
      archivedIds: []
    }))
    // Keep a damaged file for inspection rather than overwriting it with the defaults.
    if (status === 'damaged') await moveToQuarantine(layout, layout.library, now)
    return new Library(db)
  }

  isArchived(id: string): boolean {
    return this.db.data.archivedIds.includes(id)
  }

  async setArchived(id: string, archived: boolean): Promise<void> {
    if (this.isArchived(id) === archived) return
    const others = this.db.data.archivedIds.filter((other) => other !== id)
    this.db.data = { archivedIds: archived ? [...others, id] : others }
    await this.db.write()
  }
}

/** settings.json: small preferences such as the last export folder. */
export class SettingsFile {
  private constructor(private readonly db: Low<Settings>) {}

  static async open(layout: WorkspaceLayout, now: string): Promise<SettingsFile> {
    const { db, status } = await openSmallJsonFile(layout.settings, settingsFileSchema, () => ({
      lastExportFolder: null
    }))
    if (status === 'damaged') await moveToQuarantine(layout, layout.settings, now)
    return new SettingsFile(db)
  }

  get(): Settings {
    return this.db.data
  }

  async update(patch: Partial<Settings>): Promise<void> {
    this.db.data = { ...this.db.data, ...patch }
    await this.db.write()
  }
}
