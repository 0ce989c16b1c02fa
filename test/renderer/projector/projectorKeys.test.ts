import { describe, expect, it } from 'vitest'
import { actionFor } from '../../../src/renderer/src/keymap/keymap'

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  inField: false,
  fieldHasText: false,
  ...mods
})

describe('keys on the projector window', () => {
  it('work like a presentation tool', () => {
    expect(actionFor('projector', press('b'))).toBe('toggleBlank')
    expect(actionFor('projector', press('B'))).toBe('toggleBlank')
    expect(actionFor('projector', press('.'))).toBe('toggleBlank')
    expect(actionFor('projector', press('f'))).toBe('toggleFreeze')
    for (const key of ['PageDown', 'ArrowRight', 'ArrowDown', ' ']) {
      expect(actionFor('projector', press(key))).toBe('next')
    }
    for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp']) {
      expect(actionFor('projector', press(key))).toBe('previous')
    }
    expect(actionFor('projector', press('Escape'))).toBe('exit')
  })

  it('leave keys with Ctrl, Cmd or Alt to the system', () => {
    expect(actionFor('projector', press('b', { ctrlKey: true }))).toBeNull()
    expect(actionFor('projector', press('f', { metaKey: true }))).toBeNull()
    expect(actionFor('projector', press('PageDown', { altKey: true }))).toBeNull()
  })
})

describe('projector keys on the facilitator window', () => {
  it('present, blank and freeze with Ctrl/Cmd, also while typing', () => {
    expect(actionFor('presenter', press('p', { ctrlKey: true }))).toBe('togglePresent')
    expect(actionFor('presenter', press('p', { metaKey: true }))).toBe('togglePresent')
    expect(actionFor('presenter', press('F5'))).toBe('togglePresent')
    expect(actionFor('presenter', press('b', { ctrlKey: true }))).toBe('toggleBlank')
    expect(actionFor('presenter', press('F', { ctrlKey: true, shiftKey: true }))).toBe(
      'toggleFreeze'
    )
  })

  it('never take plain letters (they are typed into the capture bar) or Prepare’s Ctrl+Shift+P', () => {
    for (const key of ['p', 'b', 'f', 'F']) expect(actionFor('presenter', press(key))).toBeNull()
    expect(actionFor('presenter', press('P', { ctrlKey: true, shiftKey: true }))).toBeNull()
    expect(actionFor('presenter', press('f', { ctrlKey: true }))).toBeNull()
    expect(actionFor('presenter', press('b', { ctrlKey: true, altKey: true }))).toBeNull()
  })

  it('do not collide with the meeting shortcuts', () => {
    for (const p of [
      press('p', { ctrlKey: true }),
      press('b', { ctrlKey: true }),
      press('F', { ctrlKey: true, shiftKey: true }),
      press('F5')
    ]) {
      expect(actionFor('meeting', p)).toBeNull()
    }
  })
})
