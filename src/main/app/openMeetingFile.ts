import { basename } from 'node:path'
import { dialog } from 'electron'
import type { MeetingState } from '../../shared/ipc/contract'
import { AppFailure } from '../../shared/result'
import type { MeetingService } from '../services/meetingService'

/**
 * Opens a meeting file the operating system handed to the app. A file that cannot be opened is
 * explained in a plain dialog (there is no page action to attach the error to) and yields null.
 */
export async function openMeetingFile(
  service: Pick<MeetingService, 'openFromPath'>,
  path: string
): Promise<MeetingState | null> {
  try {
    return await service.openFromPath(path)
  } catch (error) {
    if (!(error instanceof AppFailure)) console.error('Could not open', path, error)
    const detail =
      error instanceof AppFailure
        ? error.message
        : 'The file could not be read as a Northstar meeting. It was not changed.'
    await dialog.showMessageBox({
      type: 'warning',
      message: `Northstar could not open “${basename(path)}”.`,
      detail
    })
    return null
  }
}
