/** One phone's dots by idea id. */
export type Dots = Record<string, number>

export const dotsUsed = (dots: Dots): number => Object.values(dots).reduce((sum, n) => sum + n, 0)

/**
 * Moves one dot onto (+1) or off (−1) an idea, never beyond the meeting's dots per person and never
 * below zero. Returns the new dots, or null when the move is not allowed (nothing changes).
 */
export function moveDot(dots: Dots, ideaId: string, delta: 1 | -1, budget: number): Dots | null {
  const current = Object.hasOwn(dots, ideaId) ? (dots[ideaId] ?? 0) : 0
  if (delta === 1 && dotsUsed(dots) >= budget) return null
  if (delta === -1 && current === 0) return null
  const next = { ...dots }
  if (current + delta === 0) delete next[ideaId]
  else next[ideaId] = current + delta
  return next
}

/** The tally of an idea: every phone's dots on it added up. */
export function tally(phones: Iterable<{ votes: Dots }>, ideaId: string): number {
  let total = 0
  for (const phone of phones)
    if (Object.hasOwn(phone.votes, ideaId)) total += phone.votes[ideaId] ?? 0
  return total
}
