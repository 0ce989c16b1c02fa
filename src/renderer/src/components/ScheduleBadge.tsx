import { format, parseISO } from 'date-fns'
import type { Meeting } from '../../../shared/meeting/schema'
import { scheduleStatus } from '../../../shared/run/schedule'
import { useNow } from '../hooks/useNow'
import { strings } from '../strings'

const s = strings.stagesIntro.schedule

/** `m:ss` (or `h:mm:ss` past an hour) for a number of seconds. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.abs(Math.round(totalSeconds))
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const ss = String(seconds % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}

/**
 * The header's schedule: forecast end of the whole meeting and how far the current stage is over or
 * under its plan, refreshed every second. Over is said in words, not only in colour.
 */
export function ScheduleBadge({ meeting }: { meeting: Meeting }) {
  const now = new Date(useNow()).toISOString()
  const status = scheduleStatus(meeting, now)
  const stageName = strings.stages[status.stage]

  if (!status.forecastEnd) {
    const total = meeting.stages.reduce((sum, stage) => sum + stage.plannedMinutes, 0)
    return (
      <p className="schedule-badge">
        <span className="visually-hidden">{s.label}: </span>
        {s.notStarted(total)}
      </p>
    )
  }
  const over = status.overSeconds > 0
  const lateMinutes =
    status.plannedEnd === null
      ? 0
      : Math.round((Date.parse(status.forecastEnd) - Date.parse(status.plannedEnd)) / 60_000)
  return (
    <p className={over ? 'schedule-badge over' : 'schedule-badge'}>
      <span className="visually-hidden">{s.label}: </span>
      <span>
        {s.stageOf(stageName)}{' '}
        <strong>
          {over
            ? s.over(formatDuration(status.overSeconds))
            : s.under(formatDuration(status.overSeconds))}
        </strong>
      </span>
      <span className={lateMinutes > 0 ? 'forecast late' : 'forecast'}>
        {s.forecast(format(parseISO(status.forecastEnd), 'HH:mm'))}
        {lateMinutes > 0 && ` ${s.late(lateMinutes)}`}
      </span>
    </p>
  )
}
