/**
 * The room server's process: an Electron utility process in the app (a flood of phone requests costs
 * this process's CPU, never a window's or main's), or a plain Node child process in tests and the
 * bench (childRoomHost.ts). It starts one server when told and posts phone events back to its parent;
 * the parent kills the process to stop the room (every connection dies with it).
 */
import { readPhoneAssets } from './phoneAssets'
import type { FromRoomProcess, ToRoomProcess } from './processMessages'
import { startRoomServer } from './server'
import type { RoomServer } from './server'

/** Electron gives a utility process `parentPort`; a Node child talks over `process.send`. */
const parentPort = (process as { parentPort?: Electron.ParentPort }).parentPort
const post = (message: FromRoomProcess): void => {
  if (parentPort) parentPort.postMessage(message)
  else process.send?.(message)
}
const onMessage = (listener: (message: ToRoomProcess) => void): void => {
  if (parentPort) parentPort.on('message', (event: { data: ToRoomProcess }) => listener(event.data))
  // The parent gone (the app or test ended): nothing must keep listening on the network.
  else
    process
      .on('message', (message) => listener(message as ToRoomProcess))
      .on('disconnect', () => process.exit(0))
}
let server: RoomServer | null = null

onMessage((message) => {
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
