import type { Result } from '../result'
import { fail, ok } from '../result'
import type { Meeting } from './schema'

/** How many steps back a facilitator can undo. Snapshots share structure, so this is cheap. */
export const HISTORY_LIMIT = 500

/** Undo/redo over immutable meeting snapshots. */
export interface History {
  past: readonly Meeting[]
  present: Meeting
  future: readonly Meeting[]
}

export const startHistory = (meeting: Meeting): History => ({
  past: [],
  present: meeting,
  future: []
})

/** Records a new state; a new change clears the redo stack. */
export function record(history: History, next: Meeting): History {
  // A change that changed nothing (the same object back) is no step to undo.
  if (next === history.present) return history
  const past = [...history.past, history.present]
  if (past.length > HISTORY_LIMIT) past.shift()
  return { past, present: next, future: [] }
}

/** Steps back one change. `now` stamps the restored state so the file reflects when it was restored. */
export function undo(history: History, now: string): Result<History> {
  const previous = history.past[history.past.length - 1]
  if (!previous) return fail('nothing_to_undo', { key: 'nothingToUndo' })
  return ok({
    past: history.past.slice(0, -1),
    present: { ...previous, updatedAt: now },
    future: [history.present, ...history.future]
  })
}

export function redo(history: History, now: string): Result<History> {
  const next = history.future[0]
  if (!next) return fail('nothing_to_redo', { key: 'nothingToRedo' })
  return ok({
    past: [...history.past, history.present],
    present: { ...next, updatedAt: now },
    future: history.future.slice(1)
  })
}
