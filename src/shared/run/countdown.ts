/**
 * A round's countdown as plain data, so the renderer can keep it in its store and tests can drive it with
 * fake time. Times are epoch milliseconds passed in by the caller.
 */
export interface Countdown {
  durationMs: number
  /** When the countdown was last started or resumed; null while paused or not started. */
  runningSince: number | null
  /** Time already consumed before `runningSince`. */
  consumedMs: number
}

export const newCountdown = (minutes: number): Countdown => ({
  durationMs: Math.max(0, minutes) * 60_000,
  runningSince: null,
  consumedMs: 0
})

export const isRunning = (c: Countdown): boolean => c.runningSince !== null

export function start(c: Countdown, now: number): Countdown {
  return c.runningSince === null ? { ...c, runningSince: now } : c
}

export function pause(c: Countdown, now: number): Countdown {
  if (c.runningSince === null) return c
  return { ...c, runningSince: null, consumedMs: c.consumedMs + (now - c.runningSince) }
}

/** Adds a minute; works while running, paused, or after zero (the round gets one more full minute). */
export function addMinute(c: Countdown, now: number): Countdown {
  if (remainingMs(c, now) > 0) return { ...c, durationMs: c.durationMs + 60_000 }
  // Past zero: time spent in overtime must not eat into the added minute.
  const restarted = c.runningSince === null ? null : now
  return { durationMs: c.durationMs + 60_000, consumedMs: c.durationMs, runningSince: restarted }
}

export function remainingMs(c: Countdown, now: number): number {
  const running = c.runningSince === null ? 0 : now - c.runningSince
  return Math.max(0, c.durationMs - c.consumedMs - running)
}

/** True once the time box is used up. The renderer plays the cue on the transition to true. */
export const isFinished = (c: Countdown, now: number): boolean => remainingMs(c, now) === 0

/** `m:ss` for the big display. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000)
  const minutes = Math.floor(total / 60)
  return `${minutes}:${String(total % 60).padStart(2, '0')}`
}
