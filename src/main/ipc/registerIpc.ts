import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import type { Api } from '../../shared/ipc/contract'
import { API_METHODS, channelFor } from '../../shared/ipc/contract'
import type { Caller } from '../../shared/ipc/dispatch'
import { dispatch, FACILITATOR } from '../../shared/ipc/dispatch'
import type { Result } from '../../shared/result'
import { fail } from '../../shared/result'

export interface IpcOptions {
  /** Whether the event came from the top frame of one of our windows showing our own page. */
  isTrustedEvent: (event: IpcMainInvokeEvent) => boolean
  /** Which audience the calling window belongs to (the projector window may call less). */
  callerOf?: (event: IpcMainInvokeEvent) => Caller
  /** Told about errors the service did not expect, for the log; the renderer gets a plain sentence. */
  onUnexpected?: (error: unknown) => void
}

const FORBIDDEN = fail('forbidden', { key: 'notFromAWindow' })

/**
 * Registers one `invoke` handler per method of the IPC contract. Every call goes through the same
 * gate: the sender frame is checked first (a foreign frame never reaches the service), then
 * `dispatch` validates the arguments against the contract, runs the method and wraps the outcome
 * in a Result envelope. index.ts passes Electron's `ipcMain`; unit tests pass a fake, and the e2e
 * harness a stand-in whose calls come from Playwright pages. This file imports no Electron code at
 * run time, so it loads in plain Node too.
 */
export function registerIpc(service: Api, options: IpcOptions, ipc: Pick<IpcMain, 'handle'>): void {
  for (const method of API_METHODS) {
    ipc.handle(channelFor(method), (event, ...args: unknown[]): Promise<Result<unknown>> => {
      if (!options.isTrustedEvent(event)) return Promise.resolve(FORBIDDEN)
      const caller = options.callerOf?.(event) ?? FACILITATOR
      return dispatch(service, method, args, options.onUnexpected, caller)
    })
  }
}
