import { strings } from '../strings'
import type { Binding, Chord, KeyScope } from './keymap'
import { KEYMAP } from './keymap'

/** One row of the cheat sheet (`?`). */
export interface ShortcutEntry {
  /** The keys as printed, e.g. "Ctrl/Cmd+Z". */
  keys: string
  /** What the keys do, in the facilitator's words. */
  action: string
  /** Where the keys work. */
  where: string
}

/** A key's printed name: worded in the catalogue (Page Down, Space…), else a letter or symbol as is. */
function keyName(name: string): string {
  const words = strings.shortcuts.keys
  const named: Record<string, string> = {
    ArrowUp: '↑',
    ArrowDown: '↓',
    ArrowLeft: '←',
    ArrowRight: '→',
    PageUp: words.PageUp,
    PageDown: words.PageDown,
    ' ': words.space,
    Escape: words.Escape,
    Enter: words.Enter,
    Delete: words.Delete,
    Backspace: words.Backspace
  }
  return named[name] ?? (name.length === 1 ? name.toUpperCase() : name)
}

/** A chord as printed: "Ctrl/Cmd+Shift+Z", "Alt+Shift+E", "Page Down". */
export function formatChord(chord: Chord): string {
  const keys = strings.shortcuts.keys
  const name = chord.key ?? chord.code?.replace(/^Key/, '') ?? ''
  return [chord.mod && keys.mod, chord.alt && keys.alt, chord.shift && keys.shift, keyName(name)]
    .filter(Boolean)
    .join('+')
}

/**
 * Every row of the cheat sheet: the keymap's, then the fields' keys, worded in the catalogue in use
 * (call it when the sheet renders, not at import, so it follows the meeting's language).
 */
export function cheatSheetRows(): ShortcutEntry[] {
  const { does, where, or, fieldKeys } = strings.shortcuts
  const fromKeymap = (Object.keys(KEYMAP) as KeyScope[]).flatMap((scope) =>
    Object.entries(KEYMAP[scope] as Record<string, Binding>).map(([action, binding]) => ({
      keys: binding.chords.map(formatChord).reduce((a, b) => or(a, b)),
      action: (does[scope] as Record<string, string>)[action] ?? action,
      where: where[scope]
    }))
  )
  return [...fromKeymap, ...fieldKeys]
}
