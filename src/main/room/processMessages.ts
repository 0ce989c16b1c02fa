import type { PhoneMessage, ServerMessage } from '../../shared/room/protocol'
import type { RoomHostConfig } from './roomHost'

/** Main → room utility process. */
export type ToRoomProcess =
  | { type: 'start'; config: RoomHostConfig; assetsDir: string }
  | { type: 'send'; deviceId: string; message: ServerMessage }
  | { type: 'broadcast'; message: ServerMessage }
  | { type: 'lock'; locked: boolean }

/** Room utility process → main. */
export type FromRoomProcess =
  | { type: 'started'; url: string }
  | { type: 'failed'; reason: string }
  | { type: 'joined'; deviceId: string }
  | { type: 'message'; deviceId: string; message: PhoneMessage }
  | { type: 'phones'; count: number }
