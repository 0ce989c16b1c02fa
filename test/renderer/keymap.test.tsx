import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Binding, Chord, KeyPress, KeyScope } from '../../src/renderer/src/keymap/keymap'
import { actionFor, KEYMAP } from '../../src/renderer/src/keymap/keymap'
import { cheatSheetRows, formatChord } from '../../src/renderer/src/keymap/cheatSheetRows'
import type { KeyHandlers } from '../../src/renderer/src/keymap/useKeymap'
import { useKeymap } from '../../src/renderer/src/keymap/useKeymap'
import { strings } from '../../src/renderer/src/strings'

afterEach(cleanup)

const scopes = Object.keys(KEYMAP) as KeyScope[]
const rowsOf = (scope: KeyScope) => Object.entries(KEYMAP[scope] as Record<string, Binding>)

/** The key event a chord describes (a code-only chord types its letter). */
const eventInit = (chord: Chord): KeyboardEventInit => ({
  key: chord.key ?? chord.code?.replace(/^Key/, '') ?? '',
  code: chord.code ?? '',
  ctrlKey: chord.mod ?? false,
  altKey: chord.alt ?? false,
  shiftKey: chord.shift ?? false,
  bubbles: true,
  cancelable: true
})
const pressOf = (chord: Chord): KeyPress => {
  const init = eventInit(chord)
  return {
    key: init.key!,
    code: init.code,
    ctrlKey: init.ctrlKey!,
    metaKey: false,
    altKey: init.altKey!,
    shiftKey: init.shiftKey!,
    inField: false,
    typing: false,
    fieldHasText: false
  }
}

function Listener<S extends KeyScope>({ scope, handlers }: { scope: S; handlers: KeyHandlers<S> }) {
  useKeymap(scope, handlers)
  return null
}

describe('the keymap', () => {
  it.each(scopes)('fires every listed %s shortcut’s own action, and no other', (scope) => {
    const spies = Object.fromEntries(rowsOf(scope).map(([action]) => [action, vi.fn()]))
    render(<Listener scope={scope} handlers={spies as KeyHandlers<typeof scope>} />)
    for (const [action, binding] of rowsOf(scope)) {
      for (const chord of binding.chords) {
        for (const spy of Object.values(spies)) spy.mockClear()
        const event = new KeyboardEvent('keydown', eventInit(chord))
        document.body.dispatchEvent(event)
        const fired = Object.entries(spies).filter(([, spy]) => spy.mock.calls.length > 0)
        expect(
          fired.map(([name]) => name),
          `${scope} ${formatChord(chord)}`
        ).toEqual([action])
        expect(event.defaultPrevented).toBe(true)
      }
    }
  })

  it('gives no chord two meanings among the scopes that listen on the facilitator’s window', () => {
    const windowScopes: KeyScope[] = [
      'cheatSheet',
      'meeting',
      'prepare',
      'search',
      'room',
      'presenter',
      'story',
      'framing',
      'captureBar'
    ]
    for (const scope of windowScopes) {
      for (const [action, binding] of rowsOf(scope)) {
        for (const chord of binding.chords) {
          const others = windowScopes
            .filter((s) => s !== scope)
            .map((s) => [s, actionFor(s, pressOf(chord))])
            .filter(([, other]) => other !== null)
          expect(others, `${scope}.${action} ${formatChord(chord)}`).toEqual([])
        }
      }
    }
  })

  it('prints every row in the cheat sheet', () => {
    const printed = cheatSheetRows()
    for (const scope of scopes) {
      for (const [action, binding] of rowsOf(scope)) {
        expect(printed).toContainEqual(
          expect.objectContaining({
            keys: binding.chords.map(formatChord).join(' or '),
            action: (strings.shortcuts.does[scope] as Record<string, string>)[action]
          })
        )
      }
    }
    expect(formatChord({ key: 'z', mod: true, shift: true })).toBe('Ctrl/Cmd+Shift+Z')
    expect(formatChord({ code: 'KeyE', alt: true, shift: true })).toBe('Alt+Shift+E')
  })

  it('is the only keydown listener on the window or document (every handler is listed)', () => {
    const sources = import.meta.glob<string>('../../src/renderer/src/**/*.{ts,tsx}', {
      query: '?raw',
      import: 'default',
      eager: true
    })
    const listening = Object.entries(sources)
      .filter(([, text]) => /addEventListener\(\s*['"]keydown/.test(text))
      .map(([file]) => file.replace('../../src/renderer/src/', ''))
    expect(Object.keys(sources).length).toBeGreaterThan(50)
    expect(listening).toEqual(['keymap/useKeymap.ts'])
  })
})
