import { utilityProcess } from 'electron'
import type { RoomHost } from './roomHost'
import { processRoomHost } from './processRoomHost'

/**
 * The app's room host: the room server in an Electron utility process, so a flood of phone requests
 * costs that process's CPU, never a window's or main's.
 */
export function utilityRoomHost(modulePath: string, assetsDir: string): RoomHost {
  return processRoomHost(() => {
    const child = utilityProcess.fork(modulePath, [], {
      serviceName: 'Northstar room join',
      stdio: 'ignore'
    })
    return {
      postMessage: (message) => child.postMessage(message),
      onMessage: (listener) => void child.on('message', listener),
      onceExit: (listener) => void child.once('exit', listener),
      kill: () => void child.kill()
    }
  }, assetsDir)
}
