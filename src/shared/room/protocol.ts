import { z } from 'zod'

/**
 * What a phone and the room server say to each other over the WebSocket. Every message is JSON of at
 * most ROOM_LIMITS.messageBytes; a phone's message is checked against phoneMessageSchema before
 * anything acts on it.
 */

/** Limits of the room, shared by the server, the bridge and the phone page. */
export const ROOM_LIMITS = {
  /** Largest message a phone may send, in bytes. */
  messageBytes: 4_096,
  /** Longest idea a phone may send, in characters. */
  ideaChars: 280,
  nameChars: 60
} as const

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
    .strict()
])
export type PhoneMessage = z.infer<typeof phoneMessageSchema>

/** An idea as a phone sees it: no author, no notes, nothing the projector would not show. */
export interface AttendeeIdea {
  id: string
  text: string
  departmentId: string
  /** The number shown on the projector for this idea in its round. */
  number: number
  buildsOnId: string | null
}

/**
 * The room's view of the meeting: the same for every phone, computed in main by attendeeView, so a
 * field that is not here cannot reach a phone.
 */
export interface AttendeeView {
  title: string
  framingQuestion: string
  /** What phones can do now: wait, send ideas for a round, or dot-vote. */
  mode: 'waiting' | 'ideas' | 'vote'
  round: { id: string; title: string; prompt: string } | null
  departments: Array<{ id: string; name: string }>
  /** The ideas shown on phones: this round's while capturing, every idea while voting. */
  ideas: AttendeeIdea[]
  dotsPerPerson: number
  /** The facilitator asks for names (otherwise phones stay anonymous). */
  askNames: boolean
}

/** What one phone sees of itself. */
export interface DeviceView {
  departmentId: string | null
  name: string
  /** Ideas this phone sent that are in the meeting, with their current text. */
  ideas: Array<{ id: string; text: string }>
  /** Ideas this phone sent that wait for the facilitator's approval. */
  pending: Array<{ id: string; text: string }>
  /** Dots this phone placed, by idea id. */
  votes: Record<string, number>
}

/**
 * Why a phone's message changed nothing; the phone page words each one (its strings module).
 * `invalid` carries the meeting's own plain sentence (for example, which field is too long).
 */
export type PhoneErrorCode =
  | 'rate'
  | 'unreadable'
  | 'invalid'
  | 'tooLong'
  | 'empty'
  | 'noDepartment'
  | 'notNow'
  | 'notYours'
  | 'noDots'
  | 'unknownIdea'

export type ServerMessage =
  | { t: 'view'; view: AttendeeView }
  | { t: 'you'; you: DeviceView }
  /** A refusal; nothing was changed. */
  | { t: 'error'; code: PhoneErrorCode; detail?: string }
  /** The room refused this phone (it is locked); the connection closes after it. */
  | { t: 'refused'; code: 'locked' }
  /** The facilitator accepted this phone's idea (sent back so the phone can clear its form). */
  | { t: 'sent'; pending: boolean }
