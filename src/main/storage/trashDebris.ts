import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { cleanStrayTempFiles, fsyncDir } from './durableWrite'
import { folderNames } from './folderNames'

/** The description each trash folder holds beside the meeting's files (see trash.ts). */
export const TRASH_ENTRY_FILE = 'entry.json'

/**
 * Tidies what an interrupted delete or restore left in trash/ (a crash, a power cut): temp files of
 * dead writers inside each trash folder, and folders holding nothing but their description (the
 * meeting never moved in, or was already restored) or nothing at all. A folder holding anything
 * else is kept, whatever state it is in: it may be the only copy of a meeting. Returns the names of
 * the folders removed.
 */
export async function tidyTrash(trash: string): Promise<string[]> {
  const names = await folderNames(trash)
  const removed: string[] = []
  for (const name of names) {
    const folder = path.join(trash, name)
    const inside = await readdir(folder).catch(() => null)
    if (inside === null) continue
    await cleanStrayTempFiles(folder)
    const left = (await readdir(folder)).filter((entry) => entry !== TRASH_ENTRY_FILE)
    if (left.length > 0) continue
    await rm(folder, { recursive: true, force: true })
    removed.push(name)
  }
  if (removed.length > 0) await fsyncDir(trash)
  return removed
}
