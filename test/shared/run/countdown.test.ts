import { describe, expect, it } from 'vitest'
import {
  addMinute,
  formatRemaining,
  isFinished,
  newCountdown,
  pause,
  remainingMs,
  start
} from '../../../src/shared/run/countdown'

describe('round countdown (fake time)', () => {
  const t0 = 1_000_000

  it('counts down only while running', () => {
    let c = newCountdown(15)
    expect(remainingMs(c, t0 + 5_000)).toBe(15 * 60_000)
    c = start(c, t0)
    expect(remainingMs(c, t0 + 60_000)).toBe(14 * 60_000)
    c = pause(c, t0 + 60_000)
    expect(remainingMs(c, t0 + 10 * 60_000)).toBe(14 * 60_000)
    c = start(c, t0 + 10 * 60_000)
    expect(remainingMs(c, t0 + 11 * 60_000)).toBe(13 * 60_000)
    expect(start(c, t0 + 11 * 60_000)).toBe(c)
  })

  it('finishes at zero and never goes negative', () => {
    const c = start(newCountdown(1), t0)
    expect(isFinished(c, t0 + 59_999)).toBe(false)
    expect(isFinished(c, t0 + 60_000)).toBe(true)
    expect(remainingMs(c, t0 + 5 * 60_000)).toBe(0)
  })

  it('adds a minute while running and a full minute after zero', () => {
    const running = addMinute(start(newCountdown(1), t0), t0 + 30_000)
    expect(remainingMs(running, t0 + 30_000)).toBe(90_000)
    const overtime = addMinute(start(newCountdown(1), t0), t0 + 3 * 60_000)
    expect(remainingMs(overtime, t0 + 3 * 60_000)).toBe(60_000)
    expect(remainingMs(overtime, t0 + 3 * 60_000 + 20_000)).toBe(40_000)
    const paused = addMinute(pause(start(newCountdown(1), t0), t0 + 2 * 60_000), t0 + 4 * 60_000)
    expect(remainingMs(paused, t0 + 9 * 60_000)).toBe(60_000)
  })

  it('formats the big display', () => {
    expect(formatRemaining(15 * 60_000)).toBe('15:00')
    expect(formatRemaining(61_001)).toBe('1:02')
    expect(formatRemaining(0)).toBe('0:00')
  })
})
