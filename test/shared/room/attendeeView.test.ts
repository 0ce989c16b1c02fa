import { describe, expect, it } from 'vitest'
import { applyCommand } from '../../../src/shared/meeting/apply'
import type { Command } from '../../../src/shared/meeting/commands/schema'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { createMeetingFromTemplate } from '../../../src/shared/meeting/template'
import { attendeeView, deviceView } from '../../../src/shared/room/attendeeView'

let n = 0
const ctx = { now: () => '2026-12-01T09:00:00.000Z', newId: () => `id-${++n}` }
const run = (meeting: Meeting, command: Command): Meeting => {
  const result = applyCommand(meeting, command, ctx)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

function meetingInRound(): Meeting {
  let m = createMeetingFromTemplate('Q4', ctx)
  m = run(m, {
    type: 'story.update',
    patch: {
      customer: 'Ada Secret',
      text: 'Private email body',
      privateFields: ['customer', 'text']
    }
  })
  const [first, second] = m.rounds
  m = run(m, { type: 'run.goto', stage: 'rounds', roundId: first!.id })
  const dept = m.departments[0]!.id
  m = run(m, {
    type: 'idea.add',
    roundId: first!.id,
    departmentId: dept,
    text: 'A',
    author: 'Alice Author'
  })
  m = run(m, { type: 'idea.add', roundId: second!.id, departmentId: dept, text: 'Other round' })
  m = run(m, {
    type: 'idea.add',
    roundId: first!.id,
    departmentId: dept,
    text: 'B',
    source: 'room'
  })
  m = run(m, { type: 'idea.add', roundId: first!.id, departmentId: dept, text: 'Hidden one' })
  return run(m, { type: 'idea.setHidden', id: m.ideas[3]!.id, hidden: true })
}

describe('attendee view (what phones may see)', () => {
  it('shows the current round’s visible ideas, numbered as on the projector, with nothing private', () => {
    const m = meetingInRound()
    const view = attendeeView(m, { blank: false }, { askNames: false })
    expect(view.mode).toBe('ideas')
    expect(view.round?.id).toBe(m.rounds[0]!.id)
    expect(view.ideas.map((i) => [i.number, i.text])).toEqual([
      [1, 'A'],
      [2, 'B']
    ])
    const json = JSON.stringify(view)
    for (const secret of ['Ada Secret', 'Private email body', 'Alice Author', 'Hidden one'])
      expect(json).not.toContain(secret)
    expect(view.framingQuestion).toContain('our customer')
  })

  it('waits outside the rounds and Converge, and while the projector is blanked', () => {
    const m = meetingInRound()
    expect(attendeeView(m, { blank: true }, { askNames: false })).toMatchObject({
      mode: 'waiting',
      ideas: []
    })
    const story = run(m, { type: 'run.goto', stage: 'story' })
    expect(attendeeView(story, { blank: false }, { askNames: false }).mode).toBe('waiting')
  })

  it('in Converge offers every visible idea of every round for dots', () => {
    const m = run(meetingInRound(), { type: 'run.goto', stage: 'converge' })
    const view = attendeeView(m, { blank: false }, { askNames: true })
    expect(view.mode).toBe('vote')
    expect(view.ideas.map((i) => i.text)).toEqual(['A', 'Other round', 'B'])
    expect(view.askNames).toBe(true)
    expect(view.dotsPerPerson).toBe(m.voteBudget)
  })

  it('a phone sees its own ideas as they are now, and only those', () => {
    const m = meetingInRound()
    const mine = m.ideas[2]!
    const you = deviceView(m, {
      departmentId: null,
      name: '',
      ideaIds: [mine.id, 'deleted-since'],
      pending: [],
      votes: {}
    })
    expect(you.ideas).toEqual([{ id: mine.id, text: 'B' }])
  })
})
