import type { NoticeReason } from '../../shared/errors/reasons'
import type { LoadOutcome } from '../../shared/meeting/migrations'
import { migrateAndValidate } from '../../shared/meeting/migrations'
import type { Meeting } from '../../shared/meeting/schema'
import { CURRENT_SCHEMA_VERSION } from '../../shared/meeting/schema'
import { repairMeeting } from '../../shared/meeting/repair'
import { unknownFields } from '../../shared/meeting/unknownFields'
import { meetingChunks } from './meetingJson'
import type { Result } from '../../shared/result'
import { fail, ok } from '../../shared/result'

/** A decoded meeting: migrated, validated, and made consistent (see repairMeeting). */
export type DecodedMeeting = LoadOutcome & {
  /**
   * What was changed to make the meeting consistent, as reasons the catalogues word (see repairMeeting);
   * empty if nothing. Workspace.load puts them, and the fields left out, in one `repairedOnOpen`.
   */
  repairs: NoticeReason[]
  /** Fields this version does not know (`facts.colour`, `ideas[].mood`): left out of `meeting`. */
  unknownFields: string[]
}

/** Meeting files are compact JSON: smaller and faster to write than indented JSON. */
export const encodeMeeting = (meeting: Meeting): string => `${JSON.stringify(meeting)}\n`

/** The same bytes as encodeMeeting, in pieces, costing only what changed since the last save. */
export const encodeMeetingChunks = meetingChunks

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
  // (an `unknownFieldsLeftOut` notice) and keeps the original bytes. Migrated files are compared by their
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
