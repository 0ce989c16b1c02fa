import { z } from 'zod'
import { ROOM_LIMITS } from './protocol'
import type { PhoneMessage } from './protocol'

/** A phone's random id, kept in its browser storage so a reconnect keeps its ideas and votes. */
export const deviceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/)

const id = z.string().min(1).max(64)
const ideaText = z.string().max(ROOM_LIMITS.ideaChars * 2)

export const phoneMessageSchema = z.discriminatedUnion('t', [
  /** Department and (optional) name; sent after joining and on every change. */
  z
    .object({
      t: z.literal('profile'),
      departmentId: id.nullable(),
      name: z.string().max(ROOM_LIMITS.nameChars * 2)
    })
    .strict(),
  z.object({ t: z.literal('idea.add'), text: ideaText, buildsOnId: id.nullable() }).strict(),
  z.object({ t: z.literal('idea.edit'), id, text: ideaText }).strict(),
  /** Moves one dot onto (+1) or off (−1) an idea. */
  z
    .object({ t: z.literal('vote'), ideaId: id, delta: z.union([z.literal(1), z.literal(-1)]) })
    .strict(),
  z.object({ t: z.literal('resync') }).strict()
])

// A compile-time check that the schema and the phone page's type say the same thing.
const _sameShape: z.ZodType<PhoneMessage> = phoneMessageSchema
void _sameShape
