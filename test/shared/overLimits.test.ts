import { describe, expect, it } from 'vitest'
import { migrateAndValidate } from '../../src/shared/meeting/migrations'
import { LIMITS } from '../../src/shared/meeting/limits'
import { overLimits, withoutMaxima } from '../../src/shared/meeting/overLimits'
import { meetingSchema } from '../../src/shared/meeting/schema'
import { applyAll, freshMeeting } from './support'
import { readOnlySentence, wordErrorEn } from '../../src/shared/i18n/en/errors'

/** A meeting with `count` ideas, each a copy of one captured idea with its own id and number. */
function withIdeas(count: number) {
  const { meeting, ctx } = freshMeeting()
  const captured = applyAll(
    meeting,
    [
      {
        type: 'idea.add',
        roundId: meeting.rounds[0]!.id,
        departmentId: meeting.departments[0]!.id,
        text: 'An idea'
      }
    ],
    ctx
  )
  const idea = captured.ideas[0]!
  const ideas = Array.from({ length: count }, (_, n) => ({ ...idea, id: `i${n}`, number: n + 1 }))
  return { ...captured, ideas, lastIdeaNumber: count }
}

describe('a meeting over the limits', () => {
  it('is read with the limits lifted, naming the count and the limit with separators', () => {
    const loaded = migrateAndValidate(withIdeas(LIMITS.ideas + 1))
    if (!loaded.ok) throw new Error(wordErrorEn(loaded.error.reason))
    expect(loaded.value.meeting.ideas).toHaveLength(20_001)
    expect(loaded.value.overLimits).toEqual([
      { kind: 'list', path: ['ideas'], count: 20_001, limit: 20_000 }
    ])
    expect(readOnlySentence(loaded.value.overLimits)).toMatch(
      /^This meeting is larger than Northstar allows \(20,001 ideas, the limit is 20,000\), so it opens read-only: it can be read and exported but not changed/
    )
  })

  it('a meeting within the limits has none', () => {
    const loaded = migrateAndValidate(withIdeas(3))
    expect(loaded.ok && loaded.value.overLimits).toEqual([])
  })

  it('an item over its own limit (a text too long) is named by its place, the same way', () => {
    const meeting = withIdeas(2)
    meeting.ideas[1] = { ...meeting.ideas[1]!, text: 'x'.repeat(2_001) }
    const loaded = migrateAndValidate(meeting)
    expect(loaded.ok && loaded.value.overLimits).toEqual([
      { kind: 'text', path: ['ideas', '1', 'text'], count: 2_001, limit: 2_000 }
    ])
    expect(loaded.ok && readOnlySentence(loaded.value.overLimits)).toContain(
      '(a text of 2,001 characters in “ideas.1.text”, the limit is 2,000)'
    )
  })

  it('several limits: the first three, then how many more', () => {
    const meeting = withIdeas(LIMITS.ideas + 1)
    for (const n of [0, 1, 2, 3])
      meeting.ideas[n] = { ...meeting.ideas[n]!, text: 'y'.repeat(2_500) }
    const loaded = migrateAndValidate(meeting)
    if (!loaded.ok) throw new Error(wordErrorEn(loaded.error.reason))
    expect(loaded.value.overLimits).toHaveLength(5)
    expect(readOnlySentence(loaded.value.overLimits)).toContain(
      '(20,001 ideas, the limit is 20,000; a text of 2,500 characters in “ideas.0.text”, the limit is 2,000; a text of 2,500 characters in “ideas.1.text”, the limit is 2,000; and 2 more)'
    )
  })

  it('over a limit and damaged besides: refused, naming the damage rather than the limit', () => {
    const meeting = withIdeas(LIMITS.ideas + 1) as unknown as {
      ideas: Array<Record<string, unknown>>
    }
    meeting.ideas[7] = { ...meeting.ideas[7], votes: 'many' }
    const loaded = migrateAndValidate(meeting)
    expect(loaded.ok).toBe(false)
    if (loaded.ok) return
    expect(loaded.error.reason).toEqual({
      key: 'schema',
      subject: 'meetingFile',
      path: 'ideas.7.votes',
      problem: { kind: 'wrongType' }
    })
    expect(wordErrorEn(loaded.error.reason)).toBe(
      'This meeting file has a missing or wrong value (at “ideas.7.votes”).'
    )
  })

  it('a number over its limit is damage, not a length: refused, naming the value and the limit', () => {
    const meeting = withIdeas(2)
    meeting.ideas[1] = { ...meeting.ideas[1]!, votes: 10_001 }
    const loaded = migrateAndValidate(meeting)
    expect(!loaded.ok && wordErrorEn(loaded.error.reason)).toBe(
      'This meeting file has a value of 10,001 (at “ideas.1.votes”), the limit is 10,000.'
    )
  })

  it('lifting the limits keeps every other rule (a list that must not be empty, exact lengths)', () => {
    const lifted = withoutMaxima(meetingSchema)
    const meeting = withIdeas(1)
    expect(lifted.safeParse({ ...meeting, rounds: [] }).success).toBe(false)
    expect(lifted.safeParse({ ...meeting, stages: meeting.stages.slice(1) }).success).toBe(false)
    expect(
      lifted.safeParse({ ...meeting, facts: { ...meeting.facts, date: '1 May' } }).success
    ).toBe(false)
    expect(overLimits(meetingSchema, meeting)).toEqual([])
  })
})
