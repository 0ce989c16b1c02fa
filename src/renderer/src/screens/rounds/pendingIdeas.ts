import type { Idea } from '../../../../shared/meeting/schema'
import type { CapturedIdea } from '../../components/CaptureBar'

/** An idea sent to main and not yet confirmed, with the round's idea ids as they were when sent. */
export interface PendingIdea {
  idea: Idea
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
    before: new Set(roundIdeaIds)
  }
}

/**
 * The pending ideas main has not confirmed yet. A broadcast can bring the saved idea before the
 * command's own answer; an idea that is new since sending, with the same text and department, is
 * that idea, so its stand-in is dropped and the card never shows twice.
 */
export function unconfirmed(pending: readonly PendingIdea[], roundIdeas: readonly Idea[]): Idea[] {
  if (pending.length === 0) return []
  return pending
    .filter(
      ({ idea, before }) =>
        !roundIdeas.some(
          (saved) =>
            !before.has(saved.id) &&
            saved.text === idea.text &&
            saved.departmentId === idea.departmentId
        )
    )
    .map((p) => p.idea)
}
