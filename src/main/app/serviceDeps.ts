import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import type { OpenDialogOptions } from 'electron'
import { BrowserWindow, dialog, shell } from 'electron'
import type { Locale } from '../../shared/i18n/locale'
import { AppFailure } from '../../shared/result'
import { exportFolderDialog } from './dialogOptions'
import type { MeetingServiceDeps } from '../services/meetingService'
import type { AudienceOf } from '../ipc/broadcast'
import { broadcastTo } from '../ipc/broadcast'

/** The window a dialog belongs to, so it opens attached to it (a sheet on macOS). */
const dialogParent = (): BrowserWindow | undefined =>
  BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]

async function pickMeetingFile(): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: 'Import a meeting',
    properties: ['openFile'],
    filters: [{ name: 'Northstar meetings', extensions: ['json'] }]
  }
  const parent = dialogParent()
  const picked = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options)
  return picked.canceled ? null : (picked.filePaths[0] ?? null)
}

async function pickExportFolder(last: string | null, language: Locale): Promise<string | null> {
  const options = exportFolderDialog(last, language)
  const parent = dialogParent()
  const picked = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options)
  return picked.canceled ? null : (picked.filePaths[0] ?? null)
}

async function openPath(path: string): Promise<void> {
  // shell.openPath reports failure as a message, not an exception.
  const problem = await shell.openPath(path)
  if (problem !== '') {
    throw new AppFailure('io_error', { key: 'openPathFailed', file: basename(path), problem })
  }
}

/** The meeting service's dependencies, bound to Electron's dialogs, shell and windows. */
export function electronServiceDeps(
  workspaceDir: string,
  audienceOf: AudienceOf
): MeetingServiceDeps {
  return {
    workspaceDir,
    now: () => new Date().toISOString(),
    newId: randomUUID,
    broadcast: broadcastTo(audienceOf, () =>
      BrowserWindow.getAllWindows()
        .filter((window) => !window.isDestroyed())
        .map((window) => window.webContents)
    ),
    pickMeetingFile,
    pickExportFolder,
    // Loaded on first export: pdfmake and its fonts take over half a second to import, which
    // would otherwise delay the first window.
    exportMeeting: async (meeting, formats, folder) => {
      const { writeExports } = await import('../export/writeExports')
      return writeExports(meeting, formats, folder)
    },
    openPath,
    showInFolder: (path) => shell.showItemInFolder(path)
  }
}
