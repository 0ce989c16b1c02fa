import { describe, expect, it } from 'vitest'
import { agenda, scheduleStatus } from '../../../src/shared/run/schedule'
import { applyAll, freshMeeting, testContext } from '../support'

describe('schedule forecast', () => {
  it('has no forecast before the meeting starts', () => {
    const { meeting } = freshMeeting()
    expect(scheduleStatus(meeting, '2026-12-03T09:00:00.000Z').forecastEnd).toBeNull()
  })

  it('forecasts the end from the plan and shows over/under for the current stage', () => {
    const { meeting } = freshMeeting()
    const ctx = testContext(Date.parse('2026-12-03T09:00:00Z'))
    // Planned total: 5+15+10+5+60+20+30+10+5 = 160 minutes.
    const started = applyAll(meeting, [{ type: 'run.goto', stage: 'welcome' }], ctx)
    const onTime = scheduleStatus(started, '2026-12-03T09:02:00.000Z')
    expect(onTime.overSeconds).toBe(-180)
    expect(onTime.plannedEnd).toBe('2026-12-03T11:40:00.000Z')
    expect(onTime.forecastEnd).toBe('2026-12-03T11:40:00.000Z')
    const late = scheduleStatus(started, '2026-12-03T09:12:00.000Z')
    expect(late.overSeconds).toBe(7 * 60)
    expect(late.forecastEnd).toBe('2026-12-03T11:47:00.000Z')
  })

  it('lists the agenda with start times', () => {
    const { meeting } = freshMeeting()
    const items = agenda(meeting, '2026-12-03T09:00:00.000Z')
    expect(items[0]).toEqual({ kind: 'welcome', start: '2026-12-03T09:00:00.000Z', minutes: 5 })
    expect(items[2]!.start).toBe('2026-12-03T09:20:00.000Z')
  })
})
