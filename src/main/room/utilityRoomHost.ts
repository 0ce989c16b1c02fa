import { utilityProcess } from 'electron'
import type { UtilityProcess } from 'electron'
import type { FromRoomProcess, ToRoomProcess } from './processMessages'
import type { RoomHost } from './roomHost'

/**
 * Runs the room server in an Electron utility process (`roomProcess.ts`), one process per room
 * session: stopping kills it, so no connection or listening socket can outlive room join.
 */
export function utilityRoomHost(modulePath: string, assetsDir: string): RoomHost {
  let child: UtilityProcess | null = null
  const post = (message: ToRoomProcess): void => child?.postMessage(message)
  const host: RoomHost = {
    async start(config, events) {
      await host.stop()
      const started = utilityProcess.fork(modulePath, [], {
        serviceName: 'Northstar room join',
        stdio: 'ignore'
      })
      child = started
      return new Promise((resolve, reject) => {
        started.on('message', (message: FromRoomProcess) => {
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
        started.once('exit', () => {
          if (child === started) child = null
          events.phones(0)
          reject(new Error('the room process stopped'))
        })
        started.postMessage({ type: 'start', config, assetsDir } satisfies ToRoomProcess)
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
        stopping.once('exit', () => resolve())
        stopping.kill()
      })
    }
  }
  return host
}
