import { describe, expect, it } from 'vitest'
import type { Command } from '../../src/shared/meeting/commands/schema'
import { meetingAfter } from '../../src/shared/meeting/apply'
import { record, redo, startHistory, undo } from '../../src/shared/meeting/history'
import type { History } from '../../src/shared/meeting/history'
import { applyAll, dept, firstRound, freshMeeting } from './support'

const unwrap = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('refused')
  return r.value
}

describe('undo and redo', () => {
  const { meeting, ctx } = freshMeeting()
  const round = firstRound(meeting)
  const sales = dept(meeting, 'Sales')
  const seeded = applyAll(
    meeting,
    [{ type: 'idea.add', roundId: round, departmentId: sales, text: 'Seed idea' }],
    ctx
  )
  const ideaId = seeded.ideas[0]!.id

  // One command of every kind of change a facilitator makes during a meeting.
  const kinds: Command[] = [
    { type: 'facts.update', patch: { place: 'Room 4' } },
    { type: 'department.add', name: 'Legal', color: '#123456', key: 'l' },
    { type: 'attendee.add', name: 'Alex', departmentId: sales, role: 'Deputy' },
    { type: 'story.update', patch: { customer: 'John' } },
    { type: 'framing.set', question: 'How can we help more people like John?' },
    { type: 'round.add', title: 'Extra', prompt: '', kind: 'open', timeboxMinutes: 5 },
    { type: 'stage.plan', kind: 'rounds', plannedMinutes: 45 },
    { type: 'run.goto', stage: 'rounds' },
    { type: 'idea.add', roundId: round, departmentId: sales, text: 'New idea' },
    { type: 'idea.update', id: ideaId, text: 'Edited' },
    { type: 'idea.move', id: ideaId, roundId: meeting.rounds[1]!.id },
    { type: 'idea.delete', id: ideaId },
    { type: 'theme.add', name: 'Theme', ideaIds: [ideaId] },
    { type: 'votes.set', target: 'idea', id: ideaId, votes: 3 },
    { type: 'idea.score', id: ideaId, impact: 4, effort: 2 },
    {
      type: 'action.add',
      what: 'Act',
      owner: 'Alex',
      departmentId: sales,
      dueDate: '2027-01-10',
      priority: 'medium',
      customerBenefit: 'Better',
      metric: { kind: 'csat', customName: '', baseline: '', target: '', measureOn: '' },
      sourceIdeaIds: [ideaId]
    },
    { type: 'recognition.add', who: 'Tom', forWhat: 'Advocacy' },
    { type: 'priorities.set', priorities: ['One'] },
    { type: 'nextReview.set', date: '2027-03-01' }
  ]

  it.each(kinds.map((c) => [c.type, c] as const))(
    'undoes and redoes %s exactly',
    (_type, command) => {
      const after = applyAll(seeded, [command], ctx)
      const h1 = record(startHistory(seeded), after)
      const undone = unwrap(undo(h1, 'T1'))
      expect({ ...undone.present, updatedAt: seeded.updatedAt }).toEqual(seeded)
      const redone = unwrap(redo(undone, 'T2'))
      expect({ ...redone.present, updatedAt: after.updatedAt }).toEqual(after)
    }
  )

  it('walks back a whole sequence and forward again; a new change clears redo', () => {
    let h: History = startHistory(seeded)
    const states = [seeded]
    for (const command of kinds.slice(0, 5)) {
      const next = applyAll(h.present, [command], ctx)
      h = record(h, next)
      states.push(next)
    }
    for (let i = states.length - 2; i >= 0; i--) {
      h = unwrap(undo(h, 'T'))
      expect(h.present.facts).toEqual(states[i]!.facts)
      expect(h.present.departments).toEqual(states[i]!.departments)
    }
    expect(undo(h, 'T')).toMatchObject({ ok: false, error: { code: 'nothing_to_undo' } })
    h = unwrap(redo(h, 'T'))
    h = record(h, applyAll(h.present, [kinds[6]!], ctx))
    expect(redo(h, 'T')).toMatchObject({ ok: false, error: { code: 'nothing_to_redo' } })
  })
})

describe('changes that change nothing', () => {
  it('putting an idea into the theme it is already in records no undo step', () => {
    const { meeting, ctx } = freshMeeting()
    const themed = applyAll(
      meeting,
      [
        {
          type: 'idea.add',
          roundId: firstRound(meeting),
          departmentId: dept(meeting, 'Sales'),
          text: 'Idea'
        }
      ],
      ctx
    )
    const ideaId = themed.ideas[0]!.id
    const withTheme = applyAll(
      themed,
      [{ type: 'theme.add', name: 'Trials', ideaIds: [ideaId] }],
      ctx
    )
    const history = startHistory(withTheme)
    const again = { type: 'idea.setTheme', ideaId, themeId: withTheme.themes[0]!.id } as const
    const after = record(history, unwrap(meetingAfter(history.present, again, ctx)))
    expect(after).toBe(history)
    expect(after.past).toHaveLength(0)
  })
})
