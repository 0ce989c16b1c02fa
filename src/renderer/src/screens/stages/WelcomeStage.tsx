import { strings } from '../../strings'
import { StageFrame } from './StageFrame'
import type { StageProps } from './types'

/** Welcome / north star: why we meet, our mission, and the agenda with planned times. */
export function WelcomeStage({ meeting }: StageProps) {
  return (
    <StageFrame kind="welcome">
      <h3>{meeting.facts.title}</h3>
      {meeting.facts.purpose && (
        <>
          <h4>{strings.welcome.purpose}</h4>
          <p className="lead">{meeting.facts.purpose}</p>
        </>
      )}
      {meeting.facts.mission && (
        <>
          <h4>{strings.welcome.mission}</h4>
          <p className="lead">{meeting.facts.mission}</p>
        </>
      )}
      <h4>{strings.welcome.agenda}</h4>
      <ol className="agenda">
        {meeting.stages.map((stage) => (
          <li key={stage.kind}>
            <span>{strings.stages[stage.kind]}</span>
            <span className="muted">{strings.meeting.plannedMinutes(stage.plannedMinutes)}</span>
          </li>
        ))}
      </ol>
    </StageFrame>
  )
}
