import { describe, expect, it } from 'vitest'
import { meetingAfter } from '../../src/shared/meeting/apply'
import { meetingSchema } from '../../src/shared/meeting/schema'
import { applyAll, dept, firstRound, freshMeeting, refusal } from './support'

describe('idea commands', () => {
  it('adds an idea with department, author, round and trimmed text', () => {
    const { meeting, ctx } = freshMeeting()
    const m = applyAll(
      meeting,
      [
        {
          type: 'idea.add',
          roundId: firstRound(meeting),
          departmentId: dept(meeting, 'Marketing'),
          text: '  Free trials for music teachers  ',
          author: 'Tom'
        }
      ],
      ctx
    )
    expect(m.ideas).toHaveLength(1)
    expect(m.ideas[0]).toMatchObject({
      text: 'Free trials for music teachers',
      author: 'Tom',
      departmentId: dept(meeting, 'Marketing'),
      buildsOnId: null,
      votes: 0
    })
    expect(meetingSchema.safeParse(m).success).toBe(true)
    expect(meeting.ideas).toHaveLength(0)
  })

  it('links an idea to the idea it builds on', () => {
    const { meeting, ctx } = freshMeeting()
    const round = firstRound(meeting)
    const a = applyAll(
      meeting,
      [
        {
          type: 'idea.add',
          roundId: round,
          departmentId: dept(meeting, 'Marketing'),
          text: 'Schools'
        }
      ],
      ctx
    )
    const baseId = a.ideas[0]!.id
    const b = applyAll(
      a,
      [
        {
          type: 'idea.add',
          roundId: round,
          departmentId: dept(meeting, 'Product'),
          text: 'Music mode',
          buildsOnId: baseId
        }
      ],
      ctx
    )
    expect(b.ideas[1]!.buildsOnId).toBe(baseId)
  })

  it.each([
    ['empty text', { text: '   ' }, 'empty_text', 'cannot be empty'],
    ['text over the limit', { text: 'x'.repeat(2001) }, 'too_long', 'limit is 2,000'],
    ['unknown department', { departmentId: 'nope' }, 'unknown_department', 'departments'],
    ['unknown round', { roundId: 'nope' }, 'unknown_id', 'round'],
    ['builds on a missing idea', { buildsOnId: 'ghost' }, 'unknown_id', 'idea to build on'],
    ['wrong type', { text: 42 }, 'invalid_input', 'wrong value']
  ])('refuses %s with a clear reason', (_label, override, code, words) => {
    const { meeting, ctx } = freshMeeting()
    const error = refusal(
      meeting,
      {
        type: 'idea.add',
        roundId: firstRound(meeting),
        departmentId: dept(meeting, 'Sales'),
        text: 'ok',
        ...override
      },
      ctx
    )
    expect(error.code).toBe(code)
    expect(error.message).toContain(words)
  })

  it('edits text, department, author and builds-on; refuses loops and self-builds', () => {
    const { meeting, ctx } = freshMeeting()
    const round = firstRound(meeting)
    const m = applyAll(
      meeting,
      [
        { type: 'idea.add', roundId: round, departmentId: dept(meeting, 'Sales'), text: 'A' },
        { type: 'idea.add', roundId: round, departmentId: dept(meeting, 'Sales'), text: 'B' }
      ],
      ctx
    )
    const [a, b] = m.ideas
    const edited = applyAll(
      m,
      [
        {
          type: 'idea.update',
          id: b!.id,
          text: 'B2',
          departmentId: dept(meeting, 'Finance'),
          author: 'Zoë',
          buildsOnId: a!.id
        }
      ],
      ctx
    )
    expect(edited.ideas[1]).toMatchObject({ text: 'B2', author: 'Zoë', buildsOnId: a!.id })
    expect(
      refusal(edited, { type: 'idea.update', id: a!.id, buildsOnId: b!.id }, ctx).message
    ).toContain('circle')
    expect(
      refusal(edited, { type: 'idea.update', id: a!.id, buildsOnId: a!.id }, ctx).message
    ).toContain('itself')
    expect(refusal(edited, { type: 'idea.update', id: 'ghost', text: 'x' }, ctx).code).toBe(
      'unknown_id'
    )
    expect(refusal(edited, { type: 'idea.update', id: a!.id, text: '' }, ctx).code).toBe(
      'empty_text'
    )
  })

  it('numbers ideas across the meeting in capture order; a deletion renumbers and reuses nothing', () => {
    const { meeting, ctx } = freshMeeting()
    const [r1, r2] = [meeting.rounds[0]!.id, meeting.rounds[1]!.id]
    const sales = dept(meeting, 'Sales')
    const add = (roundId: string, text: string) =>
      ({ type: 'idea.add', roundId, departmentId: sales, text }) as const
    const m = applyAll(meeting, [add(r1, 'A'), add(r2, 'B'), add(r1, 'C')], ctx)
    expect(m.ideas.map((i) => [i.text, i.number])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 3]
    ])
    const after = applyAll(
      m,
      [
        { type: 'idea.delete', id: m.ideas[0]!.id },
        { type: 'idea.delete', id: m.ideas[2]!.id },
        add(r2, 'D')
      ],
      ctx
    )
    // #3 was deleted: D is #4, so "#3" never names two different ideas in one meeting.
    expect(after.ideas.map((i) => [i.text, i.number])).toEqual([
      ['B', 2],
      ['D', 4]
    ])
  })

  it('moves an idea to another round and refuses an unknown round', () => {
    const { meeting, ctx } = freshMeeting()
    const m = applyAll(
      meeting,
      [
        {
          type: 'idea.add',
          roundId: firstRound(meeting),
          departmentId: dept(meeting, 'Sales'),
          text: 'A'
        }
      ],
      ctx
    )
    const target = meeting.rounds[2]!.id
    const moved = applyAll(m, [{ type: 'idea.move', id: m.ideas[0]!.id, roundId: target }], ctx)
    expect(moved.ideas[0]!.roundId).toBe(target)
    // The idea keeps its number in its new round: the room's "#1" is still #1.
    expect(moved.ideas[0]!.number).toBe(m.ideas[0]!.number)
    expect(refusal(m, { type: 'idea.move', id: m.ideas[0]!.id, roundId: 'x' }, ctx).code).toBe(
      'unknown_id'
    )
  })

  it('merges two ideas: text joined, votes summed, threads and action links re-pointed', () => {
    const { meeting, ctx } = freshMeeting()
    const round = firstRound(meeting)
    const sales = dept(meeting, 'Sales')
    let m = applyAll(
      meeting,
      [
        { type: 'idea.add', roundId: round, departmentId: sales, text: 'Target' },
        { type: 'idea.add', roundId: round, departmentId: sales, text: 'Source' }
      ],
      ctx
    )
    const [target, source] = m.ideas
    m = applyAll(
      m,
      [
        {
          type: 'idea.add',
          roundId: round,
          departmentId: sales,
          text: 'Child',
          buildsOnId: source!.id
        },
        { type: 'votes.set', target: 'idea', id: target!.id, votes: 2 },
        { type: 'votes.set', target: 'idea', id: source!.id, votes: 3 },
        {
          type: 'action.add',
          what: 'Do it',
          owner: 'Tom',
          departmentId: sales,
          dueDate: '2027-01-15',
          priority: 'high',
          customerBenefit: 'Hear better',
          metric: { kind: 'nps', customName: '', baseline: '30', target: '40', measureOn: '' },
          sourceIdeaIds: [source!.id, target!.id]
        },
        { type: 'idea.merge', sourceId: source!.id, targetId: target!.id }
      ],
      ctx
    )
    expect(m.ideas.map((i) => i.text)).toEqual(['Target\n+ Source', 'Child'])
    expect(m.ideas[0]!.votes).toBe(5)
    expect(m.ideas[1]!.buildsOnId).toBe(target!.id)
    expect(m.actions[0]!.sourceIdeaIds).toEqual([target!.id])
    expect(
      refusal(m, { type: 'idea.merge', sourceId: target!.id, targetId: target!.id }, ctx).code
    ).toBe('invalid_input')
  })

  it('deletes an idea and reconnects the ideas built on it', () => {
    const { meeting, ctx } = freshMeeting()
    const round = firstRound(meeting)
    const sales = dept(meeting, 'Sales')
    let m = applyAll(
      meeting,
      [{ type: 'idea.add', roundId: round, departmentId: sales, text: 'Root' }],
      ctx
    )
    const root = m.ideas[0]!.id
    m = applyAll(
      m,
      [{ type: 'idea.add', roundId: round, departmentId: sales, text: 'Middle', buildsOnId: root }],
      ctx
    )
    const middle = m.ideas[1]!.id
    m = applyAll(
      m,
      [{ type: 'idea.add', roundId: round, departmentId: sales, text: 'Leaf', buildsOnId: middle }],
      ctx
    )
    const after = applyAll(m, [{ type: 'idea.delete', id: middle }], ctx)
    expect(after.ideas.map((i) => i.text)).toEqual(['Root', 'Leaf'])
    expect(after.ideas[1]!.buildsOnId).toBe(root)
    expect(refusal(after, { type: 'idea.delete', id: middle }, ctx).code).toBe('unknown_id')
  })

  it('refuses a command it does not know', () => {
    const { meeting, ctx } = freshMeeting()
    const result = meetingAfter(meeting, { type: 'idea.explode' }, ctx)
    expect(result.ok).toBe(false)
  })
})
