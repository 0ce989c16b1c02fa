import type { ErrorReason } from '../errors/reasons'
import type { AddressCandidate } from './addressPicker'

/** An idea from a phone waiting in the moderation inbox. */
export interface PendingRoomIdea {
  id: string
  text: string
  departmentId: string
  buildsOnId: string | null
}

/** Room join as the facilitator (and the projector) see it. */
export interface RoomStatus {
  on: boolean
  /** The address phones open (with the session token), or null while room join is off. */
  url: string | null
  /** Addresses the facilitator can choose from, best first. */
  addresses: AddressCandidate[]
  address: string | null
  /** No new phones may join; phones already in stay. */
  locked: boolean
  /** Phone ideas wait for approval before the room sees them. */
  moderation: boolean
  askNames: boolean
  /** Phones connected now. */
  phones: number
  pending: PendingRoomIdea[]
  /** Why room join could not start (the strings module words it), or null. */
  problem: ErrorReason | null
  /** The projector shows the join slide (QR code, link, three steps) instead of the stage's slide. */
  joinSlide: boolean
}

export const ROOM_OFF: RoomStatus = {
  on: false,
  url: null,
  addresses: [],
  address: null,
  locked: false,
  moderation: false,
  askNames: false,
  phones: 0,
  pending: [],
  problem: null,
  joinSlide: false
}

/**
 * What the projector window may know of room join: whether it is on, the link, locked, and the join
 * slide. Never the moderation inbox (ideas not yet approved for the room) or the addresses.
 */
export function roomForProjector(status: RoomStatus): RoomStatus {
  return {
    ...ROOM_OFF,
    on: status.on,
    url: status.url,
    locked: status.locked,
    joinSlide: status.joinSlide
  }
}

export type RoomPatch = Partial<
  Pick<RoomStatus, 'on' | 'address' | 'locked' | 'moderation' | 'askNames' | 'joinSlide'>
>
