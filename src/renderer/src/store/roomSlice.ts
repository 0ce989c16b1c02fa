import { ROOM_OFF } from '../../../shared/room/status'
import type { RoomPatch, RoomStatus } from '../../../shared/room/status'
import type { ErrorScope } from './uiSlice'
import { keepReply, type SliceCreator } from './types'

export interface RoomSlice {
  /** Room join (phones) as main reports it: on/off, address, phones connected, moderation inbox. */
  room: RoomStatus
  loadRoom: () => Promise<boolean>
  setRoom: (patch: RoomPatch, scope?: ErrorScope) => Promise<boolean>
  moderateRoomIdea: (
    pendingId: string,
    decision: 'approve' | 'reject',
    scope?: ErrorScope
  ) => Promise<boolean>
  /** main's roomChanged broadcast. */
  receiveRoomChanged: (status: RoomStatus) => void
}

export const createRoomSlice: SliceCreator<RoomSlice> = (api) => (set, get) => {
  const keep = keepReply(set, get, 'room')
  return {
    room: ROOM_OFF,
    loadRoom: () => keep('meeting', api.getRoom()),
    setRoom: (patch, scope = 'meeting') => keep(scope, api.setRoom(patch)),
    moderateRoomIdea: (pendingId, decision, scope = 'meeting') =>
      keep(scope, api.moderateRoomIdea(pendingId, decision)),
    receiveRoomChanged: (status) => set({ room: status })
  }
}
