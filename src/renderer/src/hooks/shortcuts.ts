/** What a key press asks of an open meeting. */
export type MeetingShortcut = 'undo' | 'redo' | 'nextStage' | 'previousStage'

/** The parts of a keyboard event the shortcuts depend on (so they can be tested without a DOM). */
export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
  /** The focused element is a text field, select or editable region. */
  inField: boolean
  /** The focused text field has text in it (its own undo then takes precedence). */
  fieldHasText: boolean
}

/**
 * Maps a key press to a meeting shortcut. Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (or Ctrl+Y) undo and redo
 * meeting changes, except while a text field holds text: there they edit the text, as users expect.
 * Page Down/Up move between stages anywhere; the arrow keys only outside fields, where they would
 * otherwise move the caret.
 */
export function shortcutFor(press: KeyPress): MeetingShortcut | null {
  const key = press.key.toLowerCase()
  const command = press.ctrlKey || press.metaKey
  if (command && !press.altKey && (key === 'z' || key === 'y')) {
    if (press.inField && press.fieldHasText) return null
    if (key === 'y') return press.shiftKey ? null : 'redo'
    return press.shiftKey ? 'redo' : 'undo'
  }
  if (command || press.altKey) return null
  if (press.key === 'PageDown') return 'nextStage'
  if (press.key === 'PageUp') return 'previousStage'
  if (press.inField || press.shiftKey) return null
  if (press.key === 'ArrowRight') return 'nextStage'
  if (press.key === 'ArrowLeft') return 'previousStage'
  return null
}

/** Inputs that hold no typed text: their `value` ("on" for a checkbox) is not the user's typing. */
const NOT_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image'
])

/** Reads the focus facts of a key press from the DOM. */
export function describeKeyPress(event: KeyboardEvent): KeyPress {
  const target = event.target instanceof HTMLElement ? event.target : null
  const isText =
    (target instanceof HTMLInputElement && !NOT_TEXT_INPUTS.has(target.type)) ||
    target instanceof HTMLTextAreaElement
  const inField =
    isText ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target?.isContentEditable === true
  const fieldHasText = isText
    ? target.value.length > 0
    : target?.isContentEditable === true && (target.textContent ?? '').length > 0
  return {
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    inField,
    fieldHasText
  }
}
