import { useEffect, useRef, useState } from 'react'
import type { Countdown } from '../../../../shared/run/countdown'
import { isRunning, remainingMs } from '../../../../shared/run/countdown'
import { roundEndCue } from '../../audio/cue'
import type { CuePlayer } from '../../audio/cue'

/** How often the display refreshes while the countdown runs. */
export const TICK_MS = 250

/** What a ticking timer shows: a round's countdown, and the cue it sounds at zero. */
export interface TickingProps {
  roundId: string
  countdown: Countdown
  cue?: CuePlayer
}

/**
 * The time left, refreshed every 250 ms only while the countdown runs (and once exactly at zero), so
 * an idle timer costs no renders. Plays the cue once on the transition to zero of the same round.
 */
export function useCountdownTick({ countdown, roundId, cue = roundEndCue }: TickingProps): number {
  const [now, setNow] = useState(() => Date.now())
  const remaining = remainingMs(countdown, Math.max(now, Date.now()))
  const live = isRunning(countdown) && remaining > 0

  useEffect(() => {
    if (!live) return
    // Wake at zero itself rather than up to a tick later, so the cue is on time.
    const timer = setTimeout(() => setNow(Date.now()), Math.min(TICK_MS, remaining))
    return () => clearTimeout(timer)
  }, [live, remaining])

  const previous = useRef<{ roundId: string; remaining: number } | null>(null)
  useEffect(() => {
    const before = previous.current
    previous.current = { roundId, remaining }
    if (before?.roundId === roundId && before.remaining > 0 && remaining === 0) cue.play()
  }, [roundId, remaining, cue])

  return remaining
}
