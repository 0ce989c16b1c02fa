import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyCommand } from '../../../src/shared/meeting/apply'
import { commandSchema } from '../../../src/shared/meeting/commands/schema'
import { meetingSchema } from '../../../src/shared/meeting/schema'
import { applyAll, dept, firstRound, freshMeeting } from '../support'
import { wordErrorEn } from '../../../src/shared/i18n/en/errors'

/** Counted so the README's reliability table can quote how many hostile cases run. */
export const FUZZ_RUNS = 3_000

const { meeting, ctx } = freshMeeting()
const seeded = applyAll(
  meeting,
  [
    {
      type: 'idea.add',
      roundId: firstRound(meeting),
      departmentId: dept(meeting, 'Sales'),
      text: 'Seed'
    },
    { type: 'theme.add', name: 'Theme' }
  ],
  ctx
)
const frozen = JSON.stringify(seeded)

const commandTypes = commandSchema.options.map((o) => o.shape.type.value)
const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '<script>alert(1)</script>',
    '\u0000',
    ''
  ),
  fc.string({ minLength: 2_001, maxLength: 25_000 })
)
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(hostileString, fc.constantFrom('__proto__', 'type', 'id', 'text')),
      tie('value'),
      {
        maxKeys: 4
      }
    )
  )
})).value
const knownIds = [...seeded.ideas, ...seeded.departments, ...seeded.rounds, ...seeded.themes].map(
  (x) => x.id
)

/** A command with a real type and random, often malformed, fields. */
const hostileCommand = fc.record({
  type: fc.constantFrom(...commandTypes, 'idea.explode', '__proto__'),
  id: fc.oneof(fc.constantFrom(...knownIds), hostileValue),
  roundId: fc.oneof(fc.constant(firstRound(seeded)), hostileValue),
  departmentId: fc.oneof(fc.constant(dept(seeded, 'Sales')), hostileValue),
  text: hostileValue,
  patch: hostileValue,
  votes: hostileValue,
  name: hostileValue
})

describe('hostile commands against the domain', () => {
  it('never throws, never mutates the input, and every result is a valid meeting or a human refusal', () => {
    fc.assert(
      fc.property(fc.oneof(hostileCommand, hostileValue), (command) => {
        const result = applyCommand(seeded, command, ctx)
        expect(JSON.stringify(seeded)).toBe(frozen)
        if (result.ok) {
          expect(meetingSchema.safeParse(result.value).success).toBe(true)
          expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
        } else {
          expect(wordErrorEn(result.error.reason)).toMatch(/^[A-Z“T].*[.!?]$/s)
          expect(wordErrorEn(result.error.reason)).not.toMatch(/at \w+ \(|\n\s+at /)
        }
      }),
      { numRuns: FUZZ_RUNS }
    )
    // A few thousand cases take seconds on a loaded shared machine.
  }, 60_000)

  it('keeps HTML-looking text as plain text', () => {
    const html = '<img src=x onerror=alert(1)> & <script>'
    const result = applyCommand(
      seeded,
      {
        type: 'idea.add',
        roundId: firstRound(seeded),
        departmentId: dept(seeded, 'Sales'),
        text: html
      },
      ctx
    )
    expect(result.ok && result.value.ideas.at(-1)!.text).toBe(html)
  })
})
