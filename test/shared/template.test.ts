import { describe, expect, it } from 'vitest'
import { meetingSchema, STAGE_KINDS } from '../../src/shared/meeting/schema'
import {
  createMeetingFromCopy,
  createMeetingFromTemplate,
  fillFraming
} from '../../src/shared/meeting/template'
import { applyAll, dept, firstRound, testContext } from './support'

describe('the built-in template', () => {
  it('is a valid meeting with the four default rounds and every stage planned', () => {
    const m = createMeetingFromTemplate('Q4 review', testContext())
    expect(meetingSchema.parse(m)).toEqual(m)
    expect(m.rounds.map((r) => r.title)).toEqual([
      'More stories like this',
      'What do our customers need?',
      'Build across departments',
      "What's in it for our customers?"
    ])
    expect(m.rounds[1]!.checklist).toHaveLength(4)
    expect(m.stages.map((s) => s.kind)).toEqual([...STAGE_KINDS])
    expect(new Set(m.departments.map((d) => d.key)).size).toBe(m.departments.length)
  })

  it('fills the framing question from the customer’s name', () => {
    expect(fillFraming("How can we make more stories like {customer}'s happen?", 'John')).toBe(
      "How can we make more stories like John's happen?"
    )
    expect(fillFraming('{customer}', '  ')).toBe('our customer')
  })

  it('copies setup but not live content from an earlier meeting', () => {
    const ctx = testContext()
    const source = createMeetingFromTemplate('Q3', ctx)
    const withContent = applyAll(
      source,
      [
        {
          type: 'attendee.add',
          name: 'Tom',
          departmentId: dept(source, 'Marketing'),
          role: 'Exec'
        },
        {
          type: 'idea.add',
          roundId: firstRound(source),
          departmentId: dept(source, 'Marketing'),
          text: 'Idea'
        }
      ],
      ctx
    )
    const copy = createMeetingFromCopy(withContent, 'Q4', ctx)
    expect(meetingSchema.safeParse(copy).success).toBe(true)
    expect(copy.ideas).toEqual([])
    expect(copy.attendees[0]!.name).toBe('Tom')
    expect(copy.departments.map((d) => d.id)).toContain(copy.attendees[0]!.departmentId)
    expect(copy.id).not.toBe(withContent.id)
  })
})
