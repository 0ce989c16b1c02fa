import type { Idea } from './schema'

const byIdOf = new WeakMap<readonly Idea[], ReadonlyMap<string, Idea>>()

/**
 * Every idea by its id, built once per ideas list: the window's copy of a meeting keeps the list's
 * identity until an idea changes (immer's structural sharing), so the stage's lookups on one render,
 * and on every render until then, share one index instead of each building its own.
 */
export function ideasById(ideas: readonly Idea[]): ReadonlyMap<string, Idea> {
  let index = byIdOf.get(ideas)
  if (!index) {
    index = new Map(ideas.map((idea) => [idea.id, idea]))
    byIdOf.set(ideas, index)
  }
  return index
}
