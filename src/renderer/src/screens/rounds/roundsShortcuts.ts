/** What a key press asks of the Rounds stage. */
export type RoundsShortcut =
  | 'toggleCountdown'
  | 'addMinute'
  | 'resetCountdown'
  | 'editIdea'
  | 'moveIdea'
  | 'mergeIdea'
  | 'deleteIdea'
  | 'selectPrevious'
  | 'selectNext'
  | 'previousRound'
  | 'nextRound'

/** The parts of a key press the Rounds shortcuts depend on (testable without a DOM). */
export interface RoundsKeyPress {
  key: string
  /** The physical key (`KeyS`), so Option+letter on macOS still counts as that letter. */
  code: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

/** Alt+Shift+letter: free of the department keys (Alt+letter) and of text editing. */
const ALT_SHIFT_CODES: Record<string, RoundsShortcut> = {
  KeyS: 'toggleCountdown',
  KeyA: 'addMinute',
  KeyR: 'resetCountdown',
  KeyE: 'editIdea',
  KeyM: 'moveIdea',
  KeyG: 'mergeIdea',
  Delete: 'deleteIdea',
  Backspace: 'deleteIdea'
}

/** Alt+key, with or without focus in the capture bar (Alt never types in a field on these keys). */
const ALT_KEYS: Record<string, RoundsShortcut> = {
  ArrowUp: 'selectPrevious',
  ArrowDown: 'selectNext',
  PageUp: 'previousRound',
  PageDown: 'nextRound'
}

/**
 * Maps a key press to a Rounds shortcut. Every one carries Alt so it works while the capture bar
 * has focus, which it always has during a live round.
 */
export function roundsShortcutFor(press: RoundsKeyPress): RoundsShortcut | null {
  if (!press.altKey || press.ctrlKey || press.metaKey) return null
  if (press.shiftKey) return ALT_SHIFT_CODES[press.code] ?? null
  return ALT_KEYS[press.key] ?? null
}

/** Plain keys on a focused idea card (no capture-bar typing to protect there). */
export function cardShortcutFor(press: RoundsKeyPress): RoundsShortcut | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null
  switch (press.key.toLowerCase()) {
    case 'e':
      return 'editIdea'
    case 'm':
      return 'moveIdea'
    case 'g':
      return 'mergeIdea'
    case 'delete':
    case 'backspace':
      return 'deleteIdea'
    case 'arrowup':
      return 'selectPrevious'
    case 'arrowdown':
      return 'selectNext'
    default:
      return null
  }
}
