import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** Every `.json` file under a folder, however the workspace lays them out. */
async function jsonFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name))
}

/**
 * Reads the meeting with `meetingId` straight from its file in the workspace, as it is on disk now
 * (not through the app), so a test can prove what was saved.
 */
export async function readMeetingFromDisk(
  workspaceDir: string,
  meetingId: string
): Promise<{ path: string; meeting: Record<string, unknown> } | null> {
  for (const path of await jsonFiles(workspaceDir)) {
    let parsed: unknown
    try {
      parsed = JSON.parse(await readFile(path, 'utf8'))
    } catch {
      continue
    }
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'schemaVersion' in parsed &&
      'id' in parsed &&
      parsed.id === meetingId
    ) {
      return { path, meeting: parsed }
    }
  }
  return null
}
