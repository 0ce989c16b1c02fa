import type { KeyPress } from '../hooks/shortcuts'

/** What a key pressed on the projector window asks for, like a presentation tool's keys. */
export type ProjectorKey = 'toggleBlank' | 'toggleFreeze' | 'next' | 'previous' | 'exit'

/**
 * Keys on the projector window: B (or .) blanks, F freezes, Page Down / → / ↓ / Space go forward,
 * Page Up / ← / ↑ go back, Esc stops presenting. Keys with Ctrl, Cmd or Alt are left alone.
 */
export function projectorKeyFor(press: Pick<KeyPress, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>) {
  if (press.ctrlKey || press.metaKey || press.altKey) return null
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key
  const map: Record<string, ProjectorKey> = {
    b: 'toggleBlank',
    '.': 'toggleBlank',
    f: 'toggleFreeze',
    PageDown: 'next',
    ArrowRight: 'next',
    ArrowDown: 'next',
    ' ': 'next',
    PageUp: 'previous',
    ArrowLeft: 'previous',
    ArrowUp: 'previous',
    Escape: 'exit'
  }
  return map[key] ?? null
}

/** What a key pressed on the facilitator's window asks of the projector. */
export type PresenterKey = 'togglePresent' | 'toggleBlank' | 'toggleFreeze'

/**
 * The facilitator's projector keys, all with Ctrl/Cmd so they work while typing in the capture bar:
 * Ctrl+P (or F5) present / stop, Ctrl+B blank, Ctrl+Shift+F freeze. None collides with undo/redo
 * (Ctrl+Z/Y), Prepare (Ctrl+Shift+P) or the capture bar's Alt+letter.
 */
export function presenterKeyFor(
  press: Pick<KeyPress, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>
) {
  if (press.altKey) return null
  if (press.key === 'F5' && !press.ctrlKey && !press.metaKey && !press.shiftKey) {
    return 'togglePresent' satisfies PresenterKey
  }
  if (!(press.ctrlKey || press.metaKey)) return null
  const key = press.key.toLowerCase()
  if (key === 'p' && !press.shiftKey) return 'togglePresent' satisfies PresenterKey
  if (key === 'b' && !press.shiftKey) return 'toggleBlank' satisfies PresenterKey
  if (key === 'f' && press.shiftKey) return 'toggleFreeze' satisfies PresenterKey
  return null
}
