import { memo } from 'react'
import { formatRemaining, isRunning } from '../../../../shared/run/countdown'
import { strings } from '../../strings'
import { useCountdownTick, type TickingProps } from './useCountdownTick'

interface CountdownPanelProps extends TickingProps {
  started: boolean
  onToggle: () => void
  onAddMinute: () => void
  onReset: () => void
}

const t = strings.rounds.countdown

/**
 * The round's big m:ss timer and its controls. Memoised and ticking on its own, so the rest of the
 * stage does not re-render four times a second.
 */
export const CountdownPanel = memo(function CountdownPanel(props: CountdownPanelProps) {
  const { started, onToggle, onAddMinute, onReset } = props
  const remaining = useCountdownTick(props)
  const running = isRunning(props.countdown)
  const timeUp = started && remaining === 0
  const state = timeUp ? t.timeUp : running ? t.running : started ? t.paused : t.notStarted

  return (
    <section className={timeUp ? 'countdown time-up' : 'countdown'} aria-label={t.label}>
      <p
        className="countdown-time"
        role="timer"
        aria-label={t.status(formatRemaining(remaining), state)}
      >
        {formatRemaining(remaining)}
      </p>
      <p className="countdown-state" aria-live="polite">
        {state}
      </p>
      <div className="countdown-controls">
        <button
          type="button"
          className="primary"
          onClick={onToggle}
          aria-keyshortcuts="Alt+Shift+S"
        >
          {running && !timeUp ? t.pause : started && !timeUp ? t.resume : t.start}
        </button>
        <button type="button" onClick={onAddMinute} aria-keyshortcuts="Alt+Shift+A">
          {t.addMinute}
        </button>
        <button type="button" onClick={onReset} aria-keyshortcuts="Alt+Shift+R">
          {t.reset}
        </button>
      </div>
      <p className="hint">{t.keys}</p>
    </section>
  )
})
