import type { OverLimit } from '../errors/reasons'
import type { Result } from '../result'
import { fail, ok } from '../result'
import type { Meeting } from './schema'
import { CURRENT_SCHEMA_VERSION, meetingSchema, STORY_FIELDS } from './schema'
import { describeZodError } from './describeZodError'
import { overLimits, withoutMaxima } from './overLimits'

type Json = Record<string, unknown>

/** One step from version `from` to `from + 1`, on plain JSON. */
export interface Migration {
  from: number
  describe: string
  up: (data: Json) => Json
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Ordered list of migrations. Add new ones at the end; never edit a shipped one. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    describe:
      'Version 1 kept the whole customer story private or public (story.keepPrivate); version 2 marks each field.',
    up: (data) => {
      const story = isObject(data.story) ? { ...data.story } : {}
      const keepPrivate = story.keepPrivate === true
      delete story.keepPrivate
      // A wholly private story keeps everything but the segment and channel out of the minutes.
      story.privateFields = keepPrivate
        ? STORY_FIELDS.filter((f) => f !== 'segment' && f !== 'channel')
        : []
      return { ...data, story, schemaVersion: 2 }
    }
  },
  {
    from: 2,
    describe:
      'Version 2 numbered ideas by their place (per round on screen, across the meeting in the minutes); version 3 stores one number per idea.',
    up: (data) => {
      // The minutes numbered ideas in file order, so the numbers people already hold on paper stay true.
      const list: unknown[] | null = Array.isArray(data.ideas) ? data.ideas : null
      const ideas = list
        ? list.map((idea, index): unknown =>
            isObject(idea) ? { ...idea, number: index + 1 } : idea
          )
        : data.ideas
      const lastIdeaNumber = list ? list.length : 0
      return { ...data, ideas, lastIdeaNumber, schemaVersion: 3 }
    }
  },
  {
    from: 3,
    describe:
      'Version 3 was always in English; version 4 records the language the meeting is run in.',
    up: (data) => {
      const facts = isObject(data.facts) ? { ...data.facts, language: 'en' } : data.facts
      return { ...data, facts, schemaVersion: 4 }
    }
  }
]

export type LoadOutcome = {
  meeting: Meeting
  migratedFrom: number | null
  /**
   * Over the limits ("20,001 ideas, the limit is 20,000"): the meeting is read with the limits
   * lifted and opens read-only (see overLimits.ts). Empty for a meeting within the limits.
   */
  overLimits: OverLimit[]
}

/** The file schema with the limits on texts and lists lifted: what an over-limit file is read with. */
const liftedMeetingSchema = withoutMaxima(meetingSchema)

/**
 * Validates raw JSON and migrates it to the current version. Refuses data from a newer app version
 * instead of guessing, so a file written by a newer Northstar is never damaged by an older one.
 */
export function migrateAndValidate(raw: unknown): Result<LoadOutcome> {
  if (!isObject(raw)) return fail('damaged_file', { key: 'notAMeeting' })
  const version = raw.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('damaged_file', { key: 'noVersion' })
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return fail('damaged_file', { key: 'newerVersion', version })
  }
  let data: Json = raw
  for (const migration of MIGRATIONS) {
    if (migration.from >= version && migration.from < CURRENT_SCHEMA_VERSION)
      data = migration.up(data)
  }
  const migratedFrom = version === CURRENT_SCHEMA_VERSION ? null : version
  const parsed = meetingSchema.safeParse(data, { reportInput: true })
  if (parsed.success) return ok({ meeting: parsed.data, migratedFrom, overLimits: [] })
  // Over a limit but otherwise sound: read with the limits lifted, to open read-only. Damaged
  // otherwise: the message names what is wrong beyond the limits (a list over its limit stops
  // zod from looking inside it, so the first failure may only be the limit).
  const lifted = liftedMeetingSchema.safeParse(data, { reportInput: true })
  if (!lifted.success)
    return fail('damaged_file', describeZodError(lifted.error, 'meetingFile'))
  const found = overLimits(meetingSchema, lifted.data)
  if (found.length > 0) return ok({ meeting: lifted.data, migratedFrom, overLimits: found })
  return fail('damaged_file', describeZodError(parsed.error, 'meetingFile'))
}
