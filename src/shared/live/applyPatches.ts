import type { Patch } from 'immer'

/*
 * What a window needs to follow a live view: applying patches. Kept apart from patches.ts (main's diff,
 * which runs on immer) so the renderer's bundle carries no immer.
 */

type Container = Record<string | number, unknown>

const isContainer = (value: unknown): value is Container =>
  value !== null && typeof value === 'object'

// As immer: a patch never writes an object's prototype.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor'])

function pathError(patch: Patch): Error {
  return new Error(`Cannot apply patch ${patch.op} at ${patch.path.join('/')}: its path does not resolve.`)
}

/** `value` as a copy this batch may change: copied once, then changed in place. */
function writable(value: Container, copies: Set<Container>): Container {
  if (copies.has(value)) return value
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Container
  copies.add(copy)
  return copy
}

/** The value at a patch's path now, or undefined if the path does not resolve. */
function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let at = root
  for (const key of path) {
    if (!isContainer(at)) return undefined
    at = at[key]
  }
  return at
}

/** One patch written into `root` (a copy of this batch's), copying each container on its path once. */
function applyOne(root: Container, patch: Patch, copies: Set<Container>): void {
  const { path, op } = patch
  let parent = root
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!
    const child = parent[key]
    if (UNSAFE_KEYS.has(String(key)) || !isContainer(child)) throw pathError(patch)
    const copy = writable(child, copies)
    if (copy !== child) parent[key] = copy
    parent = copy
  }
  const key = path[path.length - 1]!
  if (UNSAFE_KEYS.has(String(key))) throw pathError(patch)
  const list = Array.isArray(parent) ? (parent as unknown[]) : null
  if (op === 'replace') parent[key] = patch.value
  else if (op === 'add') {
    if (!list) parent[key] = patch.value
    else if (key === '-') list.push(patch.value)
    else list.splice(Number(key), 0, patch.value)
  } else if (op === 'remove') {
    if (list) list.splice(Number(key), 1)
    else delete parent[key]
  } else throw pathError(patch)
}

/**
 * Applies patches (immer's JSON format, as diffPatches makes them) with structural sharing: only the
 * objects on a patched path are copied, each once per call, so untouched objects keep their identity,
 * and a replace with the value already there copies nothing. Written out rather than through immer's
 * `applyPatches`, which drafts the base through proxies: on the projector's view that cost the window
 * 1–2 ms per idea, against a few microseconds here. Patch values are taken as they are (not cloned):
 * a message's patches are its own, fresh from IPC, and nothing here writes into them.
 */
export function applyPatchList<T extends object>(base: T, patches: readonly Patch[]): T {
  let root: unknown = base
  let copy: Container | null = null
  const copies = new Set<Container>()
  for (const patch of patches) {
    if (patch.path.length === 0) {
      // The whole view replaced: what follows applies to the new one.
      if (patch.op !== 'replace') throw pathError(patch)
      root = patch.value
      copy = null
      copies.clear()
      continue
    }
    if (patch.op === 'replace' && Object.is(valueAt(copy ?? root, patch.path), patch.value)) continue
    if (!copy) {
      if (!isContainer(root)) throw pathError(patch)
      copy = writable(root, copies)
    }
    applyOne(copy, patch, copies)
  }
  return (copy ?? root) as T
}
