import { describe, expect, it } from 'vitest'
import type { Idea } from '../../../src/shared/meeting/schema'
import {
  pendingIdea,
  unconfirmed,
  withSavedId
} from '../../../src/renderer/src/screens/rounds/pendingIdeas'

const captured = { departmentId: 'd1', author: '', text: 'Call the family', buildsOnId: null }
const saved = (id: string, text: string): Idea => ({
  ...pendingIdea(id, 'r1', { ...captured, text }, [], 1).idea,
  createdAt: '2026-12-02T00:00:00.000Z'
})

describe('the card shown while an idea is saving', () => {
  it('stays until main’s idea with the id its reply named is on the board', () => {
    // Another window saved an idea with the same text before this one was sent: not this one.
    const other = saved('other', 'Call the family')
    let pending = [pendingIdea('pending-1', 'r1', captured, ['other'], 7)]
    expect(unconfirmed(pending, [other]).map((i) => i.id)).toEqual(['pending-1'])
    pending = withSavedId(pending, 'pending-1', ['mine'])
    expect(unconfirmed(pending, [other]).map((i) => i.id)).toEqual(['pending-1'])
    expect(unconfirmed(pending, [other, saved('mine', 'Call the family')])).toEqual([])
  })

  it('is paired by id even when main saved a different text (trimmed, or edited meanwhile)', () => {
    const pending = withSavedId([pendingIdea('pending-1', 'r1', captured, [], 7)], 'pending-1', [
      'x'
    ])
    expect(unconfirmed(pending, [saved('x', 'Call the family, trimmed')])).toEqual([])
  })

  it('goes when its copy comes before main’s reply (patches are sent first)', () => {
    const pending = [pendingIdea('pending-1', 'r1', captured, [], 7)]
    expect(unconfirmed(pending, [saved('mine', 'Call the family')])).toEqual([])
  })
})
