import { useMemo } from 'react'
import type { Meeting, Round } from '../../../../shared/meeting/schema'
import { fillFraming } from '../../../../shared/meeting/template'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { CountdownPanel } from './CountdownPanel'
import { OtherRoundTimer } from './OtherRoundTimer'
import type { RoundCountdown } from './useRoundCountdown'

/** The top of a round: the round tabs (with idea counts), its prompt and checklist, and the timer. */
export function RoundHeader({
  meeting,
  round,
  timer
}: {
  meeting: Meeting
  round: Round
  timer: RoundCountdown
}) {
  const applyCommand = useAppStore((s) => s.applyCommand)
  const { ideas, rounds } = meeting
  const roundCounts = useMemo(() => {
    const counts = new Map<string, number>()
    for (const idea of ideas) counts.set(idea.roundId, (counts.get(idea.roundId) ?? 0) + 1)
    return counts
  }, [ideas])
  return (
    <div className="rounds-top">
      <div className="rounds-prompt">
        <div className="round-tabs" role="group" aria-label={strings.rounds.roundsLabel}>
          {rounds.map((r) => (
            <button
              key={r.id}
              type="button"
              aria-pressed={r.id === round.id}
              onClick={() =>
                void applyCommand({ type: 'run.goto', stage: 'rounds', roundId: r.id }, 'stage')
              }
            >
              {strings.rounds.roundTab(r.title, roundCounts.get(r.id) ?? 0)}
            </button>
          ))}
        </div>
        <p className="hint">{strings.rounds.roundTabsHint}</p>
        <p className="prompt">
          {fillFraming(
            round.prompt,
            meeting.story.customer,
            strings.prepare.framing.unnamedCustomer
          )}
        </p>
        {round.checklist.length > 0 && (
          <ul className="checklist" aria-label={strings.rounds.checklistLabel}>
            {round.checklist.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="rounds-timer">
        <CountdownPanel
          roundId={round.id}
          countdown={timer.countdown}
          started={timer.started}
          onToggle={timer.toggle}
          onAddMinute={timer.addMinute}
          onReset={timer.reset}
        />
        {timer.other && (
          <OtherRoundTimer
            roundId={timer.other.roundId}
            roundTitle={rounds.find((r) => r.id === timer.other?.roundId)?.title ?? ''}
            countdown={timer.other.countdown}
          />
        )}
      </div>
    </div>
  )
}
