import { describe, expect, it } from 'vitest'
import type { CommandOf } from '../../src/shared/meeting/commands/schema'
import { applyAll, dept, firstRound, freshMeeting, refusal } from './support'

function setup() {
  const { meeting, ctx } = freshMeeting()
  const m = applyAll(
    meeting,
    [
      {
        type: 'idea.add',
        roundId: firstRound(meeting),
        departmentId: dept(meeting, 'Customer Service'),
        text: 'Collect stories'
      }
    ],
    ctx
  )
  const action: CommandOf<'action.add'> = {
    type: 'action.add',
    what: 'Launch a customer story feedback program',
    owner: 'Łukasz Żółć',
    departmentId: dept(meeting, 'Customer Service'),
    dueDate: '2027-02-15',
    priority: 'high',
    customerBenefit: 'Customers are heard and their stories shape the product',
    metric: { kind: 'nps', customName: '', baseline: '32', target: '40', measureOn: '2027-03-31' },
    sourceIdeaIds: [m.ideas[0]!.id]
  }
  return { m, ctx, action }
}

describe('action commands', () => {
  it('creates an action linked to its source idea, edits and removes it', () => {
    const { m, ctx, action } = setup()
    let next = applyAll(m, [action], ctx)
    expect(next.actions[0]).toMatchObject({
      owner: 'Łukasz Żółć',
      sourceIdeaIds: [m.ideas[0]!.id],
      priority: 'high'
    })
    const id = next.actions[0]!.id
    next = applyAll(
      next,
      [{ type: 'action.update', id, patch: { priority: 'low', dueDate: '2027-03-01' } }],
      ctx
    )
    expect(next.actions[0]).toMatchObject({
      priority: 'low',
      dueDate: '2027-03-01',
      what: action.what
    })
    expect(applyAll(next, [{ type: 'action.remove', id }], ctx).actions).toHaveLength(0)
  })

  it.each([
    ['no customer benefit', { customerBenefit: ' ' }, 'customers'],
    ['no owner', { owner: '' }, 'owner'],
    ['an impossible due date', { dueDate: '2027-13-01' }, 'date like'],
    [
      'a custom metric without a name',
      { metric: { kind: 'custom', customName: '', baseline: '', target: '', measureOn: '' } },
      'custom customer metric'
    ],
    ['an unknown department', { departmentId: 'ghost' }, 'departments'],
    ['a missing source idea', { sourceIdeaIds: ['ghost'] }, 'source idea']
  ])('refuses an action with %s', (_label, override, words) => {
    const { m, ctx, action } = setup()
    expect(refusal(m, { ...action, ...override }, ctx).message).toContain(words)
  })

  it('records a Rule-of-Two escalation for two different people and follows it to a decision', () => {
    const { m, ctx, action } = setup()
    let next = applyAll(m, [action], ctx)
    const actionId = next.actions[0]!.id
    next = applyAll(
      next,
      [
        {
          type: 'escalation.add',
          topic: 'Who owns the trial budget',
          actionId,
          personA: 'Tom',
          personB: 'Дмитрий Иванов',
          openedOn: '2026-12-03'
        }
      ],
      ctx
    )
    expect(next.escalations[0]).toMatchObject({
      status: 'open',
      personB: 'Дмитрий Иванов',
      openedOn: '2026-12-03'
    })
    const id = next.escalations[0]!.id
    next = applyAll(
      next,
      [{ type: 'escalation.update', id, status: 'leaderDecided', outcome: 'Marketing owns it' }],
      ctx
    )
    expect(next.escalations[0]).toMatchObject({
      status: 'leaderDecided',
      outcome: 'Marketing owns it'
    })
    const withoutAction = applyAll(next, [{ type: 'action.remove', id: actionId }], ctx)
    expect(withoutAction.escalations[0]!.actionId).toBeNull()
    expect(applyAll(next, [{ type: 'escalation.remove', id }], ctx).escalations).toHaveLength(0)
    expect(
      refusal(
        m,
        {
          type: 'escalation.add',
          topic: 'x',
          actionId: null,
          personA: 'Tom',
          personB: 'tom',
          openedOn: '2026-12-03'
        },
        ctx
      ).message
    ).toContain('two different people')
    expect(
      refusal(
        m,
        {
          type: 'escalation.add',
          topic: 'x',
          actionId: 'ghost',
          personA: 'A',
          personB: 'B',
          openedOn: '2026-12-03'
        },
        ctx
      ).code
    ).toBe('unknown_id')
  })
})

describe('recognition and close', () => {
  it('records recognitions, three priorities and the next review date', () => {
    const { meeting, ctx } = freshMeeting()
    let m = applyAll(
      meeting,
      [
        { type: 'recognition.add', who: 'Zoë Ørsted', forWhat: 'Brought John’s email to the team' },
        {
          type: 'priorities.set',
          priorities: ['Schools programme', ' ', 'Music clarity', 'Affordability']
        },
        { type: 'nextReview.set', date: '2027-03-04' }
      ],
      ctx
    )
    expect(m.recognitions[0]).toMatchObject({ who: 'Zoë Ørsted' })
    expect(m.priorities).toEqual(['Schools programme', 'Music clarity', 'Affordability'])
    expect(m.nextReviewDate).toBe('2027-03-04')
    m = applyAll(m, [{ type: 'recognition.remove', id: m.recognitions[0]!.id }], ctx)
    expect(m.recognitions).toHaveLength(0)
    expect(refusal(m, { type: 'priorities.set', priorities: ['a', 'b', 'c', 'd'] }, ctx).code).toBe(
      'too_many'
    )
    expect(refusal(m, { type: 'nextReview.set', date: 'next week' }, ctx).code).toBe(
      'invalid_input'
    )
    expect(refusal(m, { type: 'recognition.add', who: '', forWhat: 'x' }, ctx).code).toBe(
      'empty_text'
    )
  })
})
