import { describe, expect, it } from 'vitest'
import { INITIAL_PRESENTATION } from '../../../src/shared/ipc/contract'
import type { LivePatch } from '../../../src/shared/live/messages'
import { LiveStream } from '../../../src/shared/live/stream'
import { meetingAfter } from '../../../src/shared/meeting/apply'
import type { Command } from '../../../src/shared/meeting/commands/schema'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { createMeetingFromTemplate } from '../../../src/shared/meeting/template'
import { attendeeView, deviceView } from '../../../src/shared/room/attendeeView'
import { wordErrorEn } from '../../../src/shared/i18n/en/errors'

let n = 0
const ctx = { now: () => '2026-12-01T09:00:00.000Z', newId: () => `id-${++n}` }
const run = (meeting: Meeting, command: Command): Meeting => {
  const result = meetingAfter(meeting, command, ctx)
  if (!result.ok) throw new Error(wordErrorEn(result.error.reason))
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
  it('shows the current round’s visible ideas, with their meeting-wide numbers, with nothing private', () => {
    const m = meetingInRound()
    const view = attendeeView(m, { blank: false })
    expect(view.mode).toBe('ideas')
    expect(view.round?.id).toBe(m.rounds[0]!.id)
    expect(view.ideas.map((i) => [i.number, i.text])).toEqual([
      [1, 'A'],
      [3, 'B']
    ])
    const json = JSON.stringify(view)
    for (const secret of ['Ada Secret', 'Private email body', 'Alice Author', 'Hidden one'])
      expect(json).not.toContain(secret)
    expect(view.framingQuestion).toContain('our customer')
  })

  it('waits outside the rounds and Converge, and while the projector is blanked', () => {
    const m = meetingInRound()
    expect(attendeeView(m, { blank: true })).toMatchObject({
      mode: 'waiting',
      ideas: []
    })
    const story = run(m, { type: 'run.goto', stage: 'story' })
    expect(attendeeView(story, { blank: false }).mode).toBe('waiting')
  })

  it('in Converge offers every visible idea of every round for dots', () => {
    const m = run(meetingInRound(), { type: 'run.goto', stage: 'converge' })
    const view = attendeeView(m, { blank: false })
    expect(view.mode).toBe('vote')
    expect(view.ideas.map((i) => i.text)).toEqual(['A', 'Other round', 'B'])
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

describe('the attendee audience of the change stream', () => {
  it('phones get a snapshot, then only small patches, and nothing private ever', async () => {
    let meeting = meetingInRound()
    const presentation = { ...INITIAL_PRESENTATION, meetingId: meeting.id }
    const source = () => ({ meeting, canUndo: false, canRedo: false })
    const stream = new LiveStream(() => Promise.resolve(source()), () => presentation)
    const feed = stream.registerAudience('attendee', attendeeView)
    const sent: LivePatch[] = []
    feed.subscribe((message) => sent.push(message))
    const first = await feed.snapshot(meeting.id)
    expect(first.view.ideas).toHaveLength(2)

    // Private edits, an author and a hidden idea change nothing a phone sees: no message at all.
    meeting = run(meeting, { type: 'story.update', patch: { text: 'Another private email' } })
    meeting = run(meeting, {
      type: 'idea.add',
      roundId: meeting.run.roundId!,
      departmentId: meeting.departments[0]!.id,
      text: 'Secret draft',
      author: 'Bob Author'
    })
    meeting = run(meeting, { type: 'idea.setHidden', id: meeting.ideas.at(-1)!.id, hidden: true })
    stream.publish(meeting.id, source())
    expect(sent).toEqual([])

    // A visible idea is one small patch: the idea appended.
    meeting = run(meeting, {
      type: 'idea.add',
      roundId: meeting.run.roundId!,
      departmentId: meeting.departments[0]!.id,
      text: 'From a phone',
      source: 'room'
    })
    stream.publish(meeting.id, source())
    expect(sent).toHaveLength(1)
    expect(sent[0]!.rev).toBe(first.rev + 1)
    expect(sent[0]!.patches).toEqual([
      expect.objectContaining({ op: 'add', path: ['ideas', 2] })
    ])
    const json = JSON.stringify(sent)
    for (const secret of ['Private email', 'Bob Author', 'Secret draft', 'Ada Secret'])
      expect(json).not.toContain(secret)
  })
})

describe('the phones’ language', () => {
  it('comes from the meeting, so a language change reaches phones as a patch', () => {
    const m = meetingInRound()
    expect(attendeeView(m, INITIAL_PRESENTATION).language).toBe('en')
    const pt = run(m, { type: 'facts.update', patch: { language: 'pt-PT' } })
    const view = attendeeView(pt, INITIAL_PRESENTATION)
    expect(view.language).toBe('pt-PT')
    // The round's words are the meeting's own: changing the language does not rewrite them.
    expect(view.round?.title).toBe(attendeeView(m, INITIAL_PRESENTATION).round?.title)
  })
})
