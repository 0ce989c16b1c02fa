import { stat } from 'node:fs/promises'
import type { ExportFormat, ExportResult } from '../../shared/ipc/contract'
import { EXPORT_FORMATS } from '../../shared/ipc/contract'
import type { Meeting } from '../../shared/meeting/schema'
import { AppFailure } from '../../shared/result'
import { EXTENSIONS, exportBaseName } from './fileNames'
import { FORMAT_NAMES, renderExport } from './renderers'
import { writeUniqueFile } from './writeNewFile'

const code = (error: unknown): string | undefined =>
  error && typeof error === 'object' && 'code' in error ? String(error.code) : undefined

/** A file-system error in the user's words. */
function writeFailure(error: unknown, folder: string, what: string): AppFailure {
  switch (code(error)) {
    case 'EACCES':
    case 'EPERM':
      return new AppFailure(
        'io_error',
        `Northstar is not allowed to write in “${folder}”. Choose another folder.`
      )
    case 'EROFS':
      return new AppFailure('io_error', `“${folder}” is read-only. Choose another folder.`)
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppFailure(
        'io_error',
        `The disk is full, so the ${what} could not be saved in “${folder}”.`
      )
    case 'ENOENT':
      return new AppFailure(
        'not_found',
        `The folder “${folder}” is no longer there. Choose another folder.`
      )
    default:
      return new AppFailure(
        'io_error',
        `The ${what} could not be saved in “${folder}” (${error instanceof Error ? error.message : String(error)}).`
      )
  }
}

async function checkFolder(folder: string): Promise<void> {
  try {
    if (!(await stat(folder)).isDirectory()) {
      throw new AppFailure(
        'invalid_input',
        `“${folder}” is a file, not a folder. Choose a folder for the minutes.`
      )
    }
  } catch (error) {
    if (error instanceof AppFailure) throw error
    throw writeFailure(error, folder, 'minutes')
  }
}

/**
 * Writes the meeting's minutes in the chosen formats into `folder`, named from the meeting's title
 * and quarter ("Hernando’s quarterly review 2026-Q4 minutes.pdf"). An existing file is never
 * replaced: the new one gets a " (2)" suffix. Everything is rendered before anything is written, so
 * a rendering error leaves no half-finished set. Throws AppFailure with a plain message.
 */
export async function writeExports(
  meeting: Meeting,
  formats: ExportFormat[],
  folder: string
): Promise<ExportResult> {
  const chosen = EXPORT_FORMATS.filter((f) => formats.includes(f))
  if (!chosen.length) throw new AppFailure('invalid_input', 'Choose at least one format to export.')
  await checkFolder(folder)

  const now = new Date()
  const rendered = []
  for (const format of chosen) {
    try {
      rendered.push({ format, ...(await renderExport(meeting, format, now)) })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new AppFailure('internal', `The ${FORMAT_NAMES[format]} could not be made: ${reason}`)
    }
  }

  const base = exportBaseName(meeting.facts)
  const result: ExportResult = { files: [], warnings: [] }
  for (const file of rendered) {
    try {
      const path = await writeUniqueFile(folder, base, EXTENSIONS[file.format], file.bytes)
      result.files.push({ format: file.format, path })
      result.warnings.push(...file.warnings)
    } catch (error) {
      throw writeFailure(error, folder, FORMAT_NAMES[file.format])
    }
  }
  return result
}
