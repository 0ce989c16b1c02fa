import { useCallback } from 'react'
import { fillFraming } from '../../../../shared/meeting/template'
import { CaptureBar } from '../../components/CaptureBar'
import type { CapturedIdea } from '../../components/CaptureBar'
import { IdeasByDepartment } from '../../components/IdeasByDepartment'
import { useAppStore } from '../../store/StoreProvider'
import { strings } from '../../strings'
import { ScopedError } from '../ScopedError'
import { StageFrame } from './StageFrame'
import type { StageProps } from './types'

/** Brainstorm rounds: pick the round, capture ideas, see them arrive by department. */
export function RoundsStage({ meeting }: StageProps) {
  const applyCommand = useAppStore((s) => s.applyCommand)
  const round = meeting.rounds.find((r) => r.id === meeting.run.roundId) ?? meeting.rounds[0]
  const roundId = round?.id ?? null
  const onCommit = useCallback(
    (idea: CapturedIdea) =>
      roundId
        ? applyCommand({ type: 'idea.add', roundId, ...idea }, 'capture')
        : Promise.resolve(false),
    [applyCommand, roundId]
  )
  if (!round) return <StageFrame kind="rounds" />
  const ideas = meeting.ideas.filter((idea) => idea.roundId === round.id)

  return (
    <StageFrame kind="rounds">
      <div className="round-tabs" role="group" aria-label={strings.rounds.roundsLabel}>
        {meeting.rounds.map((r) => (
          <button
            key={r.id}
            type="button"
            aria-pressed={r.id === round.id}
            onClick={() =>
              void applyCommand({ type: 'run.goto', stage: 'rounds', roundId: r.id }, 'stage')
            }
          >
            {r.title}
          </button>
        ))}
      </div>
      <p className="prompt">{fillFraming(round.prompt, meeting.story.customer)}</p>
      {round.checklist.length > 0 && (
        <ul className="checklist">
          {round.checklist.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      <CaptureBar
        departments={meeting.departments}
        roundIdeaIds={ideas.map((idea) => idea.id)}
        onCommit={onCommit}
      />
      <ScopedError scope="capture" />
      <h3 className="visually-hidden">{strings.rounds.ideasHeading}</h3>
      <IdeasByDepartment departments={meeting.departments} ideas={ideas} />
    </StageFrame>
  )
}
