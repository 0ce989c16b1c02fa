import type { FromRoomProcess, ToRoomProcess } from './processMessages'
import type { RoomHost } from './roomHost'

/** A started room process as the host needs it: Electron's utility process or a Node child. */
export interface RoomChild {
  postMessage(message: ToRoomProcess): void
  onMessage(listener: (message: FromRoomProcess) => void): void
  onceExit(listener: () => void): void
  kill(): void
}

/**
 * Runs the room server in a process of its own (`roomProcess.ts`), one process per room session:
 * stopping kills it, so no connection or listening socket can outlive room join. `spawn` starts the
 * process: a utility process in the app (utilityRoomHost.ts), a Node child in tests and the bench
 * (childRoomHost.ts).
 */
export function processRoomHost(spawn: () => RoomChild, assetsDir: string): RoomHost {
  let child: RoomChild | null = null
  const post = (message: ToRoomProcess): void => child?.postMessage(message)
  const host: RoomHost = {
    async start(config, events) {
      await host.stop()
      const started = spawn()
      child = started
      return new Promise((resolve, reject) => {
        started.onMessage((message) => {
          switch (message.type) {
            case 'started':
              return resolve({ url: message.url })
            case 'failed':
              return reject(new Error(message.reason))
            case 'joined':
              return events.joined(message.deviceId)
            case 'message':
              return events.message(message.deviceId, message.message)
            case 'phones':
              return events.phones(message.count)
          }
        })
        started.onceExit(() => {
          if (child === started) child = null
          events.phones(0)
          reject(new Error('the room process stopped'))
        })
        started.postMessage({ type: 'start', config, assetsDir })
      })
    },
    send: (deviceId, message) => post({ type: 'send', deviceId, message }),
    broadcast: (message) => post({ type: 'broadcast', message }),
    setLocked: (locked) => post({ type: 'lock', locked }),
    stop() {
      const stopping = child
      child = null
      if (!stopping) return Promise.resolve()
      return new Promise((resolve) => {
        stopping.onceExit(() => resolve())
        stopping.kill()
      })
    }
  }
  return host
}
