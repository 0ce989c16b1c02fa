import { describe, expect, it, vi } from 'vitest'
import { buildRendererApi } from '../../../src/preload/buildRendererApi'
import { API_METHODS, channelFor, eventChannelFor } from '../../../src/shared/ipc/contract'

describe('buildRendererApi (what the preload exposes as window.api)', () => {
  it('exposes exactly the contract methods and on, nothing else', () => {
    const api = buildRendererApi(vi.fn(), vi.fn())
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'on'].sort())
    for (const key of Object.keys(api)) {
      expect(typeof (api as unknown as Record<string, unknown>)[key]).toBe('function')
    }
  })

  it('forwards each call to its own channel with the arguments unchanged', async () => {
    const invoke = vi.fn((channel: string, ...args: unknown[]) =>
      Promise.resolve({ ok: true, value: { channel, args } })
    )
    const api = buildRendererApi(invoke, vi.fn())

    const reply = await api.renameMeeting('m1', 'Q3 review')
    expect(invoke).toHaveBeenCalledWith(channelFor('renameMeeting'), 'm1', 'Q3 review')
    expect(reply).toEqual({
      ok: true,
      value: { channel: channelFor('renameMeeting'), args: ['m1', 'Q3 review'] }
    })
  })

  it('subscribes to events on their channel and hands back an unsubscribe', () => {
    const unsubscribe = vi.fn()
    const subscribe = vi.fn(() => unsubscribe)
    const api = buildRendererApi(vi.fn(), subscribe)
    const listener = vi.fn()

    const stop = api.on('libraryChanged', listener)
    expect(subscribe).toHaveBeenCalledWith(eventChannelFor('libraryChanged'), listener)
    stop()
    expect(unsubscribe).toHaveBeenCalled()
  })

  it('refuses to subscribe to a channel that is not a contract event', () => {
    const subscribe = vi.fn()
    const api = buildRendererApi(vi.fn(), subscribe)
    const on = api.on as (event: string, listener: () => void) => () => void
    expect(() => on('northstar:call:deleteMeeting', () => {})).toThrow()
    expect(() => on('__proto__', () => {})).toThrow()
    expect(subscribe).not.toHaveBeenCalled()
  })
})
