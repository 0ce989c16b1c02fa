import type { MeetingState, WindowAudience, WindowViews } from '../ipc/contract'
import type { LivePatch } from './messages'
import { shownToRoom } from '../meeting/shownToRoom'
import { projectorView } from '../projector/view'
import type { AudienceFeed, LiveStream } from './stream'

export type WindowFeeds = { [A in WindowAudience]: AudienceFeed<WindowViews[A]> }

/**
 * Registers the app's two window audiences on a stream and sends each its own patches: the
 * facilitator's windows follow every open meeting in full; the projector follows the presented
 * meeting through `projectorView`, which leaves out everything private.
 */
export function registerWindowAudiences(
  stream: LiveStream,
  send: (message: LivePatch, audience: WindowAudience) => void
): WindowFeeds {
  const feeds: WindowFeeds = {
    facilitator: stream.registerAudience(
      'facilitator',
      (meeting, _presentation, history): MeetingState => ({ meeting, ...history }),
      { follows: 'every' }
    ),
    // Ideas hidden from the room never reach the projector (shownToRoom leaves them out).
    projector: stream.registerAudience('projector', (meeting) =>
      projectorView(shownToRoom(meeting))
    )
  }
  feeds.facilitator.subscribe((message) => send(message, 'facilitator'))
  feeds.projector.subscribe((message) => send(message, 'projector'))
  return feeds
}
