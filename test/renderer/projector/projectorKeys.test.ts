import { describe, expect, it } from 'vitest'
import { presenterKeyFor, projectorKeyFor } from '../../../src/renderer/src/projector/projectorKeys'
import { shortcutFor } from '../../../src/renderer/src/hooks/shortcuts'

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
    expect(projectorKeyFor(press('b'))).toBe('toggleBlank')
    expect(projectorKeyFor(press('B'))).toBe('toggleBlank')
    expect(projectorKeyFor(press('.'))).toBe('toggleBlank')
    expect(projectorKeyFor(press('f'))).toBe('toggleFreeze')
    for (const key of ['PageDown', 'ArrowRight', 'ArrowDown', ' ']) {
      expect(projectorKeyFor(press(key))).toBe('next')
    }
    for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp']) {
      expect(projectorKeyFor(press(key))).toBe('previous')
    }
    expect(projectorKeyFor(press('Escape'))).toBe('exit')
  })

  it('leave keys with Ctrl, Cmd or Alt to the system', () => {
    expect(projectorKeyFor(press('b', { ctrlKey: true }))).toBeNull()
    expect(projectorKeyFor(press('f', { metaKey: true }))).toBeNull()
    expect(projectorKeyFor(press('PageDown', { altKey: true }))).toBeNull()
  })
})

describe('projector keys on the facilitator window', () => {
  it('present, blank and freeze with Ctrl/Cmd, also while typing', () => {
    expect(presenterKeyFor(press('p', { ctrlKey: true }))).toBe('togglePresent')
    expect(presenterKeyFor(press('p', { metaKey: true }))).toBe('togglePresent')
    expect(presenterKeyFor(press('F5'))).toBe('togglePresent')
    expect(presenterKeyFor(press('b', { ctrlKey: true }))).toBe('toggleBlank')
    expect(presenterKeyFor(press('F', { ctrlKey: true, shiftKey: true }))).toBe('toggleFreeze')
  })

  it('never take plain letters (they are typed into the capture bar) or Prepare’s Ctrl+Shift+P', () => {
    for (const key of ['p', 'b', 'f', 'F']) expect(presenterKeyFor(press(key))).toBeNull()
    expect(presenterKeyFor(press('P', { ctrlKey: true, shiftKey: true }))).toBeNull()
    expect(presenterKeyFor(press('f', { ctrlKey: true }))).toBeNull()
    expect(presenterKeyFor(press('b', { ctrlKey: true, altKey: true }))).toBeNull()
  })

  it('do not collide with the meeting shortcuts', () => {
    for (const p of [
      press('p', { ctrlKey: true }),
      press('b', { ctrlKey: true }),
      press('F', { ctrlKey: true, shiftKey: true }),
      press('F5')
    ]) {
      expect(shortcutFor(p)).toBeNull()
    }
  })
})
