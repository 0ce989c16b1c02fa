import { describe, expect, it } from 'vitest'
import { meetingAfter } from '../../../src/shared/meeting/apply'
import type { Command } from '../../../src/shared/meeting/commands/schema'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { createMeetingFromTemplate } from '../../../src/shared/meeting/template'
import { PROJECTOR_ROUND_IDEAS, projectorView } from '../../../src/shared/projector/view'
import { buildLargeMeeting } from '../../../scripts/fixtures/largeMeeting'
import { wordErrorEn } from '../../../src/shared/i18n/en/errors'

function context() {
  let n = 0
  return { now: () => '2026-11-23T09:00:00.000Z', newId: () => `id${++n}` }
}

/** A template meeting after each step's command (a step sees the meeting as it is by then). */
function meetingWith(steps: Array<(m: Meeting) => Command> = []): Meeting {
  const ctx = context()
  let meeting = createMeetingFromTemplate('Q4 review', ctx)
  for (const step of steps) {
    const result = meetingAfter(meeting, step(meeting), ctx)
    if (!result.ok) throw new Error(wordErrorEn(result.error.reason))
    meeting = result.value
  }
  return meeting
}

const storyMeeting = (privateFields: Meeting['story']['privateFields']): Meeting => ({
  ...meetingWith(),
  story: {
    customer: 'John Whitaker',
    segment: 'Hearing aid users',
    text: 'I heard my daughter sing at her school recital.',
    channel: 'Email to support',
    broughtBy: 'Hernando',
    impact: 'He hears his family again.',
    privateFields,
    contact: 'john.whitaker@example.org'
  }
})

describe('projector view', () => {
  it('drops every story field marked private, everywhere in the view', () => {
    const view = projectorView(storyMeeting(['customer', 'channel']))
    expect(view.story.customer).toBe('')
    expect(view.story.channel).toBe('')
    expect(view.story.text).toMatch(/daughter sing/)
    const everything = JSON.stringify(view)
    expect(everything).not.toContain('Whitaker')
    expect(everything).not.toContain('Email to support')
  })

  it('does not let a private customer name through the framing question or a round prompt', () => {
    const open = projectorView(storyMeeting([]))
    expect(open.framingQuestion).toContain('John Whitaker')
    expect(open.round?.prompt).toContain('John Whitaker')
    const hidden = projectorView(storyMeeting(['customer']))
    expect(hidden.framingQuestion).toBe("How can we make more stories like our customer's happen?")
    expect(hidden.round?.prompt).not.toContain('Whitaker')
  })

  it('shows the current round’s ideas with their meeting numbers, kept after a move, with build-on links', () => {
    const idea =
      (roundIndex: number, deptIndex: number, text: string, buildsOn?: string) =>
      (m: Meeting): Command => ({
        type: 'idea.add',
        roundId: m.rounds[roundIndex]!.id,
        departmentId: m.departments[deptIndex]!.id,
        text,
        ...(buildsOn ? { buildsOnId: m.ideas.find((i) => i.text === buildsOn)!.id } : {})
      })
    const meeting = meetingWith([
      idea(0, 0, 'Elsewhere'),
      (m) => ({ type: 'run.goto', stage: 'rounds', roundId: m.rounds[1]!.id }),
      idea(1, 0, 'Free trials'),
      idea(1, 1, 'Music mode', 'Free trials'),
      idea(1, 2, 'Ask schools', 'Elsewhere'),
      idea(0, 3, 'Captured in the wrong round'),
      (m) => ({ type: 'idea.move', id: m.ideas[4]!.id, roundId: m.rounds[1]!.id })
    ])
    const view = projectorView(meeting)
    expect(view.round?.position).toBe(2)
    expect(view.ideas.map((i) => [i.number, i.text])).toEqual([
      [2, 'Free trials'],
      [3, 'Music mode'],
      [4, 'Ask schools'],
      [5, 'Captured in the wrong round']
    ])
    const first = meeting.ideas.find((i) => i.text === 'Free trials')!
    const built = meeting.ideas.find((i) => i.text === 'Music mode')!
    expect(built.buildsOnId).toBe(first.id)
    expect(view.ideas[1]!.buildsOn).toEqual({
      number: 2,
      departmentId: first.departmentId,
      otherRound: null
    })
    expect(view.ideas[2]!.buildsOn).toMatchObject({
      number: 1,
      otherRound: meeting.rounds[0]!.title
    })
  })

  it('sends only the round’s newest ideas, with how many earlier ones and the per-department totals', () => {
    const large = buildLargeMeeting({ ideas: 2_000, actions: 0 })
    const roundId = large.rounds[0]!.id
    const meeting = { ...large, run: { ...large.run, roundId } }
    const inRound = meeting.ideas.filter((idea) => idea.roundId === roundId)
    const view = projectorView(meeting)
    expect(view.ideas).toHaveLength(PROJECTOR_ROUND_IDEAS)
    expect(view.ideas.at(-1)?.id).toBe(inRound.at(-1)?.id)
    expect(view.earlierIdeas).toBe(inRound.length - PROJECTOR_ROUND_IDEAS)
    expect(Object.values(view.ideaCounts).reduce((a, b) => a + b, 0)).toBe(inRound.length)
  })

  it('gives every department its name and a one-letter initial, never colour alone', () => {
    const view = projectorView(meetingWith())
    for (const d of view.departments) {
      expect(d.name.length).toBeGreaterThan(0)
      expect(d.initial).toMatch(/^[A-Z0-9]$/)
    }
    expect(new Set(view.departments.map((d) => d.initial)).size).toBe(view.departments.length)
  })

  it('ranks voted themes and ideas and keeps carried actions without their notes', () => {
    const base = meetingWith()
    const meeting: Meeting = {
      ...base,
      themes: [
        { id: 't1', name: 'Schools', votes: 3 },
        { id: 't2', name: 'Music', votes: 7 }
      ],
      carried: [
        {
          id: 'c1',
          sourceActionId: 'a0',
          what: 'Call ten customers',
          owner: 'Ana',
          dueDate: '',
          metric: { kind: 'nps', customName: '', baseline: '32', target: '40', measureOn: '' },
          timesCarried: 1,
          progressedBefore: false,
          status: 'done',
          latestValue: '38',
          note: 'Facilitator-only: Ana was late twice'
        }
      ]
    }
    const view = projectorView(meeting)
    expect(view.ranked.map((r) => [r.rank, r.label, r.votes])).toEqual([
      [1, 'Music', 7],
      [2, 'Schools', 3]
    ])
    expect(view.carried[0]).toMatchObject({ status: 'done', metric: 'NPS' })
    expect(view.carried[0]!.movement).toMatchObject({ change: 6, trend: 'moved' })
    expect(JSON.stringify(view)).not.toContain('Ana was late')
  })
})
