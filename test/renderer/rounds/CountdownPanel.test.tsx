import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCuePlayer } from '../../../src/renderer/src/audio/cue'
import { CountdownPanel } from '../../../src/renderer/src/screens/rounds/CountdownPanel'
import type { Countdown } from '../../../src/shared/run/countdown'
import { addMinute, newCountdown, pause, start } from '../../../src/shared/run/countdown'
import { createFakeAudio } from './fakeAudio'

const T0 = Date.parse('2026-11-23T10:00:00Z')

beforeEach(() => {
  vi.useFakeTimers({ now: T0 })
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

function renderPanel(countdown: Countdown, started = true) {
  const audio = createFakeAudio()
  const cue = createCuePlayer(() => audio.context)
  const props = {
    roundId: 'r1',
    started,
    onToggle: vi.fn(),
    onAddMinute: vi.fn(),
    onReset: vi.fn(),
    cue
  }
  const view = render(<CountdownPanel countdown={countdown} {...props} />)
  const rerender = (next: Countdown) =>
    view.rerender(<CountdownPanel countdown={next} {...props} />)
  const shown = () => screen.getByRole('timer').textContent
  return { audio, shown, rerender, props }
}

const advance = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms)
  })

describe('the round countdown', () => {
  it('counts down in m:ss while running and plays the cue once, at zero', () => {
    const countdown = start(newCountdown(1), T0)
    const { audio, shown, rerender } = renderPanel(countdown)
    expect(shown()).toBe('1:00')
    advance(15_000)
    expect(shown()).toBe('0:45')
    advance(44_500)
    expect(shown()).toBe('0:01')
    expect(audio.tones).toHaveLength(0)
    advance(500)
    expect(shown()).toBe('0:00')
    expect(screen.getByText('Time is up')).toBeTruthy()
    const tonesAtZero = audio.tones.length
    expect(tonesAtZero).toBeGreaterThan(0)
    advance(10_000)
    // A broadcast re-sends the same finished countdown: no second cue.
    rerender({ ...countdown })
    expect(audio.tones).toHaveLength(tonesAtZero)
  })

  it('stands still while paused, and keeps the time an added minute gives', () => {
    let countdown = start(newCountdown(2), T0)
    const { shown, rerender, audio } = renderPanel(countdown)
    advance(30_000)
    countdown = pause(countdown, Date.now())
    rerender(countdown)
    expect(shown()).toBe('1:30')
    advance(60_000)
    expect(shown()).toBe('1:30')
    expect(screen.getByText('paused')).toBeTruthy()
    countdown = addMinute(countdown, Date.now())
    rerender(countdown)
    expect(shown()).toBe('2:30')
    expect(audio.tones).toHaveLength(0)
  })

  it('does not re-render while idle, and does not play for a timer already at zero when shown', () => {
    const finished = start(newCountdown(1), T0 - 120_000)
    const { audio, shown, rerender } = renderPanel(finished)
    expect(shown()).toBe('0:00')
    advance(5_000)
    rerender({ ...finished })
    expect(audio.tones).toHaveLength(0)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('shows the round’s time box before it is started', () => {
    renderPanel(newCountdown(7), false)
    expect(screen.getByRole('timer').textContent).toBe('7:00')
    expect(screen.getByText('not started')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy()
    expect(vi.getTimerCount()).toBe(0)
  })
})
