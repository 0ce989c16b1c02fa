import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { fsyncDir, mkdirDurably, renameWithRetry } from './durableWrite'
import type { WorkspaceLayout } from './layout'

/**
 * Moves a file that failed to parse or validate into the quarantine folder, byte for byte, under a
 * new name that cannot collide with an earlier one (nothing there is ever overwritten). Returns its
 * new path.
 */
export async function moveToQuarantine(
  layout: WorkspaceLayout,
  file: string,
  now: string
): Promise<string> {
  await mkdirDurably(layout.quarantine)
  const stamp = now.replace(/[^0-9A-Za-z]/g, '')
  const unique = randomBytes(3).toString('hex')
  const name = `${path.basename(file, '.json')}.${stamp}.${unique}.json`
  const destination = path.join(layout.quarantine, name)
  await renameWithRetry(file, destination)
  await fsyncDir(layout.quarantine)
  await fsyncDir(path.dirname(file))
  return destination
}
