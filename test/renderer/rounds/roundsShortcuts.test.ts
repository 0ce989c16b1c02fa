import { describe, expect, it } from 'vitest'
import {
  cardShortcutFor,
  roundsShortcutFor
} from '../../../src/renderer/src/screens/rounds/roundsShortcuts'

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
  metaKey: mods.meta ?? false
})

describe('Rounds shortcuts', () => {
  it('use Alt+Shift+letter by physical key, leaving Alt+letter to the department keys', () => {
    expect(roundsShortcutFor(press('S', 'KeyS', { alt: true, shift: true }))).toBe(
      'toggleCountdown'
    )
    // macOS Option+Shift+S types "Í"; the physical key still counts.
    expect(roundsShortcutFor(press('Í', 'KeyS', { alt: true, shift: true }))).toBe(
      'toggleCountdown'
    )
    expect(roundsShortcutFor(press('A', 'KeyA', { alt: true, shift: true }))).toBe('addMinute')
    expect(roundsShortcutFor(press('E', 'KeyE', { alt: true, shift: true }))).toBe('editIdea')
    expect(roundsShortcutFor(press('Delete', 'Delete', { alt: true, shift: true }))).toBe(
      'deleteIdea'
    )
    expect(roundsShortcutFor(press('s', 'KeyS', { alt: true }))).toBeNull()
    expect(roundsShortcutFor(press('S', 'KeyS', { shift: true }))).toBeNull()
    expect(roundsShortcutFor(press('s', 'KeyS', { alt: true, shift: true, ctrl: true }))).toBeNull()
  })

  it('select ideas with Alt+↑/↓ and switch rounds with Alt+Page Up/Down', () => {
    expect(roundsShortcutFor(press('ArrowUp', 'ArrowUp', { alt: true }))).toBe('selectPrevious')
    expect(roundsShortcutFor(press('ArrowDown', 'ArrowDown', { alt: true }))).toBe('selectNext')
    expect(roundsShortcutFor(press('PageDown', 'PageDown', { alt: true }))).toBe('nextRound')
    expect(roundsShortcutFor(press('ArrowUp', 'ArrowUp'))).toBeNull()
  })

  it('take plain letters on a focused idea card', () => {
    expect(cardShortcutFor(press('e', 'KeyE'))).toBe('editIdea')
    expect(cardShortcutFor(press('M', 'KeyM'))).toBe('moveIdea')
    expect(cardShortcutFor(press('g', 'KeyG'))).toBe('mergeIdea')
    expect(cardShortcutFor(press('Delete', 'Delete'))).toBe('deleteIdea')
    expect(cardShortcutFor(press('e', 'KeyE', { ctrl: true }))).toBeNull()
    expect(cardShortcutFor(press('x', 'KeyX'))).toBeNull()
  })
})
