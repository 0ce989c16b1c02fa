import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ExportFormat, ExportResult } from '../../../src/shared/ipc/contract'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { AppFailure } from '../../../src/shared/result'

export type ExportMeeting = (
  meeting: Meeting,
  formats: ExportFormat[],
  folder: string
) => Promise<ExportResult>

const WRITE_EXPORTS = resolve(import.meta.dirname, '../../../src/main/export/writeExports.ts')

/**
 * The real minutes exporter (`src/main/export/writeExports.ts`) when this checkout has it; otherwise
 * one that refuses in plain words, so the rest of the app can still be driven end to end.
 */
export async function loadExporter(): Promise<{ exportMeeting: ExportMeeting; real: boolean }> {
  if (existsSync(WRITE_EXPORTS)) {
    const module = (await import(pathToFileURL(WRITE_EXPORTS).href)) as {
      writeExports?: ExportMeeting
    }
    if (typeof module.writeExports === 'function') {
      return { exportMeeting: module.writeExports, real: true }
    }
  }
  return {
    exportMeeting: () => Promise.reject(new AppFailure('io_error', 'Export is not available')),
    real: false
  }
}
