import { memo } from 'react'
import type { Countdown } from '../../../../shared/run/countdown'
import { formatRemaining } from '../../../../shared/run/countdown'
import { roundEndCue } from '../../audio/cue'
import type { CuePlayer } from '../../audio/cue'
import { strings } from '../../strings'
import { useCountdownTick } from './useCountdownTick'

interface OtherRoundTimerProps {
  roundId: string
  roundTitle: string
  countdown: Countdown
  cue?: CuePlayer
}

/**
 * The timer of another round, still running while the facilitator looks at this one: shown so it
 * is not forgotten, and its cue still sounds at zero.
 */
export const OtherRoundTimer = memo(function OtherRoundTimer({
  roundId,
  roundTitle,
  countdown,
  cue = roundEndCue
}: OtherRoundTimerProps) {
  const remaining = useCountdownTick(countdown, roundId, cue)
  return (
    <p className="other-round-timer">
      {strings.rounds.countdown.otherRound(roundTitle, formatRemaining(remaining))}
    </p>
  )
})
