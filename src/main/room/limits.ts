import { ROOM_LIMITS } from '../../shared/room/protocol'
import type { BucketRate } from '../../shared/room/tokenBucket'

/** The room server's limits (OWASP API4: every resource a phone can consume is bounded). */
export interface RoomServerLimits {
  /** Open WebSocket connections at most; more are refused with 503. */
  maxConnections: number
  /** Largest WebSocket message, in bytes; a larger one closes the connection (1009). */
  maxMessageBytes: number
  /** Messages per phone: a burst of `capacity`, then `perSecond`. */
  rate: BucketRate
  /** Messages over the rate in a row before the phone is disconnected. */
  floodDisconnectAfter: number
  /** A connection that answers no ping for this long is closed. */
  idleMs: number
  /** Time a client has to send a whole HTTP request (slow-loris). */
  requestTimeoutMs: number
}

export const DEFAULT_ROOM_LIMITS: RoomServerLimits = {
  maxConnections: 400,
  maxMessageBytes: ROOM_LIMITS.messageBytes,
  rate: { capacity: 10, perSecond: 2 },
  floodDisconnectAfter: 50,
  idleMs: 45_000,
  requestTimeoutMs: 10_000
}
