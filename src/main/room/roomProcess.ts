/**
 * The room server's Electron utility process: a flood of phone requests costs this process's CPU,
 * never a window's or main's. It starts one server when told and posts phone events back to main;
 * main kills the process to stop the room (every connection dies with it).
 */
import { readPhoneAssets } from './phoneAssets'
import type { FromRoomProcess, ToRoomProcess } from './processMessages'
import { startRoomServer } from './server'
import type { RoomServer } from './server'

const port = process.parentPort
const post = (message: FromRoomProcess): void => port.postMessage(message)
let server: RoomServer | null = null

port.on('message', (event: { data: ToRoomProcess }) => {
  const message = event.data
  switch (message.type) {
    case 'start':
      if (server) return
      void readPhoneAssets(message.assetsDir)
        .then((assets) =>
          startRoomServer({
            ...message.config,
            port: 0,
            assets,
            events: {
              joined: (deviceId) => post({ type: 'joined', deviceId }),
              message: (deviceId, m) => post({ type: 'message', deviceId, message: m }),
              phones: (count) => post({ type: 'phones', count })
            }
          })
        )
        .then((started) => {
          server = started
          post({ type: 'started', url: started.url })
        })
        .catch((error: unknown) =>
          post({ type: 'failed', reason: error instanceof Error ? error.message : String(error) })
        )
      return
    case 'send':
      return server?.send(message.deviceId, message.message)
    case 'broadcast':
      return server?.broadcast(message.message)
    case 'lock':
      return server?.setLocked(message.locked)
  }
})
