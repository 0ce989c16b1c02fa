import type { Binding, Chord, KeyScope } from './keymap'
import { KEYMAP, SCOPE_WHERE } from './keymap'

/** One row of the cheat sheet (`?`). */
export interface ShortcutEntry {
  /** The keys as printed, e.g. "Ctrl/Cmd+Z". */
  keys: string
  /** What the keys do, in the facilitator's words. */
  action: string
  /** Where the keys work. */
  where: string
}

const KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  PageUp: 'Page Up',
  PageDown: 'Page Down',
  ' ': 'Space',
  Escape: 'Escape'
}

/** A chord as printed: "Ctrl/Cmd+Shift+Z", "Alt+Shift+E", "Page Down". */
export function formatChord(chord: Chord): string {
  const name = chord.key ?? chord.code?.replace(/^Key/, '') ?? ''
  const key = KEY_NAMES[name] ?? (name.length === 1 ? name.toUpperCase() : name)
  return [chord.mod && 'Ctrl/Cmd', chord.alt && 'Alt', chord.shift && 'Shift', key]
    .filter(Boolean)
    .join('+')
}

/**
 * Keys handled by a field or form rather than a scope (typing syntax, Enter to save): listed here so
 * the sheet names them too. A key press on the window belongs in KEYMAP, not here.
 */
export const FIELD_KEYS: readonly ShortcutEntry[] = [
  { keys: 'Escape', action: 'Close this list', where: 'Anywhere' },
  { keys: 'Enter', action: 'Save the field (short text)', where: 'Prepare' },
  { keys: 'Ctrl/Cmd+Enter', action: 'Save the field (long text)', where: 'Prepare' },
  { keys: 'Escape', action: 'Go back to the saved value of the field', where: 'Prepare' },
  { keys: 'Enter', action: 'Add the idea', where: 'Rounds, capture bar' },
  { keys: 'Alt+department key', action: 'Pick the department', where: 'Rounds, capture bar' },
  {
    keys: '@name at the start',
    action: 'Pick the department by name',
    where: 'Rounds, capture bar'
  },
  { keys: '^3', action: 'Build on idea #3, from any round', where: 'Rounds, capture bar' },
  { keys: 'Escape', action: 'Stop building on the selected idea', where: 'Rounds, capture bar' },
  { keys: 'Space', action: 'Select or unselect the idea in focus', where: 'Converge board' },
  { keys: 'Escape', action: 'Close the theme prompt without a change', where: 'Converge board' },
  {
    keys: 'Enter',
    action: 'Save a typed vote tally, theme name or form',
    where: 'Converge, Actions, Recognition & close'
  },
  { keys: 'Ctrl/Cmd+Enter', action: 'Add (or save) the action from any field', where: 'Actions' }
]

/** Every row of the cheat sheet: the keymap's, then the fields' keys. */
export function cheatSheetRows(): ShortcutEntry[] {
  const fromKeymap = (Object.keys(KEYMAP) as KeyScope[]).flatMap((scope) =>
    Object.values(KEYMAP[scope] as Record<string, Binding>).map((binding) => ({
      keys: binding.chords.map(formatChord).join(' or '),
      action: binding.does,
      where: SCOPE_WHERE[scope]
    }))
  )
  return [...fromKeymap, ...FIELD_KEYS]
}

/** The rows, computed once. */
export const SHORTCUTS: readonly ShortcutEntry[] = cheatSheetRows()
