import { describe, expect, it } from 'vitest'
import type { KeyPress } from '../../src/renderer/src/keymap/keymap'
import { actionFor, describeKeyPress } from '../../src/renderer/src/keymap/keymap'

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  inField: false,
  fieldHasText: false,
  ...extra
})

describe('meeting shortcuts', () => {
  it('undo and redo with Ctrl or Cmd', () => {
    expect(actionFor('meeting', press('z', { ctrlKey: true }))).toBe('undo')
    expect(actionFor('meeting', press('z', { metaKey: true }))).toBe('undo')
    expect(actionFor('meeting', press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo')
    expect(actionFor('meeting', press('y', { ctrlKey: true }))).toBe('redo')
  })

  it('leave undo to a text field that holds text, but not to an empty one', () => {
    expect(
      actionFor('meeting', press('z', { ctrlKey: true, inField: true, fieldHasText: true }))
    ).toBeNull()
    expect(actionFor('meeting', press('z', { ctrlKey: true, inField: true }))).toBe('undo')
  })

  it('undo with Ctrl/Cmd+Z while a checkbox has focus (Converge puts focus there)', () => {
    const checkbox = document.createElement('input')
    checkbox.type = 'checkbox'
    const typed = document.createElement('input')
    typed.value = 'half a sentence'
    document.body.append(checkbox, typed)
    const keyOn = (target: HTMLElement) => {
      let seen: KeyboardEvent | null = null
      target.addEventListener('keydown', (e) => (seen = e), { once: true })
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }))
      return actionFor('meeting', describeKeyPress(seen!))
    }
    expect(keyOn(checkbox)).toBe('undo')
    // A field with typing keeps Ctrl+Z for its own text.
    expect(keyOn(typed)).toBeNull()
    checkbox.remove()
    typed.remove()
  })

  it('move between stages with Page Up/Down anywhere and arrows outside fields', () => {
    expect(actionFor('meeting', press('PageDown', { inField: true }))).toBe('nextStage')
    expect(actionFor('meeting', press('PageUp'))).toBe('previousStage')
    expect(actionFor('meeting', press('ArrowRight'))).toBe('nextStage')
    expect(actionFor('meeting', press('ArrowLeft'))).toBe('previousStage')
    expect(actionFor('meeting', press('ArrowRight', { inField: true }))).toBeNull()
    expect(actionFor('meeting', press('ArrowRight', { altKey: true }))).toBeNull()
  })
})
