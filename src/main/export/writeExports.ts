import { stat } from 'node:fs/promises'
import type { ExportFormat, ExportResult } from '../../shared/ipc/contract'
import { EXPORT_FORMATS } from '../../shared/ipc/contract'
import type { Meeting } from '../../shared/meeting/schema'
import { AppFailure } from '../../shared/result'
import { EXTENSIONS, exportBaseName } from './fileNames'
import { renderExport } from './renderers'
import { writeUniqueFile } from './writeNewFile'

const code = (error: unknown): string | undefined =>
  error && typeof error === 'object' && 'code' in error ? String(error.code) : undefined

/** A file-system error as a reason; `format` null: the minutes as a whole (checking the folder). */
function writeFailure(error: unknown, folder: string, format: ExportFormat | null): AppFailure {
  switch (code(error)) {
    case 'EACCES':
    case 'EPERM':
      return new AppFailure('io_error', { key: 'exportNotAllowed', folder })
    case 'EROFS':
      return new AppFailure('io_error', { key: 'exportFolderReadOnly', folder })
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppFailure('io_error', { key: 'exportDiskFull', format, folder })
    case 'ENOENT':
      return new AppFailure('not_found', { key: 'exportFolderGone', folder })
    default:
      return new AppFailure('io_error', {
        key: 'exportSaveFailed',
        format,
        folder,
        detail: error instanceof Error ? error.message : String(error)
      })
  }
}

async function checkFolder(folder: string): Promise<void> {
  try {
    if (!(await stat(folder)).isDirectory()) {
      throw new AppFailure('invalid_input', { key: 'exportNotAFolder', folder })
    }
  } catch (error) {
    if (error instanceof AppFailure) throw error
    throw writeFailure(error, folder, null)
  }
}

/**
 * Writes the meeting's minutes in the chosen formats into `folder`, named from the meeting's title
 * and quarter ("Hernando’s quarterly review 2026-Q4 minutes.pdf"). An existing file is never
 * replaced: the new one gets a " (2)" suffix. Everything is rendered before anything is written, so
 * a rendering error leaves no half-finished set. Throws AppFailure with a reason.
 */
export async function writeExports(
  meeting: Meeting,
  formats: ExportFormat[],
  folder: string
): Promise<ExportResult> {
  const chosen = EXPORT_FORMATS.filter((f) => formats.includes(f))
  if (!chosen.length) throw new AppFailure('invalid_input', { key: 'exportNoFormat' })
  await checkFolder(folder)

  const now = new Date()
  const rendered = []
  for (const format of chosen) {
    try {
      rendered.push({ format, ...(await renderExport(meeting, format, now)) })
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      throw new AppFailure('internal', { key: 'exportRenderFailed', format, detail })
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
      throw writeFailure(error, folder, file.format)
    }
  }
  return result
}
