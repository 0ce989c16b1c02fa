import { enablePatches, Immer } from 'immer'
import type { Patch } from 'immer'

export type { Patch } from 'immer'
export { applyPatchList } from './applyPatches'

enablePatches()
// Views are plain data owned by one side each; freezing them would cost a walk per change for nothing.
const immer = new Immer({ autoFreeze: false })

type Container = Record<string | number, unknown>
type Path = Array<string | number>

const isContainer = (value: unknown): value is Container =>
  value !== null && typeof value === 'object'

/** Deep equality of plain JSON data, short-circuiting on shared identity (views share structure). */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (!isContainer(a) || !isContainer(b) || Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  if (keysA.length !== Object.keys(b).length) return false
  return keysA.every(
    (key) => Object.prototype.hasOwnProperty.call(b, key) && sameData(a[key], b[key])
  )
}

/**
 * When `next` is `prev` with one run of items taken out and/or put in at one place, the patches that
 * say just that: immer applies an array `remove`/`add` at an index as a splice. Immer's own drafts would
 * report every later index as replaced, so an undone deletion at the top of 2,000 ideas would resend them all.
 */
function spliceFor(path: Path, prev: unknown[], next: unknown[]): Patch[] | null {
  if (prev.length === next.length) return null
  let start = 0
  const shortest = Math.min(prev.length, next.length)
  while (start < shortest && sameData(prev[start], next[start])) start++
  let tail = 0
  while (
    tail < shortest - start &&
    sameData(prev[prev.length - 1 - tail], next[next.length - 1 - tail])
  )
    tail++
  const removed = prev.length - start - tail
  const added = next.slice(start, next.length - tail)
  // An append or a trim at the end is already one patch per item through the draft.
  if (tail === 0) return null
  const patches: Patch[] = []
  for (let i = 0; i < removed; i++) patches.push({ op: 'remove', path: [...path, start] })
  added.forEach((value, i) => patches.push({ op: 'add', path: [...path, start + i], value }))
  return patches
}

/**
 * When `next` is `prev` with its first items taken off and items put on at the end (a window over the
 * newest items that slides), the patches that say just that: `remove`s at the front, then `add`s. Without
 * this every item would be reported as replaced by the one after it.
 */
function shiftFor(path: Path, prev: unknown[], next: unknown[]): Patch[] | null {
  if (prev.length === 0 || next.length === 0 || sameData(prev[0], next[0])) return null
  // Bounded: the window slides by a few items per change, so look for next's first item near the front.
  const limit = Math.min(prev.length, 64)
  let dropped = 1
  while (dropped < limit && !sameData(prev[dropped], next[0])) dropped++
  if (dropped >= limit) return null
  const kept = prev.length - dropped
  if (kept > next.length) return null
  for (let i = 0; i < kept; i++) if (!sameData(prev[dropped + i], next[i])) return null
  const patches: Patch[] = []
  for (let i = 0; i < dropped; i++) patches.push({ op: 'remove', path: [...path, 0] })
  for (let i = kept; i < next.length; i++) {
    patches.push({ op: 'add', path: [...path, i], value: next[i] })
  }
  return patches
}

/**
 * Writes into `draft` (immer's draft of `prev`) only what differs in `next`, so immer records the
 * smallest patches: an appended idea is one `add`, an edited text one `replace` at its path. Splices in
 * the middle of a list are collected in `extra` instead (see spliceFor).
 */
function reconcile(draft: Container, prev: Container, next: Container, path: Path, extra: Patch[]) {
  if (Array.isArray(prev) && Array.isArray(next)) {
    const shared = Math.min(prev.length, next.length)
    for (let i = 0; i < shared; i++) reconcileSlot(draft, i, prev[i], next[i], path, extra)
    const items = draft as unknown as unknown[]
    if (next.length < prev.length) items.length = next.length
    for (let i = shared; i < next.length; i++) items.push(next[i])
    return
  }
  for (const key of Object.keys(prev)) {
    if (!Object.prototype.hasOwnProperty.call(next, key)) delete draft[key]
  }
  for (const key of Object.keys(next)) reconcileSlot(draft, key, prev[key], next[key], path, extra)
}

function reconcileSlot(
  draft: Container,
  key: string | number,
  a: unknown,
  b: unknown,
  path: Path,
  extra: Patch[]
): void {
  if (sameData(a, b)) return
  if (!isContainer(a) || !isContainer(b) || Array.isArray(a) !== Array.isArray(b)) {
    draft[key] = b
    return
  }
  const here = [...path, key]
  const splice =
    Array.isArray(a) && Array.isArray(b) ? (spliceFor(here, a, b) ?? shiftFor(here, a, b)) : null
  if (splice) extra.push(...splice)
  else reconcile(draft[key] as Container, a, b, here, extra)
}

/**
 * The patches (immer's JSON format) that turn `prev` into data equal to `next`, recorded by immer from
 * a draft that is given only the differences. Parts of `next` equal to `prev` produce nothing, so a
 * window applying the patches keeps its unchanged objects (same identity) as they were.
 */
export function diffPatches<T extends object>(prev: T, next: T): Patch[] {
  const extra: Patch[] = []
  const [, patches] = immer.produceWithPatches(prev, (draft) => {
    reconcile(draft as Container, prev as Container, next as Container, [], extra)
  })
  return [...patches, ...extra]
}
