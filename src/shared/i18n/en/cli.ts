import type { ExportFormat } from '../../ipc/contract'
import { FORMAT_NAMES_EN } from './storageErrors'

/**
 * What `npm run export` prints about a meeting, in English: the catalogue every other language mirrors
 * (`CliWording`). The usage text and the command-line mistakes stay English (they come before a
 * meeting or a `--lang` is known).
 */
export const cliEnglish = {
  formatName: (format: ExportFormat) => FORMAT_NAMES_EN[format],
  noSuchFile: (file: string) => `Cannot open the meeting file ${file}: there is no such file.`,
  damaged: (file: string) =>
    `${file} is damaged: it is not complete JSON (it may have been cut short or changed by another program).`,
  cannotExport: (file: string, why: string) => `${file} cannot be exported: ${why}`,
  repaired: (what: string) => `Repaired as read: ${what}`,
  note: (what: string) => `Note: ${what}`,
  warning: (what: string) => `Warning: ${what}`,
  notMade: (format: string, why: string) => `The ${format} could not be made: ${why}`,
  alreadyExists: 'the file already exists (add --force to replace it)',
  noFolder: 'its folder does not exist',
  cannotWrite: (target: string, why: string) => `Cannot write ${target}: ${why}.`,
  wrote: (format: string, target: string, kilobytes: number) =>
    `Wrote the ${format} to ${target} (${kilobytes} KB).`,
  failed: (why: string) => `Export failed: ${why}`
}

export type CliWording = typeof cliEnglish
