import type { LoadOutcome } from '../../shared/meeting/migrations'
import { migrateAndValidate } from '../../shared/meeting/migrations'
import type { Meeting } from '../../shared/meeting/schema'
import { CURRENT_SCHEMA_VERSION } from '../../shared/meeting/schema'
import { repairMeeting } from '../../shared/meeting/repair'
import { unknownFields } from '../../shared/meeting/unknownFields'
import type { Result } from '../../shared/result'
import { fail, ok } from '../../shared/result'

/** A decoded meeting: migrated, validated, and made consistent (see repairMeeting). */
export type DecodedMeeting = LoadOutcome & {
  /** What was changed to make the meeting consistent, in plain sentences; empty if nothing. */
  repairs: string[]
  /** Fields this version does not know (`facts.colour`, `ideas[].mood`): left out of `meeting`. */
  unknownFields: string[]
}

/**
 * The sentence naming the fields this version does not know: on opening they "will not be in the
 * meeting once it is saved"; on importing they "were left out of the imported meeting"; the CLI
 * export leaves them out of the export.
 */
const UNKNOWN_FIELDS_FATE = {
  open: 'they are not shown and will not be in the meeting once it is saved',
  import: 'they were left out of the imported meeting',
  export: 'they are left out of the export'
} as const

export function unknownFieldsSentence(
  fields: string[],
  when: keyof typeof UNKNOWN_FIELDS_FATE
): string {
  const shown = fields.slice(0, 5).map((field) => `“${field}”`)
  const more = fields.length > 5 ? ` and ${fields.length - 5} more` : ''
  const fate = UNKNOWN_FIELDS_FATE[when]
  return `The file has fields this version of Northstar does not know (${shown.join(', ')}${more}); ${fate}.`
}

/** Meeting files are compact JSON: smaller and faster to write than indented JSON. */
export const encodeMeeting = (meeting: Meeting): string => `${JSON.stringify(meeting)}\n`

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Parses, migrates and validates a meeting file's text, or its raw bytes: those must be UTF-8 (a byte
 * order mark, as some editors add, is allowed), so undecodable bytes are never silently replaced and
 * later saved over the original. Dangling references, repeated ids and impossible dates are
 * repaired (the caller tells the user and keeps the original bytes). Never throws.
 */
export function decodeMeeting(content: string | Uint8Array): Result<DecodedMeeting> {
  let text: string
  try {
    text = typeof content === 'string' ? content.replace(/^\uFEFF/, '') : strictUtf8.decode(content)
  } catch {
    return fail('damaged_file', { key: 'notText' })
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return fail('damaged_file', { key: 'notJson' })
  }
  const loaded = migrateAndValidate(raw)
  if (!loaded.ok) return loaded
  const { meeting, repairs } = repairMeeting(loaded.value.meeting)
  // Fields this version does not know are dropped at the next save: the caller tells the user
  // (unknownFieldsSentence) and keeps the original bytes. Migrated files are compared by their
  // migration instead.
  const unknown = loaded.value.migratedFrom === null ? unknownFields(raw, loaded.value.meeting) : []
  return ok({ ...loaded.value, meeting, repairs, unknownFields: unknown })
}

/**
 * Whether the text is a meeting written by a newer Northstar. Such a file is not damaged: it is left
 * where it is, untouched, for the newer app to open.
 */
export function isFromNewerVersion(text: string): boolean {
  try {
    const raw: unknown = JSON.parse(text.replace(/^\uFEFF/, ''))
    if (typeof raw !== 'object' || raw === null || !('schemaVersion' in raw)) return false
    return typeof raw.schemaVersion === 'number' && raw.schemaVersion > CURRENT_SCHEMA_VERSION
  } catch {
    return false
  }
}
