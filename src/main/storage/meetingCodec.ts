import type { LoadOutcome } from '../../shared/meeting/migrations'
import { migrateAndValidate } from '../../shared/meeting/migrations'
import type { Meeting } from '../../shared/meeting/schema'
import { CURRENT_SCHEMA_VERSION } from '../../shared/meeting/schema'
import type { Result } from '../../shared/result'
import { fail } from '../../shared/result'

/** Meeting files are compact JSON: smaller and faster to write than indented JSON. */
export const encodeMeeting = (meeting: Meeting): string => `${JSON.stringify(meeting)}\n`

/** Parses, migrates and validates a meeting file's text. Never throws. */
export function decodeMeeting(text: string): Result<LoadOutcome> {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return fail(
      'damaged_file',
      'The file is not complete JSON: it may have been cut short or changed by another program.'
    )
  }
  return migrateAndValidate(raw)
}

/**
 * Whether the text is a meeting written by a newer Northstar. Such a file is not damaged: it is left
 * where it is, untouched, for the newer app to open.
 */
export function isFromNewerVersion(text: string): boolean {
  try {
    const raw: unknown = JSON.parse(text)
    if (typeof raw !== 'object' || raw === null || !('schemaVersion' in raw)) return false
    return typeof raw.schemaVersion === 'number' && raw.schemaVersion > CURRENT_SCHEMA_VERSION
  } catch {
    return false
  }
}
