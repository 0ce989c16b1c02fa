import { fork } from 'node:child_process'
import type { FromRoomProcess } from './processMessages'
import type { RoomHost } from './roomHost'
import { processRoomHost } from './processRoomHost'

/**
 * The room server as a plain Node child process (the built `out/main/roomProcess.js`): the same
 * entry as the app's utility process, for tests and the bench, where no Electron runtime exists.
 */
export function childRoomHost(modulePath: string, assetsDir: string): RoomHost {
  return processRoomHost(() => {
    const child = fork(modulePath, [], {
      // Plain node: not the parent's loaders (tsx, vitest), which would weigh on its memory.
      execArgv: [],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc']
    })
    return {
      postMessage: (message) => void child.send(message),
      onMessage: (listener) =>
        void child.on('message', (message) => listener(message as FromRoomProcess)),
      onceExit: (listener) => {
        if (child.exitCode !== null || child.signalCode !== null) listener()
        else child.once('exit', listener)
      },
      kill: () => void child.kill()
    }
  }, assetsDir)
}
