import { describe, expect, it } from 'vitest'
import { MIGRATIONS, migrateAndValidate } from '../../src/shared/meeting/migrations'
import { CURRENT_SCHEMA_VERSION } from '../../src/shared/meeting/schema'
import { repairMeeting } from '../../src/shared/meeting/repair'
import { applyAll, dept, freshMeeting } from './support'
import { wordErrorEn } from '../../src/shared/i18n/en/errors'

/** A meeting as version 1 wrote it: one keepPrivate flag for the whole story. */
function versionOne(keepPrivate: boolean): Record<string, unknown> {
  const { meeting } = freshMeeting()
  const { privateFields: _dropped, ...story } = meeting.story
  return { ...meeting, schemaVersion: 1, story: { ...story, customer: 'John', keepPrivate } }
}

describe('migrations', () => {
  it('are ordered and lead to the current version', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1)
    )
  })

  it('v1 → v2: a private story keeps its personal fields private', () => {
    const result = migrateAndValidate(versionOne(true))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.migratedFrom).toBe(1)
    expect(result.value.meeting.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(result.value.meeting.story.privateFields).toEqual([
      'customer',
      'text',
      'broughtBy',
      'impact'
    ])
    expect(result.value.meeting.story.customer).toBe('John')
    expect('keepPrivate' in result.value.meeting.story).toBe(false)
  })

  it('v1 → v2: a public story has no private fields', () => {
    const result = migrateAndValidate(versionOne(false))
    expect(result.ok && result.value.meeting.story.privateFields).toEqual([])
  })

  it('v2 → v3: every idea gets the number the minutes gave it (file order), kept after moves', () => {
    const { meeting, ctx } = freshMeeting()
    const [r1, r2] = [meeting.rounds[0]!.id, meeting.rounds[1]!.id]
    const m = applyAll(
      meeting,
      [
        { type: 'idea.add', roundId: r2, departmentId: dept(meeting, 'Sales'), text: 'First' },
        { type: 'idea.add', roundId: r1, departmentId: dept(meeting, 'Finance'), text: 'Second' },
        { type: 'idea.add', roundId: r2, departmentId: dept(meeting, 'Product'), text: 'Third' }
      ],
      ctx
    )
    // Version 2 had no number on ideas.
    const v2 = {
      ...m,
      schemaVersion: 2,
      ideas: m.ideas.map(({ number: _dropped, ...idea }) => idea),
      lastIdeaNumber: undefined
    }
    const result = migrateAndValidate(JSON.parse(JSON.stringify(v2)))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.migratedFrom).toBe(2)
    expect(result.value.meeting.schemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(result.value.meeting.lastIdeaNumber).toBe(3)
    expect(result.value.meeting.ideas.map((i) => [i.number, i.text])).toEqual([
      [1, 'First'],
      [2, 'Second'],
      [3, 'Third']
    ])
    const next = applyAll(
      result.value.meeting,
      [{ type: 'idea.add', roundId: r1, departmentId: dept(meeting, 'Sales'), text: 'Fourth' }],
      ctx
    )
    expect(next.ideas.at(-1)!.number).toBe(4)
  })

  it('loads a file where two ideas share a number, and the repair gives the second a new one', () => {
    const { meeting, ctx } = freshMeeting()
    const round = meeting.rounds[0]!.id
    const sales = dept(meeting, 'Sales')
    const m = applyAll(
      meeting,
      [
        { type: 'idea.add', roundId: round, departmentId: sales, text: 'One' },
        { type: 'idea.add', roundId: round, departmentId: sales, text: 'Two' }
      ],
      ctx
    )
    const twice = { ...m, ideas: m.ideas.map((i) => ({ ...i, number: 1 })) }
    const result = migrateAndValidate(JSON.parse(JSON.stringify(twice)))
    if (!result.ok) throw new Error(wordErrorEn(result.error.reason))
    const { meeting: repaired, repairs } = repairMeeting(result.value.meeting)
    expect(repaired.ideas.map((i) => [i.number, i.text])).toEqual([
      [1, 'One'],
      [3, 'Two']
    ])
    expect(repaired.lastIdeaNumber).toBe(3)
    expect(repairs).toEqual([{ key: 'repairedIdeaNumbers', count: 1 }])
    expect(wordErrorEn(repairs[0]!)).toBe(
      '1 idea repeated the number of another idea; each now has a number of its own.'
    )
  })

  it('loads a current file unchanged', () => {
    const { meeting } = freshMeeting()
    const result = migrateAndValidate(JSON.parse(JSON.stringify(meeting)))
    expect(result).toEqual({ ok: true, value: { meeting, migratedFrom: null, overLimits: [] } })
  })

  it.each([
    ['not an object', [1, 2], 'does not contain'],
    ['no version', { title: 'x' }, 'which Northstar version'],
    ['a future version', { schemaVersion: 99 }, 'newer version of Northstar'],
    ['the wrong shape', { schemaVersion: 2, id: 'x' }, 'This meeting file']
  ])('refuses %s with a plain message', (_label, raw, words) => {
    const result = migrateAndValidate(raw)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('damaged_file')
      expect(wordErrorEn(result.error.reason)).toContain(words)
    }
  })
})
