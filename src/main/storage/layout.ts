import path from 'node:path'

/**
 * Where things live in a workspace folder:
 *
 *   meetings/<id>.json        one meeting per file, written through lowdb with the durable adapter
 *   meetings/<id>.json.bak    the previous saved version (last good copy), refreshed before each save
 *   meetings/<id>.v<N>.json   the file's bytes before it was migrated from format N (kept once)
 *   meetings/<id>.before-repair.json  the file's bytes before load repaired it (kept once)
 *   index.json                a MeetingSummary per meeting plus file size/mtime: a cache, rebuilt
 *                             from meetings/ when missing or damaged, stale entries re-read
 *   library.json              which meetings are archived (the meeting schema has no such field)
 *   settings.json             small preferences, e.g. the last export folder
 *   templates/<id>.json       user templates: { id, name, createdAt, meeting } (a meeting's setup)
 *   trash/<trashId>/          entry.json + the meeting's files, restorable
 *   quarantine/               files that failed to parse or validate, moved here byte for byte
 */
export interface WorkspaceLayout {
  root: string
  meetings: string
  templates: string
  trash: string
  quarantine: string
  index: string
  library: string
  settings: string
}

export function workspaceLayout(root: string): WorkspaceLayout {
  const abs = path.resolve(root)
  return {
    root: abs,
    meetings: path.join(abs, 'meetings'),
    templates: path.join(abs, 'templates'),
    trash: path.join(abs, 'trash'),
    quarantine: path.join(abs, 'quarantine'),
    index: path.join(abs, 'index.json'),
    library: path.join(abs, 'library.json'),
    settings: path.join(abs, 'settings.json')
  }
}

/** Ids become file names, so only plain ones are accepted (no dots, slashes or `..`). */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/
export const isSafeId = (id: string): boolean => SAFE_ID.test(id)

export const meetingFile = (layout: WorkspaceLayout, id: string): string =>
  path.join(layout.meetings, `${id}.json`)
export const backupFile = (file: string): string => `${file}.bak`
export const preMigrationFile = (layout: WorkspaceLayout, id: string, version: number): string =>
  path.join(layout.meetings, `${id}.v${version}.json`)
export const beforeRepairFile = (layout: WorkspaceLayout, id: string): string =>
  path.join(layout.meetings, `${id}.before-repair.json`)
export const templateFile = (layout: WorkspaceLayout, id: string): string =>
  path.join(layout.templates, `${id}.json`)
