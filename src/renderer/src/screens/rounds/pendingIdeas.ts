import type { Idea } from '../../../../shared/meeting/schema'
import type { CapturedIdea } from '../../components/CaptureBar'

/** An idea sent to main and not yet on screen as main saved it. */
export interface PendingIdea {
  idea: Idea
  /** The id main gave the idea, from its reply's `newIds`; null until the reply comes. */
  savedId: string | null
}

/**
 * A stand-in for the idea being saved, shown on the board until main's copy arrives, with the number
 * main will most likely give it.
 */
export function pendingIdea(
  id: string,
  roundId: string,
  captured: CapturedIdea,
  number: number
): PendingIdea {
  return {
    idea: {
      id,
      number,
      roundId,
      departmentId: captured.departmentId,
      author: captured.author,
      text: captured.text,
      buildsOnId: captured.buildsOnId,
      themeId: null,
      votes: 0,
      impact: null,
      effort: null,
      createdAt: ''
    },
    savedId: null
  }
}

/** The stand-in `id` now knows main's id for its idea (the reply's first new id). */
export function withSavedId(
  pending: readonly PendingIdea[],
  id: string,
  newIds: readonly string[]
): PendingIdea[] {
  return pending.map((entry) =>
    entry.idea.id === id ? { ...entry, savedId: newIds[0] ?? null } : entry
  )
}

/**
 * The stand-ins still to show: one goes as soon as main's idea with the id main's reply named is on
 * the board, so the card never shows twice and two ideas with the same text are never confused.
 */
export function unconfirmed(pending: readonly PendingIdea[], roundIdeas: readonly Idea[]): Idea[] {
  if (pending.length === 0) return []
  const saved = new Set(roundIdeas.map((idea) => idea.id))
  return pending.filter(({ savedId }) => savedId === null || !saved.has(savedId)).map((p) => p.idea)
}
