import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import type { Api } from '../../../src/shared/ipc/contract'
import { API_METHODS, channelFor } from '../../../src/shared/ipc/contract'
import { AppFailure } from '../../../src/shared/result'

// Importing the real 'electron' package in Node tries to download the runtime; registerIpc only
// needs ipcMain as its default, and every test passes its own.
vi.mock('electron', () => ({ ipcMain: { handle: () => {} } }))
const { registerIpc } = await import('../../../src/main/ipc/registerIpc')
const { describeSender, isTrustedSender } = await import('../../../src/main/ipc/senderCheck')

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>

/** A service that records every call and answers with a fixed value. */
function spyService(answer: (method: string) => unknown = () => 'done') {
  const calls: Array<{ method: string; args: unknown[] }> = []
  const service = Object.fromEntries(
    API_METHODS.map((method) => [
      method,
      (...args: unknown[]) => {
        calls.push({ method, args })
        return Promise.resolve(answer(method))
      }
    ])
  ) as unknown as Api
  return { service, calls }
}

const ourContents = { mainFrame: { frameToken: 'top' } } as unknown as WebContents
const topFrame = { url: 'app://northstar/index.html', parent: null, frameToken: 'top' }

function eventFrom(frame: Record<string, unknown> | null, sender = ourContents) {
  return { sender, senderFrame: frame } as unknown as IpcMainInvokeEvent
}

/** Registers on a fake ipcMain exactly as index.ts does, and returns a way to call a channel. */
function setUp(service: Api, onUnexpected = vi.fn()) {
  const handlers = new Map<string, Handler>()
  const ipc = { handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) }
  registerIpc(
    service,
    {
      isTrustedEvent: (event) =>
        isTrustedSender(
          describeSender(event, (c) => c === ourContents),
          ['app://northstar']
        ),
      onUnexpected
    },
    ipc
  )
  const call = (method: string, event: IpcMainInvokeEvent, ...args: unknown[]) => {
    const handler = handlers.get(channelFor(method as never))
    if (!handler) throw new Error(`no handler for ${method}`)
    return handler(event, ...args)
  }
  return { handlers, call, onUnexpected }
}

describe('registerIpc', () => {
  it('registers one handler per contract method', () => {
    const { handlers } = setUp(spyService().service)
    expect([...handlers.keys()].sort()).toEqual(API_METHODS.map(channelFor).sort())
  })

  it('runs a valid call from our window and returns the envelope', async () => {
    const { service, calls } = spyService()
    const { call } = setUp(service)
    await expect(call('renameMeeting', eventFrom(topFrame), 'm1', 'Q3 review')).resolves.toEqual({
      ok: true,
      value: 'done'
    })
    // The service is told who called (a facilitator's window here) after the arguments.
    expect(calls).toEqual([
      { method: 'renameMeeting', args: ['m1', 'Q3 review', { audience: 'facilitator' }] }
    ])
  })

  it.each([
    ['a foreign origin', eventFrom({ ...topFrame, url: 'https://evil.test/' })],
    ['a sub-frame of our page', eventFrom({ ...topFrame, parent: topFrame, frameToken: 'sub' })],
    ['a destroyed frame', eventFrom(null)],
    [
      'a page outside our windows',
      eventFrom(topFrame, { mainFrame: topFrame } as unknown as WebContents)
    ]
  ])('refuses %s as forbidden without touching the service', async (_why, event) => {
    const { service, calls } = spyService()
    const { call } = setUp(service)
    const reply = await call('deleteMeeting', event, 'm1')
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(calls).toEqual([])
  })

  it.each([
    ['a number for an id', 'renameMeeting', [42, 'title']],
    ['a missing argument', 'renameMeeting', ['m1']],
    ['an extra argument', 'deleteMeeting', ['m1', 'also-this']],
    ['a string for a flag', 'archiveMeeting', ['m1', 'yes']],
    ['an unknown export format', 'exportMinutes', ['m1', ['exe'], null]],
    ['a made-up command', 'applyCommand', ['m1', { type: 'dropDatabase' }]],
    ['an object for an id', 'openMeeting', [{ toString: 'm1' }]]
  ])('refuses %s as invalid input without touching the service', async (_why, method, args) => {
    const { service, calls } = spyService()
    const { call } = setUp(service)
    const reply = await call(method, eventFrom(topFrame), ...args)
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(calls).toEqual([])
  })

  it('passes a refusal from the service through as its code and reason', async () => {
    const { service } = spyService(() => {
      throw new AppFailure('not_found', { key: 'meetingGoneFromLibrary' })
    })
    const { call } = setUp(service)
    await expect(call('openMeeting', eventFrom(topFrame), 'gone')).resolves.toEqual({
      ok: false,
      error: { code: 'not_found', reason: { key: 'meetingGoneFromLibrary' } }
    })
  })

  it('reports an unexpected error to main and a calm sentence to the page', async () => {
    const bug = new TypeError('cannot read properties of undefined')
    const { service } = spyService(() => {
      throw bug
    })
    const { call, onUnexpected } = setUp(service)
    const reply = (await call('listMeetings', eventFrom(topFrame))) as {
      ok: false
      error: { code: string; message: string }
    }
    expect(reply.error.code).toBe('internal')
    expect(reply.error.message).not.toContain('undefined')
    expect(onUnexpected).toHaveBeenCalledWith(bug)
  })
})
