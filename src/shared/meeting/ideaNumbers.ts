import type { Idea, Meeting } from './schema'

/**
 * The number the next captured idea gets: one more than any given before in this meeting, so numbers
 * grow in capture order, never change when an idea moves, and a deleted idea's number is not reused.
 */
export function nextIdeaNumber(meeting: Pick<Meeting, 'ideas' | 'lastIdeaNumber'>): number {
  let highest = meeting.lastIdeaNumber
  for (const idea of meeting.ideas) if (idea.number > highest) highest = idea.number
  return highest + 1
}

/** Every idea's number by its id, for labels that name the idea an idea builds on. */
export function ideaNumbersById(ideas: readonly Idea[]): Map<string, number> {
  return new Map(ideas.map((idea) => [idea.id, idea.number]))
}

/** The idea carrying number `n` in the meeting, if any. */
export function ideaByNumber(ideas: readonly Idea[], n: number): Idea | null {
  return ideas.find((idea) => idea.number === n) ?? null
}
