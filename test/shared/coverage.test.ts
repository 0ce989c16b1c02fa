import { describe, expect, it } from 'vitest'
import { meetingCrossBuilds, roundCoverage } from '../../src/shared/meeting/coverage'
import { isStuckCarry } from '../../src/shared/meeting/carried'
import { applyAll, dept, freshMeeting } from './support'

describe('department coverage and cross-department builds', () => {
  it('names silent departments and counts builds across departments per round', () => {
    const { meeting, ctx } = freshMeeting()
    const round = meeting.rounds[2]!.id
    const other = meeting.rounds[0]!.id
    let m = applyAll(
      meeting,
      [
        {
          type: 'idea.add',
          roundId: round,
          departmentId: dept(meeting, 'Marketing'),
          text: 'Schools'
        },
        {
          type: 'idea.add',
          roundId: other,
          departmentId: dept(meeting, 'Finance'),
          text: 'Elsewhere'
        }
      ],
      ctx
    )
    const schools = m.ideas[0]!.id
    m = applyAll(
      m,
      [
        {
          type: 'idea.add',
          roundId: round,
          departmentId: dept(meeting, 'Product'),
          text: 'Music mode',
          buildsOnId: schools
        },
        {
          type: 'idea.add',
          roundId: round,
          departmentId: dept(meeting, 'Marketing'),
          text: 'Teacher ads',
          buildsOnId: schools
        }
      ],
      ctx
    )
    const coverage = roundCoverage(m, round)
    expect(coverage.silent.map((d) => d.name)).toEqual([
      'Customer Service',
      'Sales',
      'Finance',
      'Operations'
    ])
    expect(coverage.contributions.find((c) => c.department.name === 'Marketing')!.ideaCount).toBe(2)
    expect(coverage.crossDepartmentBuilds).toBe(1)
    expect(coverage.sameDepartmentBuildIds).toEqual([m.ideas[3]!.id])
    expect(meetingCrossBuilds(m)).toBe(1)
    expect(roundCoverage(m, other).silent).toHaveLength(5)
  })
})

describe('carried-over actions', () => {
  const base = {
    id: 'c',
    sourceActionId: 'a',
    what: 'x',
    owner: 'o',
    dueDate: '',
    latestValue: '',
    note: '',
    metric: { kind: 'nps' as const, customName: '', baseline: '', target: '', measureOn: '' }
  }
  it('flags an action carried twice without progress', () => {
    expect(
      isStuckCarry({ ...base, timesCarried: 2, progressedBefore: false, status: 'open' })
    ).toBe(true)
    expect(
      isStuckCarry({ ...base, timesCarried: 2, progressedBefore: false, status: 'stalled' })
    ).toBe(true)
    expect(isStuckCarry({ ...base, timesCarried: 2, progressedBefore: true, status: 'open' })).toBe(
      false
    )
    expect(
      isStuckCarry({ ...base, timesCarried: 3, progressedBefore: false, status: 'inProgress' })
    ).toBe(false)
    expect(
      isStuckCarry({ ...base, timesCarried: 1, progressedBefore: false, status: 'open' })
    ).toBe(false)
  })
})
