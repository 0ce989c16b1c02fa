import { describe, expect, it } from 'vitest'
import { broadcastTo } from '../../../src/main/ipc/broadcast'
import { eventChannelFor } from '../../../src/shared/ipc/contract'
import type { LivePatch, WindowAudience } from '../../../src/shared/ipc/contract'

/** A window's page as broadcasting sees it: who it is for, and what it was sent. */
const page = (audience: WindowAudience) => {
  const received: Array<[string, unknown]> = []
  return {
    audience,
    received,
    send: (channel: string, payload: unknown) => void received.push([channel, payload])
  }
}

describe('broadcastTo', () => {
  const facilitator = page('facilitator')
  const second = page('facilitator')
  const projector = page('projector')
  const broadcast = broadcastTo(
    (contents: ReturnType<typeof page>) => contents.audience,
    () => [facilitator, second, projector]
  )

  it('sends a patch only to the windows of its audience, once each', () => {
    const patch = { meetingId: 'm', rev: 2, patches: [] } as unknown as LivePatch
    broadcast('livePatch', patch, 'projector')
    expect(projector.received).toEqual([[eventChannelFor('livePatch'), patch]])
    expect(facilitator.received).toEqual([])
    expect(second.received).toEqual([])
  })

  it('sends an event with no audience to every window', () => {
    broadcast('libraryChanged', null)
    for (const window of [facilitator, second, projector]) {
      expect(window.received.at(-1)).toEqual([eventChannelFor('libraryChanged'), null])
    }
  })
})
