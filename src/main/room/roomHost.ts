import type { ServerMessage } from '../../shared/room/protocol'
import type { PhoneAssets } from './phoneAssets'
import type { RoomServerEvents, RoomServerOptions } from './server'
import { startRoomServer } from './server'

/** Where the room server runs, as the bridge sees it: a utility process in the app, in-process in tests. */
export interface RoomHost {
  start(config: RoomHostConfig, events: RoomServerEvents): Promise<{ url: string }>
  send(deviceId: string, message: ServerMessage): void
  broadcast(message: ServerMessage): void
  setLocked(locked: boolean): void
  /** Closes every connection and stops listening; safe to call when not started. */
  stop(): Promise<void>
}

export interface RoomHostConfig {
  host: string
  token: string
  limits?: RoomServerOptions['limits']
}

/** Runs the room server in this process (tests, the e2e harness, the bench). */
export function inProcessRoomHost(assets: () => Promise<PhoneAssets>): RoomHost {
  let server: Awaited<ReturnType<typeof startRoomServer>> | null = null
  return {
    async start(config, events) {
      await server?.close()
      server = await startRoomServer({ ...config, port: 0, assets: await assets(), events })
      return { url: server.url }
    },
    send: (deviceId, message) => server?.send(deviceId, message),
    broadcast: (message) => server?.broadcast(message),
    setLocked: (locked) => server?.setLocked(locked),
    async stop() {
      const closing = server
      server = null
      await closing?.close()
    }
  }
}
