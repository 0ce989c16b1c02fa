/**
 * What a phone and the room server say to each other over the WebSocket. Every message is JSON of at
 * most ROOM_LIMITS.messageBytes; a phone's message is checked against phoneMessageSchema
 * (messageSchema.ts) before anything acts on it. No zod here: the phone page imports this file.
 */
import type { ErrorReason } from '../errors/reasons'
import type { LivePatch, LiveSnapshot } from '../live/messages'
import type { Locale } from '../i18n/locale'

/** Limits of the room, shared by the server, the bridge and the phone page. */
export const ROOM_LIMITS = {
  /** Largest message a phone may send, in bytes. */
  messageBytes: 4_096,
  /** Longest idea a phone may send, in characters. */
  ideaChars: 280,
  nameChars: 60
} as const

/** What a phone may send: see phoneMessageSchema. */
export type PhoneMessage =
  | { t: 'profile'; departmentId: string | null; name: string }
  | { t: 'idea.add'; text: string; buildsOnId: string | null }
  | { t: 'idea.edit'; id: string; text: string }
  | { t: 'vote'; ideaId: string; delta: 1 | -1 }
  /** The phone missed a revision of the view: it asks for the whole view again. */
  | { t: 'resync' }

/** An idea as a phone sees it: no author, no notes, nothing the projector would not show. */
export interface AttendeeIdea {
  id: string
  text: string
  departmentId: string
  /** The idea's number in the meeting (#7), as on the projector and in the minutes. */
  number: number
  buildsOnId: string | null
}

/**
 * The room's view of the meeting: the same for every phone, computed in main by attendeeView as the
 * change stream's `attendee` audience, so a field that is not here cannot reach a phone.
 */
export interface AttendeeView {
  /** The meeting's language: the phone page words itself in it (set in main, never by a phone). */
  language: Locale
  title: string
  framingQuestion: string
  /** What phones can do now: wait, send ideas for a round, or dot-vote. */
  mode: 'waiting' | 'ideas' | 'vote'
  round: { id: string; title: string; prompt: string } | null
  departments: Array<{ id: string; name: string }>
  /** The ideas shown on phones: this round's while capturing, every idea while voting. */
  ideas: AttendeeIdea[]
  dotsPerPerson: number
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
 * `invalid` carries the meeting's own reason (for example, which field is too long), worded by the
 * phone page through the shared catalogue.
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
  /** The whole attendee view at a revision: on joining, and after a gap. */
  | { t: 'view'; snapshot: LiveSnapshot<AttendeeView> }
  /** One accepted change as the room sees it: the patches from revision `rev - 1` to `rev`. */
  | { t: 'patch'; patch: LivePatch }
  /** The room's own settings (not part of the meeting). */
  | { t: 'room'; askNames: boolean }
  | { t: 'you'; you: DeviceView }
  /** A refusal; nothing was changed. */
  | { t: 'error'; code: PhoneErrorCode; reason?: ErrorReason }
  /** The room refused this phone (it is locked); the connection closes after it. */
  | { t: 'refused'; code: 'locked' }
  /** The facilitator accepted this phone's idea (sent back so the phone can clear its form). */
  | { t: 'sent'; pending: boolean }
