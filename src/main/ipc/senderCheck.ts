import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { isFromOrigins } from '../security/appOrigins'

/** What the sender check needs to know about the frame an IPC call came from. */
export interface SenderFrame {
  url: string
  /** The frame is the top frame of its page, not an iframe. */
  isTopFrame: boolean
  /** The page belongs to a window this app created. */
  inAppWindow: boolean
}

/**
 * Whether an IPC call may reach the service: only the top frame of one of our windows, showing a
 * page from one of the app's own origins. A destroyed or unknown frame (null) is refused.
 */
export function isTrustedSender(
  frame: SenderFrame | null,
  allowedOrigins: readonly string[]
): boolean {
  if (frame === null) return false
  return frame.isTopFrame && frame.inAppWindow && isFromOrigins(frame.url, allowedOrigins)
}

/** Reads the sender frame of an Electron IPC event into the plain shape `isTrustedSender` checks. */
export function describeSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  isAppWindow: (contents: WebContents) => boolean
): SenderFrame | null {
  const frame = event.senderFrame
  if (frame === null) return null
  return {
    url: frame.url,
    isTopFrame: frame.parent === null && frame.frameToken === event.sender.mainFrame.frameToken,
    inAppWindow: isAppWindow(event.sender)
  }
}
