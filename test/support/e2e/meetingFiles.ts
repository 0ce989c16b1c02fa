import { readFile } from 'node:fs/promises'
import { meetingFile, workspaceLayout } from '../../../src/main/storage/layout'
import type { Meeting } from '../../../src/shared/meeting/schema'

/**
 * Reads a meeting straight from its file in the workspace (meetings/<id>.json), as it is on disk
 * now and not through the app, so a test can prove what was saved. Null when there is no such file.
 */
export async function readMeetingFromDisk(
  workspaceDir: string,
  meetingId: string
): Promise<{ path: string; meeting: Meeting } | null> {
  const path = meetingFile(workspaceLayout(workspaceDir), meetingId)
  try {
    return { path, meeting: JSON.parse(await readFile(path, 'utf8')) as Meeting }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
