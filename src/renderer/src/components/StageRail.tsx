import type { StageKind, StagePlan } from '../../../shared/meeting/schema'
import { strings } from '../strings'

interface StageRailProps {
  stages: StagePlan[]
  current: StageKind
  onGoto: (stage: StageKind) => void
}

/** The run of show as a row of steps; the current one is marked for sight and for screen readers. */
export function StageRail({ stages, current, onGoto }: StageRailProps) {
  return (
    <nav className="stage-rail" aria-label={strings.meeting.stageRail}>
      <ol>
        {stages.map((stage, index) => {
          const isCurrent = stage.kind === current
          return (
            <li key={stage.kind}>
              <button
                type="button"
                className={isCurrent ? 'stage-step current' : 'stage-step'}
                aria-current={isCurrent ? 'step' : undefined}
                onClick={() => onGoto(stage.kind)}
              >
                <span className="stage-number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="stage-name">{strings.stages[stage.kind]}</span>
                <span className="stage-minutes">
                  {strings.meeting.plannedMinutes(stage.plannedMinutes)}
                </span>
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
