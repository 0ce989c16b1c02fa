import { describe, expect, it } from 'vitest'
import { meetingSchema } from '../../src/shared/meeting/schema'
import type { CarriedAction } from '../../src/shared/meeting/schema'
import { applyAll, dept, firstRound, freshMeeting, refusal } from './support'

describe('meeting facts and plan', () => {
  it('updates facts and refuses a bad date or an empty title', () => {
    const { meeting, ctx } = freshMeeting()
    const m = applyAll(
      meeting,
      [
        {
          type: 'facts.update',
          patch: {
            title: 'Q4 review',
            quarter: '2026-Q4',
            date: '2026-12-03',
            place: 'Room 4',
            facilitator: 'Hernando',
            mission: 'Help people hear the moments that matter.'
          }
        }
      ],
      ctx
    )
    expect(m.facts).toMatchObject({
      quarter: '2026-Q4',
      date: '2026-12-03',
      facilitator: 'Hernando'
    })
    expect(
      refusal(m, { type: 'facts.update', patch: { date: '2026-02-31' } }, ctx).message
    ).toContain('date like')
    expect(refusal(m, { type: 'facts.update', patch: { title: ' ' } }, ctx).code).toBe('empty_text')
    expect(refusal(m, { type: 'facts.update', patch: { quarter: 'Q5' } }, ctx).code).toBe(
      'invalid_input'
    )
  })

  it('plans stage minutes and the vote budget within bounds', () => {
    const { meeting, ctx } = freshMeeting()
    const m = applyAll(
      meeting,
      [
        { type: 'stage.plan', kind: 'story', plannedMinutes: 12 },
        { type: 'voteBudget.set', budget: 5 }
      ],
      ctx
    )
    expect(m.stages.find((s) => s.kind === 'story')!.plannedMinutes).toBe(12)
    expect(m.voteBudget).toBe(5)
    expect(refusal(m, { type: 'stage.plan', kind: 'story', plannedMinutes: -1 }, ctx).code).toBe(
      'invalid_input'
    )
    expect(refusal(m, { type: 'voteBudget.set', budget: 0 }, ctx).message).toContain(
      'from 1 to 100'
    )
  })
})

describe('departments', () => {
  it('adds, renames and recolours; refuses duplicate names, keys and bad colours', () => {
    const { meeting, ctx } = freshMeeting()
    const m = applyAll(
      meeting,
      [{ type: 'department.add', name: 'Legal', color: '#000000', key: 'l' }],
      ctx
    )
    const legal = dept(m, 'Legal')
    const renamed = applyAll(
      m,
      [{ type: 'department.update', id: legal, name: 'Legal & Compliance', color: '#111111' }],
      ctx
    )
    expect(renamed.departments.find((d) => d.id === legal)).toMatchObject({
      name: 'Legal & Compliance',
      color: '#111111'
    })
    expect(
      refusal(m, { type: 'department.add', name: 'marketing', color: '#000000', key: 'z' }, ctx)
        .code
    ).toBe('duplicate')
    expect(
      refusal(m, { type: 'department.add', name: 'HR', color: '#000000', key: 'm' }, ctx).message
    ).toContain('Marketing')
    expect(
      refusal(m, { type: 'department.add', name: 'HR', color: 'red', key: 'h' }, ctx).code
    ).toBe('invalid_input')
    expect(refusal(m, { type: 'department.update', id: 'ghost', name: 'X' }, ctx).code).toBe(
      'unknown_id'
    )
  })

  it('removes an unused department, refuses one in use unless its items are moved', () => {
    const { meeting, ctx } = freshMeeting()
    const sales = dept(meeting, 'Sales')
    const finance = dept(meeting, 'Finance')
    const m = applyAll(
      meeting,
      [
        { type: 'idea.add', roundId: firstRound(meeting), departmentId: sales, text: 'Bundle' },
        { type: 'attendee.add', name: 'Ana', departmentId: sales, role: 'Lead' }
      ],
      ctx
    )
    expect(refusal(m, { type: 'department.remove', id: sales }, ctx).code).toBe('in_use')
    const moved = applyAll(m, [{ type: 'department.remove', id: sales, reassignTo: finance }], ctx)
    expect(moved.departments.some((d) => d.id === sales)).toBe(false)
    expect(moved.ideas[0]!.departmentId).toBe(finance)
    expect(moved.attendees[0]!.departmentId).toBe(finance)
    const unused = applyAll(
      m,
      [{ type: 'department.remove', id: dept(meeting, 'Operations') }],
      ctx
    )
    expect(unused.departments).toHaveLength(5)
  })
})

describe('attendees', () => {
  it('adds, edits and removes attendees; refuses unknown departments and empty names', () => {
    const { meeting, ctx } = freshMeeting()
    const m = applyAll(
      meeting,
      [
        {
          type: 'attendee.add',
          name: 'Σοφία Παπαδοπούλου',
          departmentId: dept(meeting, 'Product'),
          role: 'PM'
        }
      ],
      ctx
    )
    const id = m.attendees[0]!.id
    const edited = applyAll(m, [{ type: 'attendee.update', id, role: 'Head of Product' }], ctx)
    expect(edited.attendees[0]).toMatchObject({
      name: 'Σοφία Παπαδοπούλου',
      role: 'Head of Product'
    })
    expect(applyAll(edited, [{ type: 'attendee.remove', id }], ctx).attendees).toHaveLength(0)
    expect(
      refusal(
        m,
        { type: 'attendee.add', name: '', departmentId: dept(meeting, 'Product'), role: '' },
        ctx
      ).code
    ).toBe('empty_text')
    expect(
      refusal(m, { type: 'attendee.add', name: 'X', departmentId: 'ghost', role: '' }, ctx).code
    ).toBe('unknown_department')
    expect(refusal(m, { type: 'attendee.remove', id: 'ghost' }, ctx).code).toBe('unknown_id')
  })
})

describe('customer story and framing', () => {
  it('records the story with private fields and refuses an oversized story', () => {
    const { meeting, ctx } = freshMeeting()
    const m = applyAll(
      meeting,
      [
        {
          type: 'story.update',
          patch: {
            customer: 'John',
            text: 'I could hear my daughter sing.',
            privateFields: ['customer', 'customer']
          }
        }
      ],
      ctx
    )
    expect(m.story).toMatchObject({ customer: 'John', privateFields: ['customer'] })
    expect(
      refusal(m, { type: 'story.update', patch: { text: 'x'.repeat(20_001) } }, ctx).code
    ).toBe('too_long')
    expect(refusal(m, { type: 'story.update', patch: { privateFields: ['ssn'] } }, ctx).code).toBe(
      'invalid_input'
    )
    expect(refusal(m, { type: 'story.update', patch: { unknown: 'x' } }, ctx).code).toBe(
      'invalid_input'
    )
  })

  it('sets the framing question but not to nothing', () => {
    const { meeting, ctx } = freshMeeting()
    expect(
      applyAll(meeting, [{ type: 'framing.set', question: 'How?' }], ctx).framingQuestion
    ).toBe('How?')
    expect(refusal(meeting, { type: 'framing.set', question: '' }, ctx).code).toBe('empty_text')
  })
})

describe('framing question and round 1', () => {
  it('puts the edited question into a round still asking the old one, not into a rewritten prompt', () => {
    const { meeting, ctx } = freshMeeting()
    expect(meeting.rounds[0]!.prompt).toBe(meeting.framingQuestion)
    const question = 'How can every teacher hear about us like {customer} did?'
    const edited = applyAll(meeting, [{ type: 'framing.set', question }], ctx)
    expect(edited.rounds[0]!.prompt).toBe(question)
    expect(edited.rounds.slice(1).map((r) => r.prompt)).toEqual(
      meeting.rounds.slice(1).map((r) => r.prompt)
    )
    const own = applyAll(
      edited,
      [
        { type: 'round.update', id: edited.rounds[0]!.id, patch: { prompt: 'Our own prompt' } },
        { type: 'framing.set', question: 'Yet another question?' }
      ],
      ctx
    )
    expect(own.rounds[0]!.prompt).toBe('Our own prompt')
  })
})

describe('rounds', () => {
  it('adds, edits, reorders and removes rounds', () => {
    const { meeting, ctx } = freshMeeting()
    let m = applyAll(
      meeting,
      [
        {
          type: 'round.add',
          title: 'Wild ideas',
          prompt: 'No limits',
          kind: 'open',
          timeboxMinutes: 5
        }
      ],
      ctx
    )
    const added = m.rounds[4]!.id
    m = applyAll(
      m,
      [
        { type: 'round.update', id: added, patch: { timeboxMinutes: 7, checklist: ['Why?'] } },
        { type: 'round.move', id: added, toIndex: 0 }
      ],
      ctx
    )
    expect(m.rounds[0]).toMatchObject({ id: added, timeboxMinutes: 7, checklist: ['Why?'] })
    m = applyAll(m, [{ type: 'round.remove', id: added }], ctx)
    expect(m.rounds).toHaveLength(4)
  })

  it('refuses bad time boxes, bad positions and removing a round that holds ideas', () => {
    const { meeting, ctx } = freshMeeting()
    const round = firstRound(meeting)
    const m = applyAll(
      meeting,
      [{ type: 'idea.add', roundId: round, departmentId: dept(meeting, 'Sales'), text: 'x' }],
      ctx
    )
    expect(
      refusal(
        m,
        { type: 'round.add', title: 'R', prompt: '', kind: 'open', timeboxMinutes: 0 },
        ctx
      ).code
    ).toBe('invalid_input')
    expect(refusal(m, { type: 'round.move', id: round, toIndex: 9 }, ctx).code).toBe(
      'invalid_input'
    )
    expect(refusal(m, { type: 'round.remove', id: round }, ctx).message).toContain('1 idea')
    expect(refusal(m, { type: 'round.update', id: 'ghost', patch: { title: 'x' } }, ctx).code).toBe(
      'unknown_id'
    )
  })
})

describe('run state and carried-over actions', () => {
  it('moves between stages and stamps when the stage started', () => {
    const { meeting, ctx } = freshMeeting()
    const m = applyAll(meeting, [{ type: 'run.goto', stage: 'story' }], ctx)
    expect(m.run.stage).toBe('story')
    expect(m.run.stageStartedAt).not.toBeNull()
    expect(m.run.meetingStartedAt).toBe(m.run.stageStartedAt)
    const rounds = applyAll(
      m,
      [{ type: 'run.goto', stage: 'rounds', roundId: meeting.rounds[1]!.id }],
      ctx
    )
    expect(rounds.run.roundId).toBe(meeting.rounds[1]!.id)
    expect(rounds.run.meetingStartedAt).toBe(m.run.meetingStartedAt)
    const nextRound = applyAll(
      rounds,
      [{ type: 'run.goto', stage: 'rounds', roundId: meeting.rounds[2]!.id }],
      ctx
    )
    expect(nextRound.run.roundId).toBe(meeting.rounds[2]!.id)
    expect(nextRound.run.stageStartedAt).toBe(rounds.run.stageStartedAt)
    expect(refusal(m, { type: 'run.goto', stage: 'party' }, ctx).code).toBe('invalid_input')
  })

  it('sets and reviews carried-over actions', () => {
    const { meeting, ctx } = freshMeeting()
    const carried: CarriedAction = {
      id: 'c1',
      sourceActionId: 'a1',
      what: 'Music clarity mode',
      owner: 'Product',
      dueDate: '2026-09-30',
      metric: {
        kind: 'csat',
        customName: '',
        baseline: '4.1',
        target: '4.5',
        measureOn: '2026-12-01'
      },
      timesCarried: 1,
      progressedBefore: false,
      status: 'open',
      latestValue: '',
      note: ''
    }
    let m = applyAll(
      meeting,
      [{ type: 'carried.set', from: { meetingId: 'm0', title: 'Q3 review' }, actions: [carried] }],
      ctx
    )
    m = applyAll(
      m,
      [
        {
          type: 'carried.update',
          id: 'c1',
          status: 'inProgress',
          latestValue: '4.3',
          note: 'Beta live'
        }
      ],
      ctx
    )
    expect(m.carried[0]).toMatchObject({
      status: 'inProgress',
      latestValue: '4.3',
      note: 'Beta live'
    })
    expect(m.carriedFrom).toEqual({ meetingId: 'm0', title: 'Q3 review' })
    expect(meetingSchema.safeParse(m).success).toBe(true)
    expect(refusal(m, { type: 'carried.update', id: 'ghost', status: 'done' }, ctx).code).toBe(
      'unknown_id'
    )
  })
})
