import { useCallback } from 'react'
import type { CountdownAction } from '../../../../shared/ipc/contract'
import type { Round } from '../../../../shared/meeting/schema'
import type { Countdown } from '../../../../shared/run/countdown'
import { isRunning, newCountdown, remainingMs } from '../../../../shared/run/countdown'
import { roundEndCue } from '../../audio/cue'
import type { CuePlayer } from '../../audio/cue'
import { useAppStore } from '../../store/StoreProvider'

export interface RoundCountdown {
  /** This round's countdown on main's clock; a fresh, unstarted one when another round has the timer. */
  countdown: Countdown
  started: boolean
  /** Another round's countdown that is still running, if any (main keeps one timer). */
  other: { roundId: string; countdown: Countdown } | null
  /** Start, or pause while running. */
  toggle: () => void
  addMinute: () => void
  reset: () => void
}

/**
 * The round's countdown as main keeps it (so the projector shows the same time), with the controls.
 * Starting also wakes the audio output, since the cue at zero comes without a key press.
 */
export function useRoundCountdown(round: Round, cue: CuePlayer = roundEndCue): RoundCountdown {
  const presentation = useAppStore((s) => s.presentation)
  const controlCountdown = useAppStore((s) => s.controlCountdown)

  const mine = presentation?.countdownRoundId === round.id ? (presentation.countdown ?? null) : null
  const countdown = mine ?? newCountdown(round.timeboxMinutes)
  const otherId = presentation?.countdownRoundId ?? null
  const otherCountdown = presentation?.countdown ?? null
  const other =
    mine === null && otherId !== null && otherCountdown && isRunning(otherCountdown)
      ? { roundId: otherId, countdown: otherCountdown }
      : null
  const running = isRunning(countdown)

  const send = useCallback(
    (action: CountdownAction) => controlCountdown(round.id, action, round.timeboxMinutes, 'stage'),
    [controlCountdown, round.id, round.timeboxMinutes]
  )
  const toggle = useCallback(() => {
    const left = remainingMs(countdown, Date.now())
    if (running && left > 0) return void send('pause')
    cue.prime()
    // After time is up, starting again means a fresh time box.
    const restart = mine !== null && left === 0
    void (restart ? send('reset') : Promise.resolve(true)).then(() => send('start'))
  }, [running, countdown, mine, send, cue])

  return {
    countdown,
    started: mine !== null,
    other,
    toggle,
    addMinute: useCallback(() => void send('addMinute'), [send]),
    reset: useCallback(() => void send('reset'), [send])
  }
}
