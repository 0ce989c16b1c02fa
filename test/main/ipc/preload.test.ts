import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import type { RendererApi } from '../../../src/shared/ipc/contract'
import { API_METHODS, channelFor, eventChannelFor } from '../../../src/shared/ipc/contract'

// Stand-ins for the preload's Electron modules: what it exposes, and what it sends.
const exposed: Array<[string, unknown]> = []
const rendererEvents = new EventEmitter()
const invoke = vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: null }))
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.push([key, value]) },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (...a: unknown[]) => void) =>
      rendererEvents.on(channel, listener),
    removeListener: (channel: string, listener: (...a: unknown[]) => void) =>
      rendererEvents.removeListener(channel, listener)
  }
}))
await import('../../../src/preload/index')

describe('the preload', () => {
  it('exposes one thing, window.api, with exactly the contract methods and on', () => {
    expect(exposed.map(([key]) => key)).toEqual(['api'])
    const api = exposed[0]![1] as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'on'].sort())
  })

  it('sends calls on the method channel', async () => {
    const api = exposed[0]![1] as RendererApi
    await api.openMeeting('m1')
    expect(invoke).toHaveBeenCalledWith(channelFor('openMeeting'), 'm1')
  })

  it('gives listeners the payload only, never the IPC event (whose sender is ipcRenderer)', () => {
    const api = exposed[0]![1] as RendererApi
    const listener = vi.fn()
    const stop = api.on('libraryChanged', listener)
    const ipcEvent = { sender: 'ipcRenderer itself' }
    rendererEvents.emit(eventChannelFor('libraryChanged'), ipcEvent, null)
    expect(listener.mock.calls).toEqual([[null]])

    stop()
    rendererEvents.emit(eventChannelFor('libraryChanged'), ipcEvent, null)
    expect(listener).toHaveBeenCalledTimes(1)
    expect(rendererEvents.listenerCount(eventChannelFor('libraryChanged'))).toBe(0)
  })
})
