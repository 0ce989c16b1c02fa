import type { Idea } from './schema'

/**
 * The number the next captured idea gets: one more than the highest in the meeting, so numbers grow
 * in capture order and never change when an idea moves to another round.
 */
export function nextIdeaNumber(ideas: readonly Idea[]): number {
  let highest = 0
  for (const idea of ideas) if (idea.number > highest) highest = idea.number
  return highest + 1
}

/** Every idea's number by its id, for labels that name the idea an idea builds on. */
export function ideaNumbersById(ideas: readonly Idea[]): Map<string, number> {
  return new Map(ideas.map((idea) => [idea.id, idea.number]))
}

/** The idea carrying number `n` in the meeting, if any (what `^N` in the capture bar names). */
export function ideaByNumber(ideas: readonly Idea[], n: number): Idea | null {
  return ideas.find((idea) => idea.number === n) ?? null
}
