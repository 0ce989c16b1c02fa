import { describe, expect, it } from 'vitest'
import { actionFor } from '../../../src/renderer/src/keymap/keymap'

const press = (
  key: string,
  code: string,
  mods: Partial<Record<'alt' | 'shift' | 'ctrl' | 'meta', boolean>> = {}
) => ({
  key,
  code,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  inField: false,
  fieldHasText: false
})

describe('Rounds shortcuts', () => {
  it('use Alt+Shift+letter by physical key, leaving Alt+letter to the department keys', () => {
    expect(actionFor('captureBar', press('S', 'KeyS', { alt: true, shift: true }))).toBe(
      'toggleCountdown'
    )
    // macOS Option+Shift+S types "Í"; the physical key still counts.
    expect(actionFor('captureBar', press('Í', 'KeyS', { alt: true, shift: true }))).toBe(
      'toggleCountdown'
    )
    expect(actionFor('captureBar', press('A', 'KeyA', { alt: true, shift: true }))).toBe(
      'addMinute'
    )
    expect(actionFor('captureBar', press('E', 'KeyE', { alt: true, shift: true }))).toBe('editIdea')
    expect(actionFor('captureBar', press('Delete', 'Delete', { alt: true, shift: true }))).toBe(
      'deleteIdea'
    )
    expect(actionFor('captureBar', press('s', 'KeyS', { alt: true }))).toBeNull()
    expect(actionFor('captureBar', press('S', 'KeyS', { shift: true }))).toBeNull()
    expect(
      actionFor('captureBar', press('s', 'KeyS', { alt: true, shift: true, ctrl: true }))
    ).toBeNull()
  })

  it('select ideas with Alt+↑/↓ and switch rounds with Alt+Page Up/Down', () => {
    expect(actionFor('captureBar', press('ArrowUp', 'ArrowUp', { alt: true }))).toBe(
      'selectPrevious'
    )
    expect(actionFor('captureBar', press('ArrowDown', 'ArrowDown', { alt: true }))).toBe(
      'selectNext'
    )
    expect(actionFor('captureBar', press('PageDown', 'PageDown', { alt: true }))).toBe('nextRound')
    expect(actionFor('captureBar', press('ArrowUp', 'ArrowUp'))).toBeNull()
  })

  it('take plain letters on a focused idea card', () => {
    expect(actionFor('ideaCard', press('e', 'KeyE'))).toBe('editIdea')
    expect(actionFor('ideaCard', press('M', 'KeyM'))).toBe('moveIdea')
    expect(actionFor('ideaCard', press('g', 'KeyG'))).toBe('mergeIdea')
    expect(actionFor('ideaCard', press('Delete', 'Delete'))).toBe('deleteIdea')
    expect(actionFor('ideaCard', press('e', 'KeyE', { ctrl: true }))).toBeNull()
    expect(actionFor('ideaCard', press('x', 'KeyX'))).toBeNull()
  })
})
