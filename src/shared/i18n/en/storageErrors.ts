import type { StorageReason } from '../../errors/reasons'
import type { ExportFormat } from '../../ipc/contract'
import type { ErrorWordings } from '../catalogue'
import { readOnlySentence } from './numbers'

/** What each export format is called in sentences. */
export const FORMAT_NAMES_EN: Record<ExportFormat, string> = {
  pdf: 'PDF minutes',
  md: 'Markdown minutes',
  csv: 'CSV of actions',
  ics: 'calendar file'
}

/** "PDF minutes", or "minutes" for the export as a whole. */
const formatName = (format: ExportFormat | null): string =>
  format === null ? 'minutes' : FORMAT_NAMES_EN[format]

const DISK_PROBLEMS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  EACCES: 'Northstar is not allowed to write there',
  EPERM: 'Northstar is not allowed to write there',
  EROFS: 'the disk is read-only',
  EIO: 'the disk reported an error',
  EBUSY: 'another program is holding the file',
  EMFILE: 'too many files are open'
}

const DISK_REMEDIES: Record<string, string> = {
  ENOSPC: 'free some space',
  EDQUOT: 'free some space',
  EROFS: 'make the folder writable',
  EACCES: 'check the folder’s permissions',
  EPERM: 'check the folder’s permissions'
}

/** English wording of every library, workspace, disk and export reason. */
export const STORAGE_ERRORS_EN: ErrorWordings<StorageReason['key']> = {
  meetingNotInLibrary: () => 'That meeting is not in the library.',
  meetingGoneFromLibrary: () => 'That meeting is no longer in the library.',
  meetingGoneFromTrash: () => 'That meeting is no longer in the trash.',
  badMeetingId: () => 'That meeting id cannot be saved.',
  templateGone: () => 'That template is no longer available.',
  templateNameEmpty: () => 'Give the template a name.',
  carryOverSelf: () => 'A meeting cannot carry over its own actions.',
  readOnly: (r) => `Nothing was changed. ${readOnlySentence(r.overLimits)}`,
  workspaceInUse: (r) =>
    `This workspace (${r.root}) is already open in another Northstar ${r.host === null ? 'on this computer' : `on “${r.host}”`}, and only one may save to it at a time. ` +
    `Close that Northstar and try again.${r.host === null ? '' : ` Northstar takes it over by itself once that one has not been heard from for ${r.staleMinutes} minutes.`}` +
    ` If none is running there, delete the file “${r.lockFile}” in that folder.`,
  workspaceTakenOver: (r) =>
    `Another Northstar took this workspace (${r.root}) over while this one was not heard from (asleep, or cut off from the drive), so this change was not saved and nothing that one saves is overwritten. Close this Northstar and open the meeting there.`,
  diskError: (r) => {
    const remedy = DISK_REMEDIES[r.code] ?? 'check the disk'
    const tail = r.keptInMemory
      ? `Your change is kept in memory; ${remedy} and it will be saved on the next change.`
      : `Nothing was changed; ${remedy} and try again.`
    return `Northstar could not save to ${r.folder}: ${DISK_PROBLEMS[r.code] ?? 'the disk reported an error'}. ${tail}`
  },
  openPathFailed: (r) => `Your computer could not open ${r.file}: ${r.problem}`,
  revealForbidden: () => 'Northstar only opens files it exported itself.',
  exportFolderNotChosen: () =>
    'Northstar exports only to a folder you chose. Choose the folder again to export there.',
  exportNoFormat: () => 'Choose at least one format to export.',
  exportNotAllowed: (r) =>
    `Northstar is not allowed to write in “${r.folder}”. Choose another folder.`,
  exportFolderReadOnly: (r) => `“${r.folder}” is read-only. Choose another folder.`,
  exportDiskFull: (r) =>
    `The disk is full, so the ${formatName(r.format)} could not be saved in “${r.folder}”.`,
  exportFolderGone: (r) => `The folder “${r.folder}” is no longer there. Choose another folder.`,
  exportNotAFolder: (r) => `“${r.folder}” is a file, not a folder. Choose a folder for the minutes.`,
  exportSaveFailed: (r) =>
    `The ${formatName(r.format)} could not be saved in “${r.folder}” (${r.detail}).`,
  exportRenderFailed: (r) => `The ${FORMAT_NAMES_EN[r.format]} could not be made: ${r.detail}`
}
