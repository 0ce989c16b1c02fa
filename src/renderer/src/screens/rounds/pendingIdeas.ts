import type { Idea } from '../../../../shared/meeting/schema'
import type { CapturedIdea } from '../../components/CaptureBar'

/** An idea sent to main and not yet on screen as main saved it. */
export interface PendingIdea {
  idea: Idea
  /** The id main gave the idea, from its reply's `newIds`; null until the reply comes. */
  savedId: string | null
  /** The round's idea ids when it was sent (to tell its copy before the reply names it). */
  before: ReadonlySet<string>
}

/**
 * A stand-in for the idea being saved, shown on the board until main's copy arrives, with the number
 * main will most likely give it.
 */
export function pendingIdea(
  id: string,
  roundId: string,
  captured: CapturedIdea,
  roundIdeaIds: readonly string[],
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
    savedId: null,
    before: new Set(roundIdeaIds)
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
 * The stand-ins still to show. Once main's reply has named the idea's id, a stand-in goes as soon as
 * the idea with that id is on the board (two ideas with the same text are never confused). main's
 * patches can come before its reply (they are sent first): until the reply, an idea new since sending
 * with the same text and department is taken for it, so the card never shows twice.
 */
export function unconfirmed(pending: readonly PendingIdea[], roundIdeas: readonly Idea[]): Idea[] {
  if (pending.length === 0) return []
  const saved = new Set(roundIdeas.map((idea) => idea.id))
  const arrivedBeforeReply = ({ idea, before }: PendingIdea) =>
    roundIdeas.some(
      (copy) =>
        !before.has(copy.id) && copy.text === idea.text && copy.departmentId === idea.departmentId
    )
  return pending
    .filter((entry) =>
      entry.savedId === null ? !arrivedBeforeReply(entry) : !saved.has(entry.savedId)
    )
    .map((p) => p.idea)
}
