import { describe, expect, it } from 'vitest'
import type { ApiEventName } from '../../../src/shared/ipc/contract'
import { remainingMs } from '../../../src/shared/run/countdown'
import { createPresentation } from '../../../src/main/services/presentation'

function setup() {
  let now = 1_000_000
  const events: Array<{ event: ApiEventName; payload: unknown }> = []
  const windowCalls: string[] = []
  const presentation = createPresentation({
    broadcast: (event, payload) => events.push({ event, payload }),
    nowMs: () => now,
    projectorWindow: {
      open: () => Promise.resolve(void windowCalls.push('open')),
      close: () => Promise.resolve(void windowCalls.push('close'))
    }
  })
  return { presentation, events, windowCalls, advance: (ms: number) => (now += ms), now: () => now }
}

describe('presentation state', () => {
  it('drives one countdown on main’s clock and broadcasts every change', async () => {
    const { presentation, events, advance, now } = setup()
    let state = await presentation.controlCountdown('r1', 'start', 15)
    advance(60_000)
    expect(remainingMs(state.countdown!, now())).toBe(14 * 60_000)
    state = await presentation.controlCountdown('r1', 'pause', 15)
    advance(60_000)
    expect(remainingMs(state.countdown!, now())).toBe(14 * 60_000)
    state = await presentation.controlCountdown('r1', 'addMinute', 15)
    expect(remainingMs(state.countdown!, now())).toBe(15 * 60_000)
    state = await presentation.controlCountdown('r2', 'start', 5)
    expect(state.countdownRoundId).toBe('r2')
    expect(remainingMs(state.countdown!, now())).toBe(5 * 60_000)
    expect(events.every((e) => e.event === 'presentationChanged')).toBe(true)
    expect(events).toHaveLength(4)
  })

  it('blanks, freezes, starts a reflection pause and resets for another meeting', async () => {
    const { presentation, now } = setup()
    await presentation.setPresentation({ meetingId: 'm1' })
    await presentation.controlCountdown('r1', 'start', 10)
    let state = await presentation.setPresentation({
      blank: true,
      frozen: true,
      reflectionSeconds: 20
    })
    expect(state).toMatchObject({ blank: true, frozen: true, reflectionUntil: now() + 20_000 })
    state = await presentation.setPresentation({ meetingId: 'm2' })
    expect(state).toMatchObject({ meetingId: 'm2', countdown: null, reflectionUntil: null })
  })

  it('opens and closes the projector window and notices when the user closes it', async () => {
    const { presentation, windowCalls } = setup()
    expect((await presentation.openProjector()).projectorOpen).toBe(true)
    presentation.projectorClosed()
    expect((await presentation.getPresentation()).projectorOpen).toBe(false)
    await presentation.openProjector()
    expect((await presentation.closeProjector()).projectorOpen).toBe(false)
    expect(windowCalls).toEqual(['open', 'open', 'close'])
  })
})
