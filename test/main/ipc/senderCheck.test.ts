import { describe, expect, it } from 'vitest'
import type { SenderFrame } from '../../../src/main/ipc/senderCheck'
import { describeSender, isTrustedSender } from '../../../src/main/ipc/senderCheck'
import { originOf } from '../../../src/main/security/appOrigins'

const ALLOWED = ['app://northstar']
const DEV_ALLOWED = ['app://northstar', 'http://localhost:5173']
const frame = (overrides: Partial<SenderFrame> = {}): SenderFrame => ({
  url: 'app://northstar/index.html#/meeting/m1',
  isTopFrame: true,
  inAppWindow: true,
  ...overrides
})

describe('isTrustedSender', () => {
  it('accepts the top frame of our window showing our page', () => {
    expect(isTrustedSender(frame(), ALLOWED)).toBe(true)
    expect(isTrustedSender(frame({ url: 'http://localhost:5173/' }), DEV_ALLOWED)).toBe(true)
  })

  it('refuses a sub-frame, even of our own page', () => {
    expect(isTrustedSender(frame({ isTopFrame: false }), ALLOWED)).toBe(false)
  })

  it('refuses a page from anywhere else', () => {
    for (const url of [
      'https://evil.test/',
      'app://northstar.evil.test/',
      'app://evil/index.html',
      'file:///home/me/northstar/index.html',
      'http://localhost:5174/',
      'http://localhost:5173/',
      'data:text/html,hi',
      'about:blank',
      ''
    ]) {
      expect(isTrustedSender(frame({ url }), ALLOWED), url).toBe(false)
    }
  })

  it('refuses our page when it is not in a window the app created', () => {
    expect(isTrustedSender(frame({ inAppWindow: false }), ALLOWED)).toBe(false)
  })

  it('refuses a frame that is gone', () => {
    expect(isTrustedSender(null, ALLOWED)).toBe(false)
  })
})

describe('describeSender', () => {
  const main = { url: 'app://northstar/index.html', parent: null, frameToken: 'main' }
  const sub = { url: 'app://northstar/index.html', parent: main, frameToken: 'sub' }
  const sender = { mainFrame: main }
  const event = (senderFrame: unknown) =>
    ({ sender, senderFrame }) as unknown as Parameters<typeof describeSender>[0]

  it('sees the main frame as the top frame of an app window', () => {
    expect(describeSender(event(main), () => true)).toEqual({
      url: main.url,
      isTopFrame: true,
      inAppWindow: true
    })
  })

  it('sees a sub-frame as not the top frame', () => {
    expect(describeSender(event(sub), () => true)?.isTopFrame).toBe(false)
  })

  it('returns null when the frame was destroyed', () => {
    expect(describeSender(event(null), () => true)).toBeNull()
  })
})

describe('originOf', () => {
  it('keeps scheme, host and port of custom and web schemes', () => {
    expect(originOf('app://northstar/index.html')).toBe('app://northstar')
    expect(originOf('APP://NorthStar/x')).toBe('app://northstar')
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173')
  })

  it('has no origin for host-less or invalid URLs', () => {
    expect(originOf('file:///etc/passwd')).toBeNull()
    expect(originOf('about:blank')).toBeNull()
    expect(originOf('nonsense')).toBeNull()
  })
})
