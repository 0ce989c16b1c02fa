import { randomBytes, randomUUID } from 'node:crypto'
import type { ApiEvents } from '../../shared/ipc/contract'
import { createMeetingService } from '../services/meetingService'
import type { MeetingService, MeetingServiceDeps } from '../services/meetingService'
import type { NetworkInterfaces } from '../../shared/room/addressPicker'
import { createRoomBridge } from './roomBridge'
import type { RoomBridge, RoomBridgeDeps } from './roomBridge'
import type { RoomHost } from './roomHost'
import { roomForProjector } from '../../shared/room/status'

/** A session token: 144 random bits, URL-safe (24 characters). */
export const newRoomToken = (): string => randomBytes(18).toString('base64url')

export interface RoomJoinParts {
  host: RoomHost
  listInterfaces: () => NetworkInterfaces
  limits?: RoomBridgeDeps['limits']
}

/**
 * The meeting service with room join wired in: the bridge follows the presented meeting (the phones
 * are the change stream's `attendee` audience) and the service exposes the bridge's controls to the
 * windows.
 */
export function meetingServiceWithRoom(
  deps: MeetingServiceDeps,
  parts: RoomJoinParts
): { service: MeetingService; room: RoomBridge } {
  let service: MeetingService | null = null
  const room = createRoomBridge({
    meetings: () => service!,
    host: parts.host,
    listInterfaces: parts.listInterfaces,
    newToken: newRoomToken,
    newId: randomUUID,
    // The projector window is told only what it shows: never the moderation inbox.
    publish: (status) => {
      deps.broadcast('roomChanged', status, 'facilitator')
      deps.broadcast('roomChanged', roomForProjector(status), 'projector')
    },
    limits: parts.limits
  })
  service = createMeetingService({
    ...deps,
    broadcast: (event, payload, audience) => {
      deps.broadcast(event, payload, audience)
      if (event === 'presentationChanged') {
        room.presentationChanged(payload as ApiEvents['presentationChanged'])
      }
    },
    room
  })
  const close = service.close.bind(service)
  service.close = async () => {
    await room.close()
    await close()
  }
  return { service, room }
}
