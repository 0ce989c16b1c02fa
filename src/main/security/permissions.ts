import type { Session } from 'electron'

/** The parts of a Session the permission policy touches, so tests can pass a fake. */
export type PermissionSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>

/**
 * Permissions the app's own pages may use: full screen (the projector view presents like a slide
 * deck) and writing plain text to the clipboard (copying minutes). Camera, microphone, location,
 * notifications, devices and everything else are refused.
 */
const GRANTED = new Set(['fullscreen', 'clipboard-sanitized-write'])

/** Whether `permission` is granted to a page whose URL is `requestingUrl`. */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string,
  isAppUrl: (url: string) => boolean
): boolean {
  return GRANTED.has(permission) && isAppUrl(requestingUrl)
}

/**
 * Installs the permission policy on a session. Electron grants every permission by default, so
 * both the request and the check handlers must be replaced; device (USB/HID/serial) access is denied.
 */
export function restrictPermissions(
  session: PermissionSession,
  isAppUrl: (url: string) => boolean
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, isAppUrl))
  })
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, isAppUrl)
  )
  session.setDevicePermissionHandler(() => false)
}
