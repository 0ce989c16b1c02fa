import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeMeeting, encodeMeetingChunks } from '../../../src/main/storage/meetingCodec'
import { meetingAfter } from '../../../src/shared/meeting/apply'
import type { Meeting } from '../../../src/shared/meeting/schema'
import { buildLargeMeeting } from '../../../scripts/fixtures/largeMeeting'

const bytesOf = (meeting: Meeting): string => Buffer.concat(encodeMeetingChunks(meeting)).toString()

describe('a meeting serialised in pieces, each list item once', () => {
  it('is byte for byte JSON.stringify, change after change (items shared with the last save)', () => {
    let meeting = buildLargeMeeting({ ideas: 120, actions: 6 })
    let n = 0
    const ctx = {
      now: () => `2026-12-02T05:00:${String(n % 60).padStart(2, '0')}.000Z`,
      newId: () => `n${n++}`
    }
    expect(bytesOf(meeting)).toBe(encodeMeeting(meeting))
    for (let i = 0; i < 30; i++) {
      const idea = meeting.ideas[(i * 7) % meeting.ideas.length]!
      const command =
        i % 3 === 0
          ? { type: 'idea.update' as const, id: idea.id, text: `Edited “${i}” — ü\u2028` }
          : i % 3 === 1
            ? { type: 'idea.delete' as const, id: idea.id }
            : {
                type: 'idea.add' as const,
                roundId: meeting.rounds[0]!.id,
                departmentId: meeting.departments[0]!.id,
                text: `New \\ "quoted" idea ${i}`
              }
      const result = meetingAfter(meeting, command, ctx)
      if (!result.ok) throw new Error(result.error.reason.key)
      meeting = result.value
      expect(bytesOf(meeting)).toBe(encodeMeeting(meeting))
    }
  })

  it('is JSON.stringify for any JSON-like object of lists and values', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string(),
          fc.oneof(fc.array(fc.jsonValue()), fc.jsonValue(), fc.constant(undefined))
        ),
        (data) => {
          const meeting = data as unknown as Meeting
          expect(bytesOf(meeting)).toBe(`${JSON.stringify(meeting)}\n`)
        }
      )
    )
  })

  it('freezes what it has serialised, so a change made in place cannot slip past a later save', () => {
    const meeting = buildLargeMeeting({ ideas: 3, actions: 1 })
    encodeMeetingChunks(meeting)
    expect(() => {
      ;(meeting.ideas[0] as { text: string }).text = 'changed in place'
    }).toThrow(TypeError)
  })
})
