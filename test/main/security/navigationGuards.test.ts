import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import type { GuardedContents } from '../../../src/main/security/navigationGuards'
import { guardNavigation } from '../../../src/main/security/navigationGuards'

/** A stand-in for a WebContents: real event emission, and the window-open handler kept for calling. */
function fakeContents() {
  const emitter = new EventEmitter()
  let openHandler: ((details: { url: string }) => { action: string }) | null = null
  const contents = {
    on: (event: string, listener: (...args: unknown[]) => void) => {
      emitter.on(event, listener)
      return contents
    },
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler
    }
  }
  const fire = (event: string, details: Record<string, unknown> = {}) => {
    const preventDefault = vi.fn()
    emitter.emit(event, { preventDefault, ...details })
    return preventDefault
  }
  return {
    contents: contents as unknown as GuardedContents,
    fire,
    openWindow: (url: string) => openHandler!({ url })
  }
}

describe('guardNavigation', () => {
  it('cancels a top-level navigation and offers the link to the external opener', () => {
    const page = fakeContents()
    const openExternal = vi.fn()
    guardNavigation(page.contents, openExternal)

    const url = 'https://example.com/'
    const prevented = page.fire('will-frame-navigate', { url, isMainFrame: true })
    expect(prevented).toHaveBeenCalled()
    expect(openExternal).toHaveBeenCalledWith(url)
  })

  it('cancels a sub-frame navigation without opening anything', () => {
    const page = fakeContents()
    const openExternal = vi.fn()
    guardNavigation(page.contents, openExternal)

    const prevented = page.fire('will-frame-navigate', {
      url: 'https://x.test/',
      isMainFrame: false
    })
    expect(prevented).toHaveBeenCalled()
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('also cancels will-navigate, even to the app itself', () => {
    const page = fakeContents()
    guardNavigation(page.contents, vi.fn())
    expect(page.fire('will-navigate', { url: 'app://northstar/index.html' })).toHaveBeenCalled()
  })

  it('refuses to attach a webview', () => {
    const page = fakeContents()
    guardNavigation(page.contents, vi.fn())
    expect(page.fire('will-attach-webview')).toHaveBeenCalled()
  })

  it('denies window.open for every URL, offering it to the external opener', () => {
    const page = fakeContents()
    const openExternal = vi.fn()
    guardNavigation(page.contents, openExternal)

    for (const url of ['https://example.com/', 'app://northstar/index.html', 'about:blank']) {
      expect(page.openWindow(url)).toEqual({ action: 'deny' })
    }
    expect(openExternal).toHaveBeenCalledTimes(3)
  })
})
