import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import type { OpenDialogOptions, WebContents } from 'electron'
import { BrowserWindow, dialog, shell } from 'electron'
import type { ApiEventName, ApiEvents, WindowAudience } from '../../shared/ipc/contract'
import { eventChannelFor } from '../../shared/ipc/contract'
import { AppFailure } from '../../shared/result'
import type { MeetingServiceDeps } from '../services/meetingService'

/** Which audience a window's page belongs to (the projector window is the room's). */
export type AudienceOf = (contents: WebContents) => WindowAudience

/**
 * Sends an event to the page of every open window of `audience`, or of every window when none is
 * named: a meeting's patches go only to the windows whose view they patch.
 */
export function broadcastTo(audienceOf: AudienceOf) {
  return <E extends ApiEventName>(event: E, payload: ApiEvents[E], audience?: WindowAudience) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (window.isDestroyed()) continue
      if (audience && audienceOf(window.webContents) !== audience) continue
      window.webContents.send(eventChannelFor(event), payload)
    }
  }
}

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

async function pickExportFolder(last: string | null): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: 'Choose a folder for the minutes',
    buttonLabel: 'Export here',
    properties: ['openDirectory', 'createDirectory'],
    ...(last ? { defaultPath: last } : {})
  }
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
    throw new AppFailure('io_error', `Your computer could not open ${basename(path)}: ${problem}`)
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
    broadcast: broadcastTo(audienceOf),
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
