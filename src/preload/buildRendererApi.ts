import type { ApiEventName, RendererApi } from '../shared/ipc/contract'
import { API_EVENTS, API_METHODS, channelFor, eventChannelFor } from '../shared/ipc/methods'

/** Sends a call to main and resolves with its reply (ipcRenderer.invoke in the app). */
export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>

/** Listens on a channel for payloads from main; returns a function that stops listening. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void

const isEventName = (name: unknown): name is ApiEventName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(API_EVENTS, name)

/**
 * Builds `window.api` from the IPC contract: one function per method, each forwarding its
 * arguments to that method's channel, plus `on` for the events main broadcasts. Nothing else is
 * reachable from the page: no channel names, no raw IPC, no Electron or Node objects.
 */
export function buildRendererApi(invoke: Invoke, subscribe: Subscribe): RendererApi {
  const api: Record<string, unknown> = {}
  for (const method of API_METHODS) {
    const channel = channelFor(method)
    api[method] = (...args: unknown[]) => invoke(channel, ...args)
  }
  api.on = (event: unknown, listener: unknown) => {
    if (!isEventName(event)) throw new Error(`Unknown event: ${String(event)}`)
    if (typeof listener !== 'function') throw new Error('An event listener must be a function.')
    return subscribe(eventChannelFor(event), listener as (payload: unknown) => void)
  }
  return api as RendererApi
}
