import { addMinutes, differenceInSeconds, parseISO } from 'date-fns'
import type { Meeting, StageKind } from '../meeting/schema'

/** Where the meeting stands against its plan. */
export interface ScheduleStatus {
  /** Forecast end of the whole meeting (ISO), or null before it starts. */
  forecastEnd: string | null
  /** Planned end when the meeting started on time (ISO), or null before it starts. */
  plannedEnd: string | null
  stage: StageKind
  plannedMinutes: number
  /** Seconds spent in the current stage so far. */
  elapsedSeconds: number
  /** Positive when the current stage is running over its plan, negative when under. */
  overSeconds: number
}

const totalMinutes = (meeting: Meeting, kinds: readonly StageKind[]): number =>
  meeting.stages.filter((s) => kinds.includes(s.kind)).reduce((sum, s) => sum + s.plannedMinutes, 0)

/**
 * Forecast: the time now, plus what is left of the current stage (at least nothing), plus the plan for
 * every later stage. Pure: `now` is passed in.
 */
export function scheduleStatus(meeting: Meeting, now: string): ScheduleStatus {
  const order = meeting.stages.map((s) => s.kind)
  const index = order.indexOf(meeting.run.stage)
  const plannedMinutes = meeting.stages[index]?.plannedMinutes ?? 0
  const started = meeting.run.stageStartedAt
  const elapsedSeconds = started
    ? Math.max(0, differenceInSeconds(parseISO(now), parseISO(started)))
    : 0
  const overSeconds = elapsedSeconds - plannedMinutes * 60
  if (!meeting.run.meetingStartedAt) {
    return {
      forecastEnd: null,
      plannedEnd: null,
      stage: meeting.run.stage,
      plannedMinutes,
      elapsedSeconds,
      overSeconds: 0
    }
  }
  const remainingCurrent = Math.max(0, -overSeconds) / 60
  const later = totalMinutes(meeting, order.slice(index + 1))
  const forecastEnd = addMinutes(parseISO(now), remainingCurrent + later).toISOString()
  const plannedEnd = addMinutes(
    parseISO(meeting.run.meetingStartedAt),
    totalMinutes(meeting, order)
  ).toISOString()
  return {
    forecastEnd,
    plannedEnd,
    stage: meeting.run.stage,
    plannedMinutes,
    elapsedSeconds,
    overSeconds
  }
}

/** The agenda with planned start times from a given start (the welcome stage shows it). */
export function agenda(
  meeting: Meeting,
  start: string
): Array<{ kind: StageKind; start: string; minutes: number }> {
  let cursor = parseISO(start)
  return meeting.stages.map((s) => {
    const item = { kind: s.kind, start: cursor.toISOString(), minutes: s.plannedMinutes }
    cursor = addMinutes(cursor, s.plannedMinutes)
    return item
  })
}
