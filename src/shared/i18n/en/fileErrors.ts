import type { FileReason, SchemaProblem } from '../../errors/reasons'
import type { ErrorWordings } from '../catalogue'
import { SUBJECTS_EN } from './labels'
import { CHARACTERS, ITEMS, countAndLimit, n } from './numbers'

/** Why a file cannot be read as a file (the end of a sentence), by system code or by kind. */
const UNREADABLE: Record<string, string> = {
  directory: 'it is a folder, not a file',
  fifo: 'it is a named pipe, not a file',
  device: 'it is a device, not a file',
  socket: 'it is a socket, not a file',
  other: 'it is not a regular file',
  ELOOP: 'it is a symbolic link that leads back to itself',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'Northstar is not allowed to read it (permission denied)',
  EPERM: 'Northstar is not allowed to read it (permission denied)',
  EIO: 'the disk reported an error while reading it',
  ENXIO: 'it is a device, not a file',
  ENAMETOOLONG: 'its name is too long for this system'
}

const quoted = (title: string): string => `“${title || 'Untitled meeting'}”`

/** `2026-11-23T09:00:00.000Z` → `2026-11-23 09:00 UTC`. */
const readableTime = (iso: string): string =>
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) && iso.endsWith('Z')
    ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`
    : iso

/** The rest of a schema sentence after its subject, `where` is " (at “path”)" or "". */
function schemaProblem(problem: SchemaProblem, where: string): string {
  switch (problem.kind) {
    case 'notUnderstood':
      return ' was not understood.'
    case 'wrongType':
      return ` has a missing or wrong value${where}.`
    case 'tooManyItems':
      return problem.count === null
        ? ` holds more items than the limit of ${n(problem.limit)}${where}.`
        : ` holds ${countAndLimit(problem.count, problem.limit, ITEMS)}${where}.`
    case 'textTooLong':
      return problem.count === null
        ? ` has a text longer than the limit of ${n(problem.limit)} characters${where}.`
        : ` has a text of ${countAndLimit(problem.count, problem.limit, CHARACTERS)}${where}.`
    case 'valueTooLarge':
      return ` has a value of ${n(problem.value)}${where}, the limit is ${n(problem.limit)}.`
    case 'tooLarge':
      return ` has a value that is too large${where}.`
    case 'tooSmall':
      return ` has a value that is too small or empty${where}.`
    case 'unknownFields':
      return ` has fields this version does not know${where}.`
    case 'unknownChange':
      return ` is not a kind of change this version knows${where}.`
    case 'invalid':
      return ` has an invalid value${where}: ${problem.detail}.`
  }
}

/** English wording of every reason a file or a request could not be read. */
export const FILE_ERRORS_EN: ErrorWordings<FileReason['key']> = {
  schema: (r) =>
    SUBJECTS_EN[r.subject] + schemaProblem(r.problem, r.path === null ? '' : ` (at “${r.path}”)`),
  notAMeeting: () => 'This file does not contain a Northstar meeting.',
  noVersion: () => 'This file does not say which Northstar version wrote it.',
  newerVersion: (r) =>
    `This meeting was saved by a newer version of Northstar (file format ${r.version}). Update the app to open it.`,
  notText: () =>
    'The file is not readable text: it may be damaged or may not be a Northstar meeting.',
  notJson: () =>
    'The file is not complete JSON: it may have been cut short or changed by another program.',
  unreadableFile: (r) =>
    `The file “${r.file}” could not be read: ${UNREADABLE[r.why] ?? `the system refused (${r.why})`}.`,
  fileNotOpened: (r, word) =>
    `The file “${r.file}” could not be opened. ${word(r.cause)} It was left where it is, unchanged.`,
  setAside: (r, word) =>
    `The meeting ${quoted(r.title)} could not be opened. ${word(r.cause)} The file was set aside, unchanged, in ${r.where}. ` +
    (r.restoredFrom === null
      ? 'No earlier good copy was found, so the meeting was taken out of the library.'
      : `Northstar put back the last good copy, saved ${readableTime(r.restoredFrom)}; open the meeting again to continue from it.`),
  importFailed: (r, word) =>
    `“${r.file}” could not be imported. ${word(r.cause)} Nothing was imported and the file was not changed.`,
  importUnreadable: (r, word) => `${word(r.cause)} Nothing was imported.`,
  importMissing: (r) => `The file “${r.file}” could not be found.`,
  restoreFailed: (r, word) =>
    `The deleted meeting ${r.title ? `“${r.title}” ` : ''}could not be restored. ${word(r.cause)} It is still in ${r.folder}.`
}
