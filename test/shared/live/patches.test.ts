import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyPatchList, diffPatches } from '../../../src/shared/live/patches'

/** Plain JSON objects shaped like views: nested records and lists of records with ids. */
const item = fc.record({ id: fc.string({ maxLength: 3 }), text: fc.string({ maxLength: 5 }) })
const view = fc.record({
  title: fc.string({ maxLength: 5 }),
  flags: fc.dictionary(fc.string({ maxLength: 2 }), fc.boolean(), { maxKeys: 3 }),
  items: fc.array(item, { maxLength: 8 }),
  nested: fc.option(fc.record({ list: fc.array(fc.integer(), { maxLength: 4 }) }), { nil: null })
})

describe('patches between two views', () => {
  it('turn any view into any other (property)', () => {
    fc.assert(
      fc.property(view, view, (before, after) => {
        expect(applyPatchList(before, diffPatches(before, after))).toEqual(after)
      }),
      { numRuns: 500 }
    )
  })

  it('say nothing when nothing changed, even when every object is new', () => {
    const before = { items: [{ id: 'a', text: 'One' }], title: 'T' }
    expect(diffPatches(before, structuredClone(before))).toEqual([])
  })

  it('send a window over the newest items that slides by one as one remove and one add', () => {
    const items = Array.from({ length: 151 }, (_, i) => ({ id: `i${i}`, text: `Idea ${i}` }))
    const before = { items: items.slice(0, 150) }
    const after = { items: items.slice(1) }
    const patches = diffPatches(before, after)
    expect(patches).toEqual([
      { op: 'remove', path: ['items', 0] },
      { op: 'add', path: ['items', 149], value: items[150] }
    ])
    const applied = applyPatchList(before, patches)
    expect(applied).toEqual(after)
    expect(applied.items[0]).toBe(items[1])
  })

  it('send one item taken out of the middle of a long list as one patch, and keep the rest as they were', () => {
    const items = Array.from({ length: 2_000 }, (_, i) => ({ id: `i${i}`, text: `Idea ${i}` }))
    const before = { items }
    const after = { items: items.filter((_, i) => i !== 5) }
    const patches = diffPatches(before, after)
    expect(patches).toEqual([{ op: 'remove', path: ['items', 5] }])
    const applied = applyPatchList(before, patches)
    expect(applied.items[5]).toBe(items[6])
    // Put back (an undo): one add.
    expect(diffPatches(after, before)).toEqual([{ op: 'add', path: ['items', 5], value: items[5] }])
  })

  it('patch an edited field at its path, leaving sibling objects untouched', () => {
    const before = {
      items: [
        { id: 'a', text: 'One' },
        { id: 'b', text: 'Two' }
      ]
    }
    const after = { items: [before.items[0]!, { id: 'b', text: 'Deux' }] }
    const patches = diffPatches(before, after)
    expect(patches).toEqual([{ op: 'replace', path: ['items', 1, 'text'], value: 'Deux' }])
    const applied = applyPatchList(before, patches)
    expect(applied.items[0]).toBe(before.items[0])
    expect(applied.items[1]).toEqual({ id: 'b', text: 'Deux' })
  })

  it('apply in order, copying only the objects on the patched paths and never the patches’ own values', () => {
    const kept = { id: 'k', text: 'Kept' }
    const before = { title: 'T', items: [kept], counts: { a: 1 } as Record<string, number> }
    const added = { id: 'n', text: 'New' }
    const applied = applyPatchList(before, [
      { op: 'add', path: ['items', '-'], value: added },
      { op: 'replace', path: ['items', 1, 'text'], value: 'Newer' },
      { op: 'replace', path: ['counts', 'a'], value: 2 },
      { op: 'replace', path: ['counts', 'a'], value: 1 },
      { op: 'remove', path: ['items', 0] }
    ])
    expect(applied).toEqual({ title: 'T', items: [{ id: 'n', text: 'Newer' }], counts: { a: 1 } })
    // The base and the patch's value are as they were.
    expect(before).toEqual({ title: 'T', items: [kept], counts: { a: 1 } })
    expect(added).toEqual({ id: 'n', text: 'New' })
  })

  it('keep every identity when a patch changes nothing, and start over from a whole-view replace', () => {
    const before = { title: 'T', items: [{ id: 'a' }] }
    expect(applyPatchList(before, [{ op: 'replace', path: ['title'], value: 'T' }])).toBe(before)
    const next = { title: 'U', items: [] }
    const replaced = applyPatchList(before, [
      { op: 'replace', path: [], value: next },
      { op: 'replace', path: ['title'], value: 'V' }
    ])
    expect(replaced).toEqual({ title: 'V', items: [] })
    expect(next.title).toBe('U')
  })

  it('refuse a patch whose path does not resolve, or that would write a prototype', () => {
    const before = { items: [{ id: 'a' }] }
    expect(() => applyPatchList(before, [{ op: 'replace', path: ['nope', 'x'], value: 1 }])).toThrow(
      /does not resolve/
    )
    expect(() =>
      applyPatchList(before, [{ op: 'add', path: ['__proto__', 'polluted'], value: true }])
    ).toThrow()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
