import { describe, expect, it } from 'vitest'
import { actionSeedFrom, ideasWithActions } from '../../src/shared/meeting/actionSource'
import { voteBudgetStatus } from '../../src/shared/meeting/voteBudget'
import { applyAll, dept, firstRound, freshMeeting } from './support'

function meetingWithVotes() {
  const { meeting, ctx } = freshMeeting()
  const round = firstRound(meeting)
  const m = applyAll(
    meeting,
    [
      { type: 'attendee.add', name: 'Ana', departmentId: dept(meeting, 'Product'), role: '' },
      { type: 'attendee.add', name: 'Bo', departmentId: dept(meeting, 'Finance'), role: '' },
      { type: 'voteBudget.set', budget: 3 },
      {
        type: 'idea.add',
        roundId: round,
        departmentId: dept(meeting, 'Product'),
        text: 'Music mode'
      },
      {
        type: 'idea.add',
        roundId: round,
        departmentId: dept(meeting, 'Finance'),
        text: 'Family plan'
      },
      {
        type: 'idea.add',
        roundId: round,
        departmentId: dept(meeting, 'Finance'),
        text: 'School price'
      }
    ],
    ctx
  )
  return { m, ctx }
}

describe('vote budget', () => {
  it('counts dots on ideas and themes against budget × attendees and flags going over', () => {
    const { m, ctx } = meetingWithVotes()
    const [a, b] = m.ideas.map((i) => i.id)
    let next = applyAll(
      m,
      [
        { type: 'votes.set', target: 'idea', id: a!, votes: 2 },
        { type: 'theme.add', name: 'Pricing', ideaIds: [b!] }
      ],
      ctx
    )
    next = applyAll(
      next,
      [{ type: 'votes.set', target: 'theme', id: next.themes[0]!.id, votes: 3 }],
      ctx
    )
    expect(voteBudgetStatus(next)).toEqual({
      perPerson: 3,
      attendees: 2,
      available: 6,
      recorded: 5,
      remaining: 1,
      over: false
    })
    next = applyAll(next, [{ type: 'votes.set', target: 'idea', id: b!, votes: 2 }], ctx)
    expect(voteBudgetStatus(next)).toMatchObject({ recorded: 7, remaining: -1, over: true })
  })

  it('leaves the total unknown, and never over, when no attendees are listed', () => {
    const { meeting } = freshMeeting()
    expect(voteBudgetStatus(meeting)).toMatchObject({
      available: null,
      remaining: null,
      over: false
    })
  })
})

describe('action seeds from the shortlist', () => {
  it('prefills from an idea and keeps the link to it', () => {
    const { m } = meetingWithVotes()
    const idea = m.ideas[0]!
    expect(actionSeedFrom(m, { kind: 'idea', id: idea.id })).toEqual({
      what: 'Music mode',
      departmentId: idea.departmentId,
      sourceIdeaIds: [idea.id]
    })
  })

  it('links a theme’s action to all its ideas, under the department most of them came from', () => {
    const { m, ctx } = meetingWithVotes()
    const ids = m.ideas.map((i) => i.id)
    const next = applyAll(m, [{ type: 'theme.add', name: 'Pricing & music', ideaIds: ids }], ctx)
    const seed = actionSeedFrom(next, { kind: 'theme', id: next.themes[0]!.id })
    expect(seed.what).toBe('Pricing & music')
    expect(seed.departmentId).toBe(dept(m, 'Finance'))
    expect(seed.sourceIdeaIds).toEqual(ids)
  })

  it('knows which ideas already feed an action', () => {
    const { m, ctx } = meetingWithVotes()
    const idea = m.ideas[1]!
    const next = applyAll(
      m,
      [
        {
          type: 'action.add',
          what: 'Launch a family plan',
          owner: 'Bo',
          departmentId: idea.departmentId,
          dueDate: '2027-01-31',
          priority: 'high',
          customerBenefit: 'Families pay less',
          metric: { kind: 'nps', customName: '', baseline: '30', target: '40', measureOn: '' },
          sourceIdeaIds: [idea.id]
        }
      ],
      ctx
    )
    expect([...ideasWithActions(next)]).toEqual([idea.id])
  })
})
