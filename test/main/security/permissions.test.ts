import { describe, expect, it } from 'vitest'
import { restrictPermissions } from '../../../src/main/security/permissions'

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string }
) => void
type CheckHandler = (contents: unknown, permission: string, origin: string) => boolean

function installOnFakeSession() {
  const handlers: {
    request?: RequestHandler
    check?: CheckHandler
    device?: () => boolean
  } = {}
  const session = {
    setPermissionRequestHandler: (h: RequestHandler) => (handlers.request = h),
    setPermissionCheckHandler: (h: CheckHandler) => (handlers.check = h),
    setDevicePermissionHandler: (h: () => boolean) => (handlers.device = h)
  }
  restrictPermissions(session, (url) => url.startsWith('app://northstar'))
  const request = (permission: string, requestingUrl: string): boolean => {
    let granted: boolean | undefined
    handlers.request!(null, permission, (g) => (granted = g), { requestingUrl })
    if (granted === undefined) throw new Error('the request handler never answered')
    return granted
  }
  return { handlers, request }
}

const APP_PAGE = 'app://northstar/index.html'

describe('restrictPermissions', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'midi',
    'clipboard-read',
    'display-capture',
    'openExternal',
    'pointerLock',
    'hid',
    'serial',
    'usb',
    'unknown'
  ])('refuses %s, even to the app', (permission) => {
    const { handlers, request } = installOnFakeSession()
    expect(request(permission, APP_PAGE)).toBe(false)
    expect(handlers.check!(null, permission, 'app://northstar')).toBe(false)
  })

  it('lets the app go full screen and write text to the clipboard', () => {
    const { handlers, request } = installOnFakeSession()
    expect(request('fullscreen', APP_PAGE)).toBe(true)
    expect(request('clipboard-sanitized-write', APP_PAGE)).toBe(true)
    expect(handlers.check!(null, 'fullscreen', 'app://northstar')).toBe(true)
  })

  it('refuses even those to a page that is not the app', () => {
    const { handlers, request } = installOnFakeSession()
    expect(request('fullscreen', 'https://evil.test/')).toBe(false)
    expect(handlers.check!(null, 'clipboard-sanitized-write', 'https://evil.test')).toBe(false)
  })

  it('refuses USB, HID and serial devices', () => {
    const { handlers } = installOnFakeSession()
    expect(handlers.device!()).toBe(false)
  })
})
