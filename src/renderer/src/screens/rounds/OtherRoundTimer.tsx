import { memo } from 'react'
import { formatRemaining } from '../../../../shared/run/countdown'
import { strings } from '../../strings'
import { useCountdownTick, type TickingProps } from './useCountdownTick'

interface OtherRoundTimerProps extends TickingProps {
  roundTitle: string
}

/**
 * The timer of another round, still running while the facilitator looks at this one: shown so it
 * is not forgotten, and its cue still sounds at zero.
 */
export const OtherRoundTimer = memo(function OtherRoundTimer(props: OtherRoundTimerProps) {
  const remaining = useCountdownTick(props)
  return (
    <p className="other-round-timer">
      {strings.rounds.countdown.otherRound(props.roundTitle, formatRemaining(remaining))}
    </p>
  )
})
