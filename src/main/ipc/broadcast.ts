import type { WebContents } from 'electron'
import type { ApiEventName, ApiEvents, WindowAudience } from '../../shared/ipc/contract'
import { eventChannelFor } from '../../shared/ipc/contract'

/** What broadcasting needs of a window's page: sending it a message (Electron's `webContents.send`). */
export type EventTarget = Pick<WebContents, 'send'>

/** Which audience a window's page belongs to (the projector window is the room's). */
export type AudienceOf<C extends EventTarget = WebContents> = (contents: C) => WindowAudience

/**
 * Sends an event to the page of every open window of `audience`, or of every window when none is
 * named: a meeting's patches go only to the windows whose view they patch. `openPages` lists the
 * pages of the open windows (Electron's in the app; the e2e harness passes its Playwright pages').
 * Imports no Electron code at run time.
 */
export function broadcastTo<C extends EventTarget>(
  audienceOf: AudienceOf<C>,
  openPages: () => Iterable<C>
) {
  return <E extends ApiEventName>(event: E, payload: ApiEvents[E], audience?: WindowAudience) => {
    for (const contents of openPages()) {
      if (audience && audienceOf(contents) !== audience) continue
      contents.send(eventChannelFor(event), payload)
    }
  }
}
