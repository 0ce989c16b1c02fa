import { format, parseISO, startOfMinute } from 'date-fns'
import { agenda } from '../../../../shared/run/schedule'
import { useNow } from '../../hooks/useNow'
import { strings } from '../../strings'
import '../../styles/prepare.css'
import { StageFrame } from './StageFrame'
import type { StageProps } from './types'

const s = strings.stagesIntro.welcome

/** Welcome / north star: why we meet, our mission, and the agenda with planned start times. */
export function WelcomeStage({ meeting }: StageProps) {
  const now = new Date(useNow(30_000)).toISOString()
  // Before the meeting starts, the times say what happens if we start now.
  const start = meeting.run.meetingStartedAt ?? startOfMinute(parseISO(now)).toISOString()
  const items = agenda(meeting, start)
  return (
    <StageFrame kind="welcome">
      <div className="welcome">
        <h3 className="welcome-title">{meeting.facts.title}</h3>
        <p className="muted">
          {[
            meeting.facts.quarter && strings.dates.quarter(meeting.facts.quarter),
            meeting.facts.date && strings.dates.day(meeting.facts.date),
            meeting.facts.place,
            meeting.facts.facilitator
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <h4>{strings.welcome.purpose}</h4>
        <p className="lead">
          {meeting.facts.purpose || <span className="muted">{s.noPurpose}</span>}
        </p>
        <h4>{strings.welcome.mission}</h4>
        <p className="lead mission">
          {meeting.facts.mission || <span className="muted">{s.noMission}</span>}
        </p>
        <h4>{strings.welcome.agenda}</h4>
        <ol className="agenda timed" aria-label={s.agendaLabel}>
          {items.map((item) => (
            <li key={item.kind} className={item.kind === meeting.run.stage ? 'current' : undefined}>
              <time dateTime={item.start}>{format(parseISO(item.start), 'HH:mm')}</time>
              <span className="agenda-stage">{strings.stages[item.kind]}</span>
              <span className="muted">{s.minutes(item.minutes)}</span>
            </li>
          ))}
        </ol>
      </div>
    </StageFrame>
  )
}
