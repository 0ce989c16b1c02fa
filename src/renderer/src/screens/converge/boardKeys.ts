import type { KeyboardEvent } from 'react'
import { actionFor, describeKeyPress } from '../../keymap/keymap'

/** What a key press on the converge board asks for. */
export type BoardKey =
  { kind: 'theme' } | { kind: 'votes'; delta: 1 | -1 } | { kind: 'move'; delta: 1 | -1 } | null

const BOARD_KEYS = {
  theme: { kind: 'theme' },
  voteUp: { kind: 'votes', delta: 1 },
  voteDown: { kind: 'votes', delta: -1 },
  nextIdea: { kind: 'move', delta: 1 },
  previousIdea: { kind: 'move', delta: -1 }
} as const

/**
 * A key on the converge board, from the keymap's `convergeBoard` scope: T groups into a theme,
 * + / − change votes, ↑ / ↓ move between ideas; not while typing in a text, number or select field.
 */
export function boardKeyFor(event: KeyboardEvent<HTMLElement>): BoardKey {
  const action = actionFor('convergeBoard', describeKeyPress(event))
  return action ? BOARD_KEYS[action] : null
}
