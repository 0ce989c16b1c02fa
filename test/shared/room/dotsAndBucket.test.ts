import { describe, expect, it } from 'vitest'
import { dotsUsed, moveDot, tally } from '../../../src/shared/room/dots'
import { fullBucket, takeToken } from '../../../src/shared/room/tokenBucket'

describe('dots per person', () => {
  it('moves dots within the budget and never beyond it', () => {
    let dots = {}
    for (let i = 0; i < 3; i++) dots = moveDot(dots, 'a', 1, 3) ?? dots
    expect(dots).toEqual({ a: 3 })
    expect(moveDot(dots, 'b', 1, 3)).toBeNull()
    const moved = moveDot(moveDot(dots, 'a', -1, 3)!, 'b', 1, 3)!
    expect(moved).toEqual({ a: 2, b: 1 })
    expect(dotsUsed(moved)).toBe(3)
  })

  it('cannot take a dot off an idea that has none, whatever the id', () => {
    expect(moveDot({ a: 1 }, 'b', -1, 3)).toBeNull()
    expect(moveDot({}, '__proto__', -1, 3)).toBeNull()
    expect(moveDot({}, 'constructor', -1, 3)).toBeNull()
    expect(moveDot({ a: 1 }, 'a', -1, 3)).toEqual({})
  })

  it('tallies an idea across phones', () => {
    expect(tally([{ votes: { a: 2 } }, { votes: { a: 1, b: 1 } }, { votes: {} }], 'a')).toBe(3)
    expect(tally([{ votes: { a: 2 } }], 'toString')).toBe(0)
  })
})

describe('token bucket', () => {
  const rate = { capacity: 3, perSecond: 2 }
  it('allows a burst of its capacity, then refills at its rate', () => {
    let bucket = fullBucket(rate, 0)
    const allowed: boolean[] = []
    for (let i = 0; i < 5; i++) {
      const step = takeToken(bucket, rate, 0)
      bucket = step.bucket
      allowed.push(step.allowed)
    }
    expect(allowed).toEqual([true, true, true, false, false])
    expect(takeToken(bucket, rate, 400).allowed).toBe(false)
    expect(takeToken(bucket, rate, 500).allowed).toBe(true)
    // Never more than the capacity, however long it waited.
    let later = fullBucket(rate, 0)
    let count = 0
    for (let i = 0; i < 10; i++) {
      const step = takeToken(later, rate, 60_000)
      later = step.bucket
      if (step.allowed) count++
    }
    expect(count).toBe(3)
  })
})
