import type { PresentationState } from '../../../shared/ipc/contract'
import {
  formatRemaining,
  isRunning,
  newCountdown,
  remainingMs
} from '../../../shared/run/countdown'
import { strings } from '../strings'
import { useNow } from '../hooks/useNow'

/**
 * The round's countdown, big, on main's clock (the same numbers as the facilitator's screen). Before
 * the facilitator starts it, the round's time box.
 */
export function BigCountdown({
  presentation,
  roundId,
  timeboxMinutes
}: {
  presentation: PresentationState | null
  roundId: string
  timeboxMinutes: number
}) {
  const t = strings.projector.round
  const countdown =
    presentation?.countdownRoundId === roundId && presentation.countdown
      ? presentation.countdown
      : newCountdown(timeboxMinutes)
  const running = isRunning(countdown)
  const now = useNow(250, running)
  const left = remainingMs(countdown, now)
  const state = left === 0 ? 'done' : running ? 'running' : 'paused'
  return (
    <div className={`pj-countdown pj-countdown-${state}`} role="timer" aria-label={t.timeLeft}>
      <span className="pj-countdown-time">{formatRemaining(left)}</span>
      <span className="pj-countdown-note">
        {state === 'done'
          ? t.timeUp
          : state === 'paused' && countdown.consumedMs > 0
            ? t.paused
            : ''}
      </span>
    </div>
  )
}
